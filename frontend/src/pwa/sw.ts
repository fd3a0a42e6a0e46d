/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa's injectManifest into dist/sw.js; never in development).
 *
 * - The app shell and every built file are precached, so the app opens with no connection.
 * - A page is asked from the network first (4 s, then the saved copy): the server renders public pages with
 *   their text and Apollo cache, so the 50 pages read last open offline, with their data, after a reload.
 *   Only pages the server marks as the same for everyone (`Cache-Control: public`) are kept.
 * - A page never read, or a page of signed-in work, falls back to the precached shell (index.html).
 * - /graphql is never handled here: answers depend on who asks and POSTs are not cacheable.
 * - A new version waits until the page asks it to take over (the reader chose «Оновити»).
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { PAGES_CACHE, SKIP_WAITING } from './protocol';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const SHELL = '/index.html';
const NETWORK_TIMEOUT_SECONDS = 4;
const KEPT_PAGES = 50;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** Keeps a page only when the server rendered it for every reader alike: a whole, public, 200 answer. */
const publicPagesOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && /\bpublic\b/.test(response.headers.get('Cache-Control') ?? '') ? response : null,
};
/** Neither the network nor a saved copy: the app's shell, which says it is offline and shows what it can. */
const shellWhenNothingElse: WorkboxPlugin = {
  handlerDidError: async () => (await matchPrecache(SHELL)) ?? Response.error(),
};

const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [publicPagesOnly, new ExpirationPlugin({ maxEntries: KEPT_PAGES, purgeOnQuotaError: true }), shellWhenNothingElse],
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
