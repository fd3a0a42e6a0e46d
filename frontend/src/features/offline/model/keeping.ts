import { KEPT_ON_ITS_OWN, type KeptItem, type KeptRecordRef, type KeptStore } from './kept-store';
import { readPage, recordKind } from './page-text';

/**
 * The most the device keeps on purpose: 25 MB of pages and their entries. A public page is 25–45 KB (its
 * data included), so this is 500 records or more, several times what a trainer takes to a workshop, and
 * small enough not to crowd a cheap phone whose storage is nearly full.
 */
export const KEPT_SPACE_CAP_BYTES = 25 * 1024 * 1024;
/** A collection with more records than this is estimated and confirmed before it is kept. */
export const CONFIRM_ABOVE_ITEMS = 10;
/** The estimate of a record not kept yet: a practice page (about 45 KB) and its entry with its text. */
export const TYPICAL_RECORD_BYTES = 64 * 1024;
/** Kept items older than this are checked again when the device is online. */
export const REFRESH_AFTER_MS = 6 * 60 * 60 * 1000;

export interface KeepingDeps {
  store: KeptStore;
  fetch: typeof fetch;
  now: () => Date;
}

/** Why keeping or refreshing did not happen: no answer, the server no longer shows it, or over the cap. */
export type KeepProblem = 'network' | 'gone' | 'cap';
export type KeepResult = { ok: true; item: KeptItem } | { ok: false; problem: KeepProblem };

type Fetched = { kind: 'page'; html: string; page: Response } | { kind: 'gone' } | { kind: 'failed' };

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

// One change at a time: keeping a collection, a refresh after load and a tap on «Прибрати» all read, change
// and write the same entries.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

const listeners = new Set<() => void>();
/** Called after anything kept changes (in this tab). */
export function onKeptChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
const changed = () => listeners.forEach((listener) => listener());

/** Asks the server for a page as an anonymous reader would get it; 404 and 410 mean it is no longer shown. */
async function fetchPage(deps: KeepingDeps, href: string): Promise<Fetched> {
  let answer: Response;
  try {
    answer = await deps.fetch(href, { cache: 'no-cache', headers: { Accept: 'text/html' } });
  } catch {
    return { kind: 'failed' };
  }
  if (answer.status === 404 || answer.status === 410) return { kind: 'gone' };
  // Only a page rendered alike for everyone is a copy worth keeping (as the worker's recent pages).
  if (!answer.ok || !/\bpublic\b/.test(answer.headers.get('Cache-Control') ?? '')) return { kind: 'failed' };
  return { kind: 'page', html: await answer.clone().text(), page: answer };
}

/** The entry's bytes: its page's and its own (with its text), as stored. */
function withSize(item: KeptItem, pageBytes: number): KeptItem {
  return { ...item, bytes: pageBytes + utf8Bytes(JSON.stringify({ ...item, bytes: 0 })) };
}

const totalBytes = (items: KeptItem[], except?: string) => items.reduce((sum, i) => (i.href === except ? sum : sum + i.bytes), 0);

/** Marks an item the server no longer shows, keeping its last copy. */
function markGone(deps: KeepingDeps, item: KeptItem): KeptItem {
  const now = deps.now().toISOString();
  return { ...item, status: 'gone', goneSince: item.goneSince ?? now, checkedAt: now };
}

/**
 * Fetches and stores one record (or a collection's page), kept for `reason` besides what kept it before (none
 * on a refresh). Not serialised: its callers are.
 */
async function takeCopy(deps: KeepingDeps, href: string, kind: KeptItem['kind'], reason?: string, fallback?: Partial<KeptItem>) {
  const existing = await deps.store.get(href);
  const fetched = await fetchPage(deps, href);
  const keptBy = [...new Set([...(existing?.keptBy ?? []), ...(reason ? [reason] : [])])];
  if (fetched.kind === 'failed') return { ok: false, problem: 'network' } as const;
  if (fetched.kind === 'gone') {
    if (existing) await deps.store.put(markGone(deps, { ...existing, keptBy }));
    return { ok: false, problem: 'gone' } as const;
  }
  const text = readPage(fetched.html);
  const now = deps.now().toISOString();
  const item = withSize(
    {
      ...fallback,
      href,
      kind,
      title: text.title || fallback?.title || href,
      summary: text.summary,
      text: text.text,
      savedAt: now,
      checkedAt: now,
      bytes: 0,
      status: 'current',
      pageKept: true,
      keptBy,
      ...(kind === 'collection' ? { items: text.items.length > 0 ? text.items : (fallback?.items ?? []) } : {}),
    },
    utf8Bytes(fetched.html),
  );
  if (totalBytes(await deps.store.list(), href) + item.bytes > KEPT_SPACE_CAP_BYTES) return { ok: false, problem: 'cap' } as const;
  await deps.store.putPage(href, fetched.page);
  await deps.store.put(item);
  return { ok: true, item } as const;
}

/** Drops `reason` from an item; an item nothing keeps any more is removed with its page. */
async function release(deps: KeepingDeps, href: string, reason: string): Promise<void> {
  const item = await deps.store.get(href);
  if (!item) return;
  const keptBy = item.keptBy.filter((r) => r !== reason);
  if (keptBy.length > 0) return deps.store.put({ ...item, keptBy });
  await deps.store.deletePage(href);
  await deps.store.delete(href);
}

/** Keeps a practice or a case study on its own. */
export function keepRecord(deps: KeepingDeps, href: string): Promise<KeepResult> {
  const kind = recordKind(href);
  if (!kind) throw new Error(`${href} is not a record's page`);
  return serial(async () => {
    const result = await takeCopy(deps, href, kind, KEPT_ON_ITS_OWN);
    changed();
    return result;
  });
}

