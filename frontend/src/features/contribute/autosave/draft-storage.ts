import type { RecordType } from '@/gql/graphql';

export interface PendingCreate<F> {
  key: string;
  form: F;
}

/** A draft as kept on the device: the form, the server record it belongs to, and whether the server has it. */
export interface StoredDraft<F> {
  form: F;
  /** The server record, once created. */
  id: string | null;
  /** The version to save against next. */
  version: number | null;
  /** True when the device holds changes the server has not accepted yet. */
  dirty: boolean;
  /** A create sent without a known answer: sent again as it was, with its key, so the server makes one record. */
  pendingCreate?: PendingCreate<F> | null;
  savedAt: string;
}

const PREFIX = 'poruch.draft';

/** The storage key of a draft: by record id, or by a name for a record not created yet (`new`). */
export const draftKey = (type: RecordType, idOrName: string) => `${PREFIX}.${type}.${idOrName}`;

// Storage can be missing, full or blocked (private windows): the form then works without it.
export function readDraft<F>(key: string): StoredDraft<F> | null {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft<F>;
    return parsed && typeof parsed === 'object' && parsed.form ? parsed : null;
  } catch {
    return null;
  }
}

/** Writes the draft; false when the device would not keep it. */
export function writeDraft<F>(key: string, draft: StoredDraft<F>): boolean {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // nothing to do
  }
}
