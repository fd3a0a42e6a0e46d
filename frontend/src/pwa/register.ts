/**
 * Registers the service worker. Imported dynamically after the page has loaded (main.tsx), so neither this
 * nor workbox-window is part of the first download.
 */
import { Workbox } from 'workbox-window';
import { offerUpdate } from './update-offer';

export async function registerServiceWorker(): Promise<void> {
  const workbox = new Workbox('/sw.js', { scope: '/' });
  // A new version waits: the reader decides when to reload, so nothing they are typing is interrupted
  // (the editors also keep their drafts on the device).
  workbox.addEventListener('waiting', () => {
    offerUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  await workbox.register();
}
