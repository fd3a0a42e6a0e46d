import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordType } from '@/gql/graphql';
import { toApiProblem } from '@/shared/errors/api-error';
import { problemsFromApiError, type FieldProblems } from '@/shared/forms/problems';
import { idempotencyContext, newIdempotencyKey } from '@/shared/outbox/outbox-store';
import { draftKey, removeDraft, writeDraft, type PendingCreate } from './draft-storage';

/**
 * idle: nothing typed yet · local: kept on this device only · saving · saved: the server has it ·
 * offline: no connection, kept on the device · conflict: someone saved first · invalid: the server
 * refused a field · error: the server failed.
 */
export type SaveState = 'idle' | 'local' | 'saving' | 'saved' | 'offline' | 'conflict' | 'invalid' | 'error';

export interface SaveMeta {
  id: string | null;
  version: number | null;
}

export interface AutosaveOptions<F> {
  type: RecordType;
  /** The storage name of a record not created yet, e.g. `new`. */
  newName: string;
  form: F;
  initialMeta: SaveMeta;
  /** The form came back from the device with changes the server does not have yet. */
  restoredDirty: boolean;
  /** The checks run before sending; the server is asked only when they pass. */
  check: (form: F) => FieldProblems;
  /** A create from an earlier visit whose answer never came. */
  initialPendingCreate?: PendingCreate<F> | null;
  /**
   * Creates the record (no id yet) or saves it against its version; answers the new id and version. A create
   * gets `context` to pass to the mutation: it carries the Idempotency-Key.
   */
  save: (form: F, meta: SaveMeta, context?: ReturnType<typeof idempotencyContext>) => Promise<SaveMeta>;
  onCreated?: (id: string) => void;
  delayMs?: number;
}

/**
 * Keeps the form on the device as the author types (debounced) and, when the connection allows and
 * the checks pass, on the server: created once, then saved against the version it answered.
 */
