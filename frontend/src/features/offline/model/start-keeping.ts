/**
 * What keeping offline needs on every page, started by main.tsx after the page has loaded:
 *
 * - Kept items are brought up to date once after the load and whenever the device is back online: every item
 *   not checked for some hours is fetched again (or marked as no longer published).
 * - Offline, a tap on a link to a kept page loads that page instead of letting the app render it: the app
 *   would ask the API for its data and fail, while the service worker answers the page from its kept copy,
 *   data included.
 *
 * It imports nothing itself, so the first download names one small file for it; the keeping code follows.
 */

let started = false;
/** The addresses of kept pages, for the synchronous click handler; filled after the load, kept in step. */
let keptPages = new Set<string>();

async function readKept(): Promise<void> {
  const { browserKeeping } = await import('./browser-keeping');
  const items = await browserKeeping().store.list();
  keptPages = new Set(items.filter((item) => item.pageKept).map((item) => item.href));
}

async function refreshNow(): Promise<void> {
  const [{ browserKeeping }, { refreshStale }] = await Promise.all([import('./browser-keeping'), import('./keeping')]);
  await refreshStale(browserKeeping());
}

function loadKeptPageWhenOffline(event: MouseEvent): void {
  if (navigator.onLine || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link || link.target || link.origin !== window.location.origin || !keptPages.has(link.pathname)) return;
  // Before the app's router (which listens on its root) sees the click.
  event.preventDefault();
  event.stopPropagation();
  window.location.assign(link.href);
}

export function startKeeping(): void {
  // Cache Storage is missing outside secure contexts: nothing can have been kept.
  if (started || typeof caches === 'undefined') return;
  started = true;
  document.addEventListener('click', loadKeptPageWhenOffline, { capture: true });
  void readKept().catch(() => undefined);
  void import('./keeping').then(({ onKeptChange }) => onKeptChange(() => void readKept().catch(() => undefined)));
  const refresh = () => {
    if (navigator.onLine) void refreshNow().catch(() => undefined);
  };
  window.addEventListener('online', refresh);
  refresh();
}
