import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';

// The footer shows nothing before the page has hydrated (it needs the browser's address and today's date), so
// its code need not be in the page's first download.
const PrintSource = lazy(async () => ({ default: (await import('./PrintSource')).PrintSource }));

/** The printed page's source footer, loaded after the page (never on the server: nothing would suspend there). */
export function LazyPrintSource(props: ComponentProps<typeof PrintSource>) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <PrintSource {...props} />
    </Suspense>
  );
}
