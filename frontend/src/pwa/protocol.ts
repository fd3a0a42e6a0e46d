/** What the page and the service worker agree on. */

/** The cache of pages read recently (newest 50). */
export const PAGES_CACHE = 'poruch-pages';
/** The message that lets a waiting new version take over. */
export const SKIP_WAITING = 'SKIP_WAITING';
