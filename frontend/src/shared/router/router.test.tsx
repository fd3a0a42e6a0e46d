import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createMemoryHistory,
  createRouter,
  Link,
  matchRoutes,
  NavLink,
  Outlet,
  RouterProvider,
  useParams,
  useSearchParams,
  type RouteObject,
} from '.';

const Page = ({ name }: { name: string }) => <p>{name}</p>;

function Slug() {
  const { slug } = useParams();
  return <p>slug {slug}</p>;
}

function Query() {
  const [params, setParams] = useSearchParams();
  return (
    <button type="button" onClick={() => void setParams(new URLSearchParams({ q: `${params.get('q') ?? ''}!` }), { replace: true })}>
      q={params.get('q')}
    </button>
  );
}

function Frame() {
  return (
    <>
      <nav>
        <NavLink to="/" end>
          home
        </NavLink>
        <NavLink to="/items">items</NavLink>
        <Link to="/items/add">add</Link>
      </nav>
      <Outlet />
    </>
  );
}

let loads = 0;
const routes = (): RouteObject[] => [
  {
    path: '/',
    Component: Frame,
    children: [
      { index: true, Component: () => <Page name="home" /> },
      { path: 'query', Component: Query },
      {
        path: 'items',
        children: [
          { index: true, Component: () => <Page name="all items" /> },
          {
            path: 'add',
            lazy: async () => {
              loads += 1;
              return { Component: () => <Page name="new item" /> };
            },
          },
          { path: ':slug', Component: Slug },
        ],
      },
      { path: '*', Component: () => <Page name="not found" /> },
    ],
  },
];

describe('the router', () => {
  it('matches in declared order: a fixed segment before a parameter, and the catch-all last', () => {
    const table = routes();
    const leaf = (path: string) => matchRoutes(table, path).at(-1);
    expect(leaf('/items/add')?.route.path).toBe('add');
    expect(leaf('/items/kazka')?.params).toEqual({ slug: 'kazka' });
    expect(leaf('/items/%D0%BA%D0%B0%D0%B7%D0%BA%D0%B0')?.params.slug).toBe('казка');
    expect(leaf('/items')?.route.index).toBe(true);
    expect(leaf('/no/such/place')?.route.path).toBe('*');
    expect(matchRoutes(table, '/items/a/b').at(-1)?.route.path).toBe('*');
  });

  it('loads a lazy page once, then moves; links mark the current page', async () => {
    loads = 0;
    const router = createRouter(routes(), createMemoryHistory(['/items']));
    render(<RouterProvider router={router} />);
    expect(await screen.findByText('all items')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'items' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'home' }).getAttribute('aria-current')).toBeNull();

    await userEvent.click(screen.getByRole('link', { name: 'add' }));
    expect(await screen.findByText('new item')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/items/add');
    expect(router.state.historyAction).toBe('PUSH');
    await act(() => router.navigate('/items/kazka'));
    await act(() => router.navigate('/items/add'));
    expect(loads).toBe(1);

    await act(() => router.navigate(-1));
    expect(await screen.findByText('slug kazka')).toBeTruthy();
    expect(router.state.historyAction).toBe('POP');
  });

  it('keeps the current page while the next one loads, and the latest navigation wins', async () => {
    let release!: () => void;
    const slow: RouteObject[] = [
      { path: '/', Component: () => <Page name="start" /> },
      {
        path: '/slow',
        lazy: () => new Promise((done) => (release = () => done({ Component: () => <Page name="slow" /> }))),
      },
      { path: '/fast', Component: () => <Page name="fast" /> },
    ];
    const router = createRouter(slow, createMemoryHistory(['/']));
    render(<RouterProvider router={router} />);
    expect(await screen.findByText('start')).toBeTruthy();
    const toSlow = router.navigate('/slow');
    expect(router.state.navigation).toBe('loading');
    expect(screen.getByText('start')).toBeTruthy();
    await act(() => router.navigate('/fast'));
    release();
    await act(() => toSlow);
    expect(screen.getByText('fast')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/fast');
  });

  it('changes the query string in place or as a new entry, and carries state along', async () => {
    const router = createRouter(routes(), createMemoryHistory(['/query?q=a']));
    render(<RouterProvider router={router} />);
    await userEvent.click(await screen.findByRole('button', { name: 'q=a' }));
    expect(await screen.findByRole('button', { name: 'q=a!' })).toBeTruthy();
    expect(router.state.historyAction).toBe('REPLACE');
    expect(router.state.location.search).toBe('?q=a%21');

    await act(() => router.navigate('/', { state: { message: 'saved' } }));
    expect(router.state.location.state).toEqual({ message: 'saved' });
  });
});
