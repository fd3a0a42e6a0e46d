import { KEPT_INDEX_CACHE, KEPT_PAGES_CACHE } from '@/pwa/protocol';

export type KeptRecordKind = 'practice' | 'caseStudy';
export type KeptKind = KeptRecordKind | 'collection';

/** A record a kept collection lists, as the collection page showed it. */
export interface KeptRecordRef {
  kind: KeptRecordKind;
  href: string;
  title: string;
}

/** Why an item is kept: the reader kept it on its own, and/or it is in a kept collection (that collection's href). */
export const KEPT_ON_ITS_OWN = 'self';

/** What the device knows about one kept item. Its page (when it has one) is kept separately, under `href`. */
export interface KeptItem {
  /** The page's address, which also names the item: `/practices/…`, `/case-studies/…`, `/collections/…`. */
  href: string;
  kind: KeptKind;
  title: string;
  summary: string;
  /** The page's main text, for searching on the device. */
  text: string;
  /** When the kept copy was last taken from the server (ISO instant). */
  savedAt: string;
  /** When the server was last asked about it, whatever it answered. */
  checkedAt: string;
  /** Space the kept copy and this entry take, in bytes. */
  bytes: number;
  /** `gone`: the server no longer shows it (archived or removed); the copy is the last one seen. */
  status: 'current' | 'gone';
  /** When the server was first seen not showing it. */
  goneSince?: string;
  /** False for a collection only its curators can see: the server renders it for nobody, so its list is kept as data. */
  pageKept: boolean;
  /** A collection's records, in order. */
  items?: KeptRecordRef[];
  keptBy: string[];
}

/**
 * Where kept items live. Behind an interface so the keeping rules are tested in jsdom, which has no Cache
 * Storage (see testing/memory-store.ts); the browser's is `cacheStore()`.
 */
export interface KeptStore {
  list(): Promise<KeptItem[]>;
  get(href: string): Promise<KeptItem | undefined>;
  put(item: KeptItem): Promise<void>;
  delete(href: string): Promise<void>;
  putPage(href: string, page: Response): Promise<void>;
  deletePage(href: string): Promise<void>;
}

// Index entries sit under an address no page has, so they can never be mistaken for a page.
const INDEX_PREFIX = '/__kept/';
const indexKey = (href: string) => `${INDEX_PREFIX}${encodeURIComponent(href)}`;

/**
 * Cache Storage, which the service worker reads as well: kept pages under their own address (the worker
 * answers navigations with them), and one JSON entry per item in a second cache. Chosen over localStorage
 * because a kept page's text is tens of kilobytes and localStorage is a few megabytes shared with the rest
 * of the app; over IndexedDB because the pages must be in Cache Storage anyway and one mechanism is simpler.
 */
export function cacheStore(storage: CacheStorage = caches): KeptStore {
  const pages = () => storage.open(KEPT_PAGES_CACHE);
  const index = () => storage.open(KEPT_INDEX_CACHE);
  return {
    async list() {
      const cache = await index();
      const answers = await Promise.all((await cache.keys()).map((request) => cache.match(request)));
      const items = await Promise.all(answers.map((answer) => answer?.json() as Promise<KeptItem> | undefined));
      return items.filter((item): item is KeptItem => item !== undefined);
    },
    async get(href) {
      const answer = await (await index()).match(indexKey(href));
      return answer ? ((await answer.json()) as KeptItem) : undefined;
    },
    async put(item) {
      const body = JSON.stringify(item);
      await (await index()).put(indexKey(item.href), new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    },
    async delete(href) {
      await (await index()).delete(indexKey(href));
    },
    async putPage(href, page) {
      await (await pages()).put(href, page);
    },
    async deletePage(href) {
      await (await pages()).delete(href, { ignoreVary: true });
    },
  };
}

/** Whether this browser can keep pages at all (Cache Storage exists only in secure contexts). */
export const canKeep = () => typeof caches !== 'undefined';