export interface CollectionToKeep {
  href: string;
  title: string;
  summary: string;
  items: KeptRecordRef[];
}

/** What keeping a collection would take: its records not kept yet, the space estimated, and whether it fits. */
export interface KeepPlan {
  records: number;
  newRecords: number;
  estimateBytes: number;
  keptBytes: number;
  confirm: boolean;
  fits: boolean;
}

/** Estimates a collection before keeping it; `free` is what the browser says is left (navigator.storage). */
export async function planCollection(deps: KeepingDeps, collection: CollectionToKeep, free?: number): Promise<KeepPlan> {
  const kept = await deps.store.list();
  const keptHrefs = new Set(kept.map((item) => item.href));
  const records = kept.filter((item) => item.kind !== 'collection' && item.pageKept);
  const average = records.length > 0 ? totalBytes(records) / records.length : TYPICAL_RECORD_BYTES;
  const newRecords = collection.items.filter((item) => !keptHrefs.has(item.href)).length;
  const estimateBytes = Math.round((newRecords + (keptHrefs.has(collection.href) ? 0 : 1)) * average);
  const keptBytes = totalBytes(kept);
  return {
    records: collection.items.length,
    newRecords,
    estimateBytes,
    keptBytes,
    confirm: collection.items.length > CONFIRM_ABOVE_ITEMS,
    fits: keptBytes + estimateBytes <= KEPT_SPACE_CAP_BYTES && (free === undefined || estimateBytes <= free),
  };
}

/**
 * A collection the anonymous server shows to nobody (a private one, an unlisted one by its name): its list is
 * kept as data, and /offline shows it with links to its kept records.
 */
async function keepAsData(deps: KeepingDeps, collection: CollectionToKeep): Promise<KeepResult> {
  const now = deps.now().toISOString();
  const item = withSize(
    {
      ...collection,
      kind: 'collection',
      text: '',
      savedAt: now,
      checkedAt: now,
      bytes: 0,
      status: 'current',
      pageKept: false,
      keptBy: [KEPT_ON_ITS_OWN],
    },
    0,
  );
  await deps.store.put(item);
  return { ok: true, item };
}

/** Keeps a collection's own entry and its records (its page too, when the server shows it to everyone). */
async function takeCollection(deps: KeepingDeps, collection: CollectionToKeep, onProgress?: (done: number, total: number) => void) {
  const existing = await deps.store.get(collection.href);
  let page: KeepResult;
  if (existing && !existing.pageKept) page = await keepAsData(deps, collection);
  else {
    page = await takeCopy(deps, collection.href, 'collection', KEPT_ON_ITS_OWN, collection);
    if (!page.ok && page.problem === 'gone' && !existing) page = await keepAsData(deps, collection);
  }
  if (!page.ok) return page;
  const items = page.item.items ?? [];
  const failed: string[] = [];
  for (const [index, record] of items.entries()) {
    onProgress?.(index, items.length);
    const result = await takeCopy(deps, record.href, record.kind, collection.href, { title: record.title });
    if (!result.ok && result.problem === 'cap') return result;
    if (!result.ok) failed.push(record.href);
  }
  onProgress?.(items.length, items.length);
  // Records that left the collection since it was kept are no longer kept for it.
  const listed = new Set(items.map((item) => item.href));
  for (const left of existing?.items ?? []) if (!listed.has(left.href)) await release(deps, left.href, collection.href);
  return { ok: true, item: page.item, failed } as const;
}

/** Keeps a collection and every record in it, one page at a time (a weak link does better with one). */
export function keepCollection(deps: KeepingDeps, collection: CollectionToKeep, onProgress?: (done: number, total: number) => void) {
  return serial(async () => {
    const result = await takeCollection(deps, collection, onProgress);
    changed();
    return result;
  });
}

/** Takes a fresh copy of an item (a collection with its records); a page the server no longer shows is marked. */
export function refreshKept(deps: KeepingDeps, href: string): Promise<KeepResult> {
  return serial(async () => {
    const item = await deps.store.get(href);
    if (!item) return { ok: false, problem: 'gone' } as const;
    // A kept page of a collection says which records it holds now; a collection kept as data keeps its list.
    const items = item.pageKept ? [] : (item.items ?? []);
    const result =
      item.kind === 'collection'
        ? await takeCollection(deps, { href, title: item.title, summary: item.summary, items })
        : await takeCopy(deps, href, item.kind);
    changed();
    return result;
  });
}

/** Removes an item kept on its own; a collection takes its records along unless something else keeps them. */
export function removeKept(deps: KeepingDeps, href: string): Promise<void> {
  return serial(async () => {
    const item = await deps.store.get(href);
    for (const record of item?.items ?? []) await release(deps, record.href, href);
    await release(deps, href, KEPT_ON_ITS_OWN);
    changed();
  });
}

/** Checks every item not checked for `maxAgeMs`, one by one; stops at the first network failure (offline again). */
export async function refreshStale(deps: KeepingDeps, maxAgeMs = REFRESH_AFTER_MS): Promise<void> {
  const due = (await deps.store.list())
    .filter((item) => deps.now().getTime() - new Date(item.checkedAt).getTime() >= maxAgeMs)
    // A collection's refresh includes its records, so those kept only through a due collection are left to it.
    .sort((a, b) => (a.kind === 'collection' ? -1 : 0) - (b.kind === 'collection' ? -1 : 0));
  const done = new Set<string>();
  for (const item of due) {
    if (done.has(item.href)) continue;
    const result = await refreshKept(deps, item.href);
    if (!result.ok && result.problem === 'network') return;
    done.add(item.href);
    if (result.ok) for (const record of item.items ?? []) done.add(record.href);
  }
}
