/**
 * Registers the service worker and starts the upkeep of kept pages. Imported dynamically after the page has
 * loaded (main.tsx), so neither this nor workbox-window is part of the first download.
 */
import { Workbox } from 'workbox-window';
import { offerUpdate } from './update-offer';

export async function registerServiceWorker(): Promise<void> {
  // Pages kept offline on purpose: checked again now and whenever the device is back online (and, offline,
  // links to them load them from the worker). Started from here so it costs the first download nothing.
  void import('../features/offline/model/start-keeping').then(({ startKeeping }) => startKeeping()).catch(() => undefined);
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
