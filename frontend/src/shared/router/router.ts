import type { ComponentType } from 'react';
import { locationOf, type History, type HistoryAction, type Location } from './history';

/** A route: a path (relative to its parent; `*` takes the rest), or `index` for its parent's own address. */
export interface RouteObject {
  path?: string;
  index?: boolean;
  Component?: ComponentType;
  /** Loads the page's code on first use. */
  lazy?: () => Promise<{ Component: ComponentType }>;
  /** Shown instead of this route's content when rendering it fails. */
  ErrorBoundary?: ComponentType;
  /** Anything the app wants to know about the route (see app/routes.tsx). */
  handle?: unknown;
  children?: RouteObject[];
}

export interface RouteMatch {
  route: RouteObject;
  params: Record<string, string>;
}

export interface RouterState {
  location: Location;
  historyAction: HistoryAction;
  /** From the outermost route to the page. */
  matches: RouteMatch[];
  /** `loading` while the next page's code arrives; the current page stays on screen meanwhile. */
  navigation: 'idle' | 'loading';
  /** False until the first page's code is there. */
  initialized: boolean;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

const segmentsOf = (path: string) => path.split('/').filter(Boolean);

function matchLevel(routes: RouteObject[], segments: string[], params: Record<string, string>): RouteMatch[] | null {
  for (const route of routes) {
    if (route.index) {
      if (segments.length === 0) return [{ route, params }];
      continue;
    }
    const own = segmentsOf(route.path ?? '');
    const found: Record<string, string> = { ...params };
    let used = 0;
    let ok = true;
    for (const part of own) {
      if (part === '*') {
        found['*'] = segments.slice(used).map(decodeURIComponent).join('/');
        used = segments.length;
        break;
      }
      const segment = segments[used];
      if (segment === undefined) {
        ok = false;
        break;
      }
      if (part.startsWith(':')) found[part.slice(1)] = decodeURIComponent(segment);
      else if (part !== segment) {
        ok = false;
        break;
      }
      used += 1;
    }
    if (!ok) continue;
    const rest = segments.slice(used);
    if (route.children) {
      const below = matchLevel(route.children, rest, found);
      if (below) return [{ route, params: found }, ...below];
    }
    if (rest.length === 0 && (route.Component || route.lazy)) return [{ route, params: found }];
  }
  return null;
}

/** The routes that `pathname` goes through, outermost first; the first route that fits wins at each level. */
export function matchRoutes(routes: RouteObject[], pathname: string): RouteMatch[] {
  return matchLevel(routes, segmentsOf(pathname), {}) ?? [];
}

/** Loads the code of every lazy route among `matches`, once: each route keeps its component afterwards. */
export async function loadRoutes(matches: RouteMatch[]): Promise<void> {
  await Promise.all(
    matches.map(async ({ route }) => {
      if (!route.lazy) return;
      const { Component } = await route.lazy();
      route.Component = Component;
      delete route.lazy;
    }),
  );
}

export type Router = ReturnType<typeof createRouter>;

/**
 * Keeps the app's place in `history` in step with the routes: a navigation loads the next page's code
 * first, then moves, so the current page stays until the next can be shown; the latest navigation wins.
 */
export function createRouter(routes: RouteObject[], history: History) {
  const listeners = new Set<() => void>();
  const start = history.location();
  let state: RouterState = {
    location: start,
    historyAction: 'POP',
    matches: matchRoutes(routes, start.pathname),
    navigation: 'idle',
    initialized: false,
  };
  let latest = 0;
  const set = (next: Partial<RouterState>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };

  async function moveTo(location: Location, action: HistoryAction, commit: () => void) {
    const ticket = ++latest;
    const matches = matchRoutes(routes, location.pathname);
    const pending = matches.some((m) => m.route.lazy);
    if (pending) set({ navigation: 'loading' });
    // A page whose code cannot be fetched still moves: its error boundary says so.
    await loadRoutes(matches).catch(() => undefined);
    if (ticket !== latest) return;
    commit();
    set({ location, historyAction: action, matches, navigation: 'idle', initialized: true });
  }

  const ready = loadRoutes(state.matches).then(
    () => set({ initialized: true }),
    () => set({ initialized: true }),
  );
  history.listen((location) => void moveTo(location, 'POP', () => undefined));

  return {
    get state() {
      return state;
    },
    routes,
    /** Resolves once the first page's code is there. */
    ready: () => ready,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Goes to `to` (a path, or `?query` on this page), or moves `to` entries back or forth in history. */
    async navigate(to: string | number, options: NavigateOptions = {}): Promise<void> {
      if (typeof to === 'number') return history.go(to);
      const location = locationOf(to, state.location, options.state ?? null);
      const action = options.replace ? 'REPLACE' : 'PUSH';
      await moveTo(location, action, () => (options.replace ? history.replace(location) : history.push(location)));
    },
  };
}
