import type { KeptItem, KeptStore } from '../model/kept-store';

/** A KeptStore in memory, for tests (jsdom has no Cache Storage); `pages` shows what was kept as a page. */
export function memoryStore(): KeptStore & { pages: Map<string, string> } {
  const items = new Map<string, KeptItem>();
  const pages = new Map<string, string>();
  return {
    pages,
    list: async () => [...items.values()].map((item) => structuredClone(item)),
    get: async (href) => (items.has(href) ? structuredClone(items.get(href)) : undefined),
    put: async (item) => void items.set(item.href, structuredClone(item)),
    delete: async (href) => void items.delete(href),
    putPage: async (href, page) => void pages.set(href, await page.text()),
    deletePage: async (href) => void pages.delete(href),
  };
}
