/** Where the app is: the address and the state a navigation carried along. */
export interface Location {
  pathname: string;
  search: string;
  hash: string;
  /** What the navigation that led here passed along (e.g. a message for the next page). */
  state: unknown;
  /** Unique per history entry. */
  key: string;
}

export type HistoryAction = 'PUSH' | 'REPLACE' | 'POP';

/** The browser's history or one kept in memory (tests, the server): the router needs only this. */
export interface History {
  location(): Location;
  push(location: Location): void;
  replace(location: Location): void;
  /** Moves by `delta` entries; the listener hears the new location. */
  go(delta: number): void;
  listen(listener: (location: Location) => void): () => void;
}

let lastKey = 0;
const newKey = () => `${Date.now().toString(36)}-${(lastKey++).toString(36)}`;

/** Resolves `to` (an absolute path, or `?query` on the current path) to a location. */
export function locationOf(to: string, from: Location | null, state: unknown = null): Location {
  const url = new URL(to, `http://app${from ? from.pathname + from.search : '/'}`);
  return { pathname: url.pathname, search: url.search, hash: url.hash, state, key: newKey() };
}

export const href = (location: Pick<Location, 'pathname' | 'search' | 'hash'>) => `${location.pathname}${location.search}${location.hash}`;

interface EntryState {
  usr: unknown;
  key: string;
}

/** The address bar's history: state and key live in `history.state`. */
export function createBrowserHistory(): History {
  const read = (): Location => {
    const entry = window.history.state as EntryState | null;
    const { pathname, search, hash } = window.location;
    return { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' };
  };
  return {
    location: read,
    push: (l) => window.history.pushState({ usr: l.state, key: l.key } satisfies EntryState, '', href(l)),
    replace: (l) => window.history.replaceState({ usr: l.state, key: l.key } satisfies EntryState, '', href(l)),
    go: (delta) => window.history.go(delta),
    listen(listener) {
      const onPop = () => listener(read());
      window.addEventListener('popstate', onPop);
      return () => window.removeEventListener('popstate', onPop);
    },
  };
}

/** A history in memory, starting at `entries` (the last one current). */
export function createMemoryHistory(entries: string[] = ['/']): History {
  const stack = entries.map((entry) => locationOf(entry, null));
  let index = stack.length - 1;
  const listeners = new Set<(location: Location) => void>();
  return {
    location: () => stack[index]!,
    push(location) {
      stack.splice(index + 1, stack.length, location);
      index = stack.length - 1;
    },
    replace(location) {
      stack[index] = location;
    },
    go(delta) {
      const next = Math.min(Math.max(index + delta, 0), stack.length - 1);
      if (next === index) return;
      index = next;
      // As in a browser, the new place is announced after the call returns.
      queueMicrotask(() => listeners.forEach((listener) => listener(stack[index]!)));
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
