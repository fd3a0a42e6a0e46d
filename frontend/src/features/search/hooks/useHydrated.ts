import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while the page is the server's markup (and during hydration, so both render alike), true once
 * React runs it in the browser: for the few controls that only a page without JavaScript needs.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