export function useAutosave<F>(options: AutosaveOptions<F>) {
  const { type, newName, form, delayMs = 800 } = options;
  const [state, setState] = useState<SaveState>(options.restoredDirty ? 'local' : options.initialMeta.id ? 'saved' : 'idle');
  const [serverProblems, setServerProblems] = useState<FieldProblems>({});
  const meta = useRef<SaveMeta>(options.initialMeta);
  const latest = useRef({ form, options });
  latest.current = { form, options };
  const persisted = useRef<F>(form);
  const dirty = useRef(options.restoredDirty);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  // A create is sent as it first left, with its key, until the server answers: a lost answer never makes two drafts.
  const pendingCreate = useRef<PendingCreate<F> | null>(options.initialPendingCreate ?? null);

  const keyNow = useCallback(() => draftKey(type, meta.current.id ?? newName), [type, newName]);

  const keepOnDevice = useCallback(() => {
    persisted.current = latest.current.form;
    writeDraft(keyNow(), {
      form: latest.current.form,
      ...meta.current,
      dirty: dirty.current,
      pendingCreate: pendingCreate.current,
      savedAt: new Date().toISOString(),
    });
  }, [keyNow]);

  /** Sends the latest form to the server; true when the server now holds exactly it. */
  const push = useCallback(async (): Promise<boolean> => {
    while (running.current) await running.current;
    // A press that waited for a save in progress needs no second trip when that save sent this very form.
    if (meta.current.id && !dirty.current && latest.current.form === persisted.current) return true;
    const run = (async () => {
      // Once round, or twice when a create from before has to be followed by the newer form.
      for (;;) {
        const creating = !meta.current.id;
        const sent = creating && pendingCreate.current ? pendingCreate.current.form : latest.current.form;
        if (Object.keys(latest.current.options.check(sent)).length > 0) {
          setState('local');
          return false;
        }
        if (typeof navigator !== 'undefined' && navigator.onLine === false) {
          setState('offline');
          return false;
        }
        setState('saving');
        try {
          if (creating && !pendingCreate.current) {
            pendingCreate.current = { key: newIdempotencyKey(), form: sent };
            keepOnDevice();
          }
          const context = creating ? idempotencyContext(pendingCreate.current!.key) : undefined;
          meta.current = await latest.current.options.save(sent, meta.current, context);
          pendingCreate.current = null;
          if (creating && meta.current.id) {
            removeDraft(draftKey(type, newName));
            latest.current.options.onCreated?.(meta.current.id);
          }
          // The create carried the form as it first left; what was typed since goes now, as a save.
          if (creating && latest.current.form !== sent) continue;
          const upToDate = latest.current.form === sent;
          dirty.current = !upToDate;
          keepOnDevice();
          setServerProblems({});
          setState(upToDate ? 'saved' : 'local');
          return upToDate;
        } catch (error) {
          const { code, fields } = toApiProblem(error);
          // Refused outright, the server made nothing: the next create is a new request with a new key.
          const unanswered = code === 'NETWORK' || (code === 'CONFLICT' && 'Idempotency-Key' in fields);
          if (creating && !unanswered) pendingCreate.current = null;
          if (code === 'NETWORK') setState('offline');
          else if (unanswered) setState('local');
          else if (code === 'CONFLICT') setState('conflict');
          else if (code === 'BAD_USER_INPUT') {
            setServerProblems(problemsFromApiError(error));
            setState('invalid');
          } else setState('error');
          return false;
        }
      }
    })();
    running.current = run;
    try {
      return await run;
    } finally {
      if (running.current === run) running.current = null;
    }
  }, [keepOnDevice, type, newName]);

  // Every change: kept on the device after a pause in typing, then offered to the server.
  useEffect(() => {
    if (form === persisted.current) return;
    // The server judged the form as it was; its complaints are checked again with the next save.
    setServerProblems((current) => (Object.keys(current).length > 0 ? {} : current));
    timer.current = setTimeout(() => {
      timer.current = null;
      dirty.current = true;
      keepOnDevice();
      setState('local');
      void push();
    }, delayMs);
    return () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [form, delayMs, keepOnDevice, push]);

  // A draft restored with unsent changes goes to the server as soon as possible; so does one kept while offline.
  // Set up once, on mount (later changes are handled by the effect above); it sends through the latest `push`.
  const latestPush = useRef(push);
  useEffect(() => {
    latestPush.current = push;
  }, [push]);
  const restoredDirty = useRef(options.restoredDirty);
  useEffect(() => {
    if (restoredDirty.current) void latestPush.current();
    const retry = () => {
      if (dirty.current) void latestPush.current();
    };
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, []);

  // Leaving the page within the pause still keeps what was typed.
  useEffect(
    () => () => {
      if (latest.current.form !== persisted.current) {
        dirty.current = true;
        keepOnDevice();
      }
    },
    [keepOnDevice],
  );

  /** Keeps the form now and sends it; true when the server holds it. */
  const saveNow = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (latest.current.form !== persisted.current) {
      dirty.current = true;
      keepOnDevice();
    }
    return push();
  }, [keepOnDevice, push]);

  /** Starts over from the server's copy: the device forgets its own. */
  const reset = useCallback(
    (nextForm: F, nextMeta: SaveMeta) => {
      removeDraft(keyNow());
      meta.current = nextMeta;
      persisted.current = nextForm;
      dirty.current = false;
      setServerProblems({});
      setState('saved');
    },
    [keyNow],
  );

  /** Keeps this device's form over the server's newer copy: it is saved against the version `nextMeta` names. */
  const keepMine = useCallback(
    (nextMeta: SaveMeta) => {
      meta.current = nextMeta;
      dirty.current = true;
      keepOnDevice();
      return push();
    },
    [keepOnDevice, push],
  );

  /** The device forgets the draft (it was submitted). */
  const forget = useCallback(() => {
    removeDraft(keyNow());
    persisted.current = latest.current.form;
    dirty.current = false;
  }, [keyNow]);

  const getMeta = useCallback(() => meta.current, []);

  return { state, serverProblems, saveNow, reset, keepMine, forget, getMeta };
}
