import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'poruch.draft';

function read<F>(key: string): F | null {
  try {
    const raw = globalThis.localStorage?.getItem(`${PREFIX}.${key}`);
    return raw ? (JSON.parse(raw) as { form: F }).form : null;
  } catch {
    return null;
  }
}

function write<F>(key: string, form: F | null): void {
  try {
    if (form === null) globalThis.localStorage?.removeItem(`${PREFIX}.${key}`);
    else globalThis.localStorage?.setItem(`${PREFIX}.${key}`, JSON.stringify({ form, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or blocked: the form still works, it is just not kept.
  }
}

/**
 * A form's state that is also kept on the device as the person types (after a short pause, and when the
 * page is left), so a report written in a shelter survives a reload, a closed tab or a flat battery.
 * `restored` says the form came back from the device; `forget` drops the copy once the server has it (or the
 * send queue holds it).
 */
export function useDeviceDraft<F>(key: string, initial: () => F, delayMs = 500) {
  const [restored] = useState(() => read<F>(key) !== null);
  const [form, setForm] = useState<F>(() => read<F>(key) ?? initial());
  const latest = useRef({ form, changed: false });

  useEffect(() => {
    if (!latest.current.changed) return;
    // The copy written is the latest, and none once forgotten (the timer may outlive `forget`).
    const timer = setTimeout(() => {
      if (latest.current.changed) write(key, latest.current.form);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [key, form, delayMs]);

  // Leaving within the pause still keeps what was typed.
  useEffect(
    () => () => {
      if (latest.current.changed) write(key, latest.current.form);
    },
    [key],
  );

  const update = useCallback((next: F | ((current: F) => F)) => {
    setForm((current) => {
      const value = typeof next === 'function' ? (next as (current: F) => F)(current) : next;
      latest.current = { form: value, changed: true };
      return value;
    });
  }, []);

  const forget = useCallback(() => {
    latest.current = { ...latest.current, changed: false };
    write(key, null);
  }, [key]);

  return { form, setForm: update, restored, forget };
}
