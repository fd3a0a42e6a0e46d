import { Loading } from '../shared/ui/Loading';

/** Shown while the first page's code arrives. Outside the layout, so it needs no data. */
export function RouteFallback() {
  return (
    <main className="site-main">
      <Loading lines={4} />
    </main>
  );
}
