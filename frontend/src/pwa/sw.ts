/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa's injectManifest into dist/sw.js; never in development).
 *
 * - The app shell and every built file are precached, so the app opens with no connection.
 * - A page is asked from the network first (4 s, then the saved copy): the server renders public pages with
 *   their text and Apollo cache, so the 50 pages read last open offline, with their data, after a reload.
 *   Only pages the server marks as the same for everyone (`Cache-Control: public`) are kept.
 * - Pages the reader kept on purpose («Зберегти офлайн», features/offline) live in a cache of their own that
 *   nothing expires: offline they answer after the recent pages and before the shell, and reading one online
 *   refreshes its kept copy too; one the server no longer shows opens as its kept copy.
 * - A page never read, or a page of signed-in work, falls back to the precached shell (index.html).
 * - /graphql is never handled here: answers depend on who asks and POSTs are not cacheable.
 * - A new version waits until the page asks it to take over (the reader chose «Оновити»).
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { KEPT_PAGES_CACHE, PAGES_CACHE, SKIP_WAITING } from './protocol';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const SHELL = '/index.html';
const NETWORK_TIMEOUT_SECONDS = 4;
const RECENT_PAGES = 50;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** Keeps a page only when the server rendered it for every reader alike: a whole, public, 200 answer. */
const publicPagesOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && /\bpublic\b/.test(response.headers.get('Cache-Control') ?? '') ? response : null,
};
// A kept page is stored by the page's own fetch, whose request differs from a navigation's in headers the
// server varies on (Accept-Encoding); the address alone names the page.
const KEPT_MATCH = { ignoreVary: true } as const;

/** Reading a kept page online refreshes its kept copy with the answer just stored among the recent pages. */
const refreshKeptCopy: WorkboxPlugin = {
  cacheDidUpdate: async ({ request, newResponse }) => {
    const kept = await caches.open(KEPT_PAGES_CACHE);
    if (await kept.match(request, KEPT_MATCH)) await kept.put(request.url, newResponse);
  },
};
/**
 * A kept page the server no longer shows (archived or removed: 404, 410) opens as its kept copy, online too:
 * the reader kept it on purpose, and its «Зберегти офлайн» row says it is no longer published. The same
 * answer can also come from the browser's HTTP cache while offline, where the kept copy is what they want.
 */
const keptWhenGone: WorkboxPlugin = {
  fetchDidSucceed: async ({ request, response }) => {
    if (response.status !== 404 && response.status !== 410) return response;
    return (await (await caches.open(KEPT_PAGES_CACHE)).match(request, KEPT_MATCH)) ?? response;
  },
};
/**
 * Neither the network nor a recent copy: the copy the reader kept on purpose, else the app's shell, which
 * says it is offline and shows what it can.
 */
const keptThenShell: WorkboxPlugin = {
  handlerDidError: async ({ request }) =>
    (await (await caches.open(KEPT_PAGES_CACHE)).match(request, KEPT_MATCH)) ?? (await matchPrecache(SHELL)) ?? Response.error(),
};

const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [
    publicPagesOnly,
    new ExpirationPlugin({ maxEntries: RECENT_PAGES, purgeOnQuotaError: true }),
    keptWhenGone,
    refreshKeptCopy,
    keptThenShell,
  ],
});

// Files (robots.txt, sitemap.xml, icons) and the API are not pages.
const NOT_PAGES = [/^\/graphql/, /\/[^/]+\.[a-z0-9]+$/i];
registerRoute(new NavigationRoute(pages, { denylist: NOT_PAGES }));

// The page a reader arrived on was loaded before this worker existed: keep it too, so the first practice
// opened from a messenger link is there offline as well (the browser's cache usually answers with a 304).
async function keepOpenPages(event: ExtendableEvent) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  await Promise.all(
    windows
      .map((client) => new URL(client.url))
      .filter((address) => address.origin === self.location.origin && !NOT_PAGES.some((pattern) => pattern.test(address.pathname)))
      .map((address) => pages.handle({ request: new Request(address.href), event }).catch(() => undefined)),
  );
}
self.addEventListener('activate', (event) => event.waitUntil(keepOpenPages(event)));

// The first version takes the open page at once; a later one only when the reader chose to reload.
clientsClaim();
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === SKIP_WAITING) void self.skipWaiting();
});
