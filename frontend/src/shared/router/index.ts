/**
 * The app's router: nested routes with lazily loaded pages, the browser's history or one in memory
 * (tests, the server), and the few hooks the pages use. Small on purpose: it is part of the first download.
 */
export { createBrowserHistory, createMemoryHistory, type Location } from './history';
export { createRouter, loadRoutes, matchRoutes, type RouteMatch, type RouteObject, type Router } from './router';
export {
  Link,
  NavLink,
  Outlet,
  RouterProvider,
  useLocation,
  useNavigate,
  useNavigation,
  useParams,
  useRouteError,
  useSearchParams,
} from './react';
