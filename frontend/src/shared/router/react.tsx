import {
  Component,
  createContext,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type ErrorInfo,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { Location } from './history';
import type { NavigateOptions, RouteMatch, Router } from './router';

const RouterContext = createContext<Router | null>(null);
const StateContext = createContext<Router['state'] | null>(null);
/** Which of the matches this part of the tree renders. */
const DepthContext = createContext(0);
const ErrorContext = createContext<unknown>(null);

function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('a router hook was used outside <RouterProvider>');
  return router;
}

function useRouterState(): Router['state'] {
  const state = useContext(StateContext);
  if (!state) throw new Error('a router hook was used outside <RouterProvider>');
  return state;
}

class RouteErrorBoundary extends Component<
  { fallback: ReactNode; resetKey: string; children: ReactNode },
  { error: unknown; key: string }
> {
  state = { error: null as unknown, key: this.props.resetKey };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; key: string }) {
    // Another page: start over without the previous page's error.
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }
  componentDidCatch(error: unknown, info: ErrorInfo) {
    if (import.meta.env.DEV) console.error(error, info.componentStack);
  }
  render() {
    return this.state.error ? (
      <ErrorContext.Provider value={this.state.error}>{this.props.fallback}</ErrorContext.Provider>
    ) : (
      this.props.children
    );
  }
}

function RouteLevel({ matches, depth, locationKey }: { matches: RouteMatch[]; depth: number; locationKey: string }) {
  const match = matches[depth];
  if (!match) return null;
  const { Component: Page, ErrorBoundary } = match.route;
  const content = Page ? <Page /> : <RouteLevel matches={matches} depth={depth + 1} locationKey={locationKey} />;
  return (
    <DepthContext.Provider value={depth}>
      {ErrorBoundary ? (
        <RouteErrorBoundary fallback={<ErrorBoundary />} resetKey={locationKey}>
          {content}
        </RouteErrorBoundary>
      ) : (
        content
      )}
    </DepthContext.Provider>
  );
}

/** Renders the routes that match the router's place; nothing until the first page's code is there. */
export function RouterProvider({ router }: { router: Router }) {
  const state = useSyncExternalStore(
    router.subscribe,
    () => router.state,
    () => router.state,
  );
  return (
    <RouterContext.Provider value={router}>
      <StateContext.Provider value={state}>
        {state.initialized && <RouteLevel matches={state.matches} depth={0} locationKey={state.location.key} />}
      </StateContext.Provider>
    </RouterContext.Provider>
  );
}

/** Where the page inside a layout goes. */
export function Outlet() {
  const { matches, location } = useRouterState();
  const depth = useContext(DepthContext);
  return <RouteLevel matches={matches} depth={depth + 1} locationKey={location.key} />;
}

export function useLocation(): Location {
  return useRouterState().location;
}

/** The path parameters of the routes matched so far (e.g. `slug`). */
export function useParams(): Record<string, string | undefined> {
  const { matches } = useRouterState();
  return matches.at(-1)?.params ?? {};
}

export function useNavigate(): (to: string | number, options?: NavigateOptions) => Promise<void> {
  const router = useRouter();
  return useCallback((to, options) => router.navigate(to, options), [router]);
}

/** `loading` while the next page's code arrives. */
export function useNavigation(): { state: 'idle' | 'loading' } {
  return { state: useRouterState().navigation };
}

/** The error an error boundary route is showing. */
export function useRouteError(): unknown {
  return useContext(ErrorContext);
}

/** The query string, and a way to change it (a new history entry unless `replace`). */
export function useSearchParams(): [URLSearchParams, (next: URLSearchParams, options?: NavigateOptions) => Promise<void>] {
  const { location } = useRouterState();
  const navigate = useNavigate();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const set = useCallback(
    (next: URLSearchParams, options?: NavigateOptions) => {
      const query = next.toString();
      return navigate(`${location.pathname}${query ? `?${query}` : ''}`, options);
    },
    [navigate, location.pathname],
  );
  return [params, set];
}

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; replace?: boolean; state?: unknown };

/** A real link (it works without JavaScript and opens in a new tab); a plain click moves within the app. */
export function Link({ to, replace, state, onClick, target, ...rest }: AnchorProps) {
  const navigate = useNavigate();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (target && target !== '_self') return;
    event.preventDefault();
    void navigate(to, { replace, state });
  };
  return <a href={to} target={target} onClick={handle} {...rest} />;
}

/** A navigation link that says when it points at the page shown (`end`: only that exact address). */
export function NavLink({ to, end, className, ...rest }: AnchorProps & { end?: boolean }) {
  const { pathname } = useLocation();
  const active = end ? pathname === to : pathname === to || pathname.startsWith(`${to.replace(/\/$/, '')}/`);
  return (
    <Link
      to={to}
      className={[className, active ? 'active' : ''].filter(Boolean).join(' ')}
      aria-current={active ? 'page' : undefined}
      {...rest}
    />
  );
}
