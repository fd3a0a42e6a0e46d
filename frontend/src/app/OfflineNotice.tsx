import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { onUpdateOffer } from '../pwa/update-offer';
import { formatDateTime } from '../shared/format/dates';
import { useLocation } from '../shared/router';

/**
 * When the service worker saved the copy of `address`: the server's `Date` on the response it kept. A header
 * and not a stamp in the HTML, so a page rendered again with the same data stays byte for byte the same and
 * a returning reader on a weak link still gets a 304 for it. Null when no copy is kept (or no worker runs).
 */
async function savedCopyDate(address: string): Promise<string | null> {
  if (!('caches' in window)) return null;
  const saved = await caches.match(address);
  const date = new Date(saved?.headers.get('Date') ?? '');
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Says when the reader is offline and, on the page the browser loaded, from when its saved copy is; offers a
 * new version of the app when one is waiting. Renders nothing on the server and on the first render in the
 * browser (the state is read in effects), so hydration is not disturbed.
 */
export function OfflineNotice() {
  const { t, i18n } = useTranslation();
  const { pathname, search } = useLocation();
  const [offline, setOffline] = useState(false);
  const [loadedAddress, setLoadedAddress] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [update, setUpdate] = useState<(() => void) | null>(null);

  useEffect(() => {
    setLoadedAddress(`${window.location.pathname}${window.location.search}`);
    const check = () => setOffline(!navigator.onLine);
    check();
    window.addEventListener('online', check);
    window.addEventListener('offline', check);
    const stopListening = onUpdateOffer((apply) => setUpdate(() => apply));
    return () => {
      window.removeEventListener('online', check);
      window.removeEventListener('offline', check);
      stopListening();
    };
  }, []);

  // The saved copy is the page the browser loaded; after moving on, the next page is not that copy.
  const onLoadedPage = loadedAddress === `${pathname}${search}`;
  useEffect(() => {
    if (!offline || !loadedAddress) return;
    let current = true;
    void savedCopyDate(loadedAddress)
      .catch(() => null)
      .then((date) => {
        if (current) setSavedAt(date);
      });
    return () => {
      current = false;
    };
  }, [offline, loadedAddress]);

  return (
    <>
      {offline && (
        <p className="app-notice app-notice--offline" role="status">
          {t('offline.notice')}
          {onLoadedPage && savedAt && ` ${t('offline.savedCopy', { time: formatDateTime(savedAt, i18n.language) })}`}
        </p>
      )}
      {update && (
        <p className="app-notice" role="status">
          {t('offline.updateReady')}{' '}
          <button type="button" onClick={update}>
            {t('offline.update')}
          </button>
        </p>
      )}
    </>
  );
}
