/**
 * The send queue of this device: writes made here that the server has not confirmed yet, and the last few it
 * has. An item is the very request that will be sent (query, variables and the Idempotency-Key chosen here),
 * so sending it again after a lost answer is the same request, and the server answers it once.
 *
 * Kept in localStorage: it survives reloads, restarts and sign-outs, and every tab sees the same queue.
 * Nothing is removed until the server has confirmed it, or the person removes it.
 */
import type { ApiErrorCode } from '../errors/api-error';

/** waiting: not sent yet (no connection, or no sign-in) · sending · sent: the server confirmed it ·
 * failed: the server refused it (its answer is kept) · conflict: the record changed meanwhile. */
export type OutboxStatus = 'waiting' | 'sending' | 'sent' | 'failed' | 'conflict';

/** What an item waits for when it is waiting. */
export type OutboxWait = 'connection' | 'signIn';

/** The kinds of writes the queue carries; each has its words in the outbox catalogue. */
export type OutboxKind = 'adoption' | 'followUp' | 'collectionNote';

export interface OutboxRequest {
  /** The operation's document as JSON (a DocumentNode is plain data), so the queue needs no registry of operations. */
  document: unknown;
  variables: Record<string, unknown>;
}

export interface OutboxItem {
  /** Also the Idempotency-Key: chosen on this device when the person pressed «Надіслати». */
  key: string;
  /** Whose write it is: it is sent only while that account is signed in. */
  userId: string;
  kind: OutboxKind;
  /** What it is about (a practice's or case study's title) and where that lives. */
  about: { title: string; href: string };
  /** The words the person wrote, to show them in the queue. */
  text: string;
  request: OutboxRequest;
  status: OutboxStatus;
  waitingFor?: OutboxWait;
  createdAt: string;
  updatedAt: string;
  attempts: number;
  /** The server's refusal: its code and the fields it named. */
  problem?: { code: ApiErrorCode; fields: Record<string, ApiErrorCode> };
  /** The server's answer, once it confirmed the item. */
  result?: unknown;
}

const STORAGE_KEY = 'poruch.outbox';
/** Confirmed items stay on view for a while, then make room. */
const SENT_KEPT = 20;

type Listener = (items: readonly OutboxItem[]) => void;
const listeners = new Set<Listener>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Every item, oldest first. */
export function readOutbox(): OutboxItem[] {
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(parsed) ? (parsed as OutboxItem[]) : [];
  } catch {
    return [];
  }
}

/** False when the device would not keep the queue (storage full or blocked). */
function writeOutbox(items: OutboxItem[]): boolean {
  const sent = items.filter((item) => item.status === 'sent');
  const dropped = new Set(sent.slice(0, Math.max(0, sent.length - SENT_KEPT)).map((item) => item.key));
  const kept = items.filter((item) => !dropped.has(item.key));
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    return false;
  }
  for (const listener of listeners) listener(kept);
  return true;
}

/** Puts a write at the end of the queue; false when the device could not keep it (the form then keeps its text). */
export function enqueue(item: Omit<OutboxItem, 'status' | 'createdAt' | 'updatedAt' | 'attempts'>): boolean {
  const now = new Date().toISOString();
  return writeOutbox([
    ...readOutbox(),
    { ...item, status: 'waiting', waitingFor: 'connection', createdAt: now, updatedAt: now, attempts: 0 },
  ]);
}

/** Changes one item (found by key), if it is still there. */
export function updateItem(key: string, change: (item: OutboxItem) => OutboxItem): OutboxItem | undefined {
  const items = readOutbox();
  const index = items.findIndex((item) => item.key === key);
  if (index < 0) return undefined;
  items[index] = { ...change(items[index]!), updatedAt: new Date().toISOString() };
  writeOutbox(items);
  return items[index];
}

/** The person's choice: the item leaves the device. */
export function removeItem(key: string): void {
  writeOutbox(readOutbox().filter((item) => item.key !== key));
}

/** Calls `listener` on every change, in this tab and in others; returns the unsubscribe. */
export function subscribeOutbox(listener: Listener): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener(readOutbox());
  };
  globalThis.addEventListener?.('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', fromOtherTab);
  };
}

/** A key no other device or attempt will choose: the server keeps one answer per (account, key). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** Apollo's per-operation context that sends the key (the API's Idempotency-Key header). */
export const idempotencyContext = (key: string) => ({ headers: { 'Idempotency-Key': key } });
