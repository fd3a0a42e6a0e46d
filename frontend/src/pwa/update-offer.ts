/**
 * A new version of the app waiting to take over, told by the service worker's registration (register.ts,
 * loaded late) to the notice in the page (app/OfflineNotice.tsx, in the first download). Kept this small so
 * workbox-window stays out of the first download.
 */
type Apply = () => void;

let waiting: Apply | null = null;
const listeners = new Set<(apply: Apply | null) => void>();

/** Offers the reader the new version; `apply` lets it take over and reloads. */
export function offerUpdate(apply: Apply): void {
  waiting = apply;
  for (const listener of listeners) listener(apply);
}

/** Calls `listener` with the pending update now and whenever one arrives; returns the unsubscribe. */
export function onUpdateOffer(listener: (apply: Apply | null) => void): () => void {
  listeners.add(listener);
  listener(waiting);
  return () => listeners.delete(listener);
}
