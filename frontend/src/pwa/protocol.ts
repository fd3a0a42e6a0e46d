/** What the page and the service worker agree on. */

/** The cache of pages read recently (newest 50). */
export const PAGES_CACHE = 'poruch-pages';
/**
 * Pages the reader chose to keep offline («Зберегти офлайн»), by address. Never expired: the page writes and
 * removes them (features/offline); the worker answers navigations from them when the network and the
 * recent pages have nothing, and refreshes a kept copy whenever the page is read online.
 */
export const KEPT_PAGES_CACHE = 'poruch-kept-pages';
/** One small JSON entry per kept item (title, text to search, when it was saved…); only the page reads it. */
export const KEPT_INDEX_CACHE = 'poruch-kept-index';
/** The message that lets a waiting new version take over. */
export const SKIP_WAITING = 'SKIP_WAITING';
