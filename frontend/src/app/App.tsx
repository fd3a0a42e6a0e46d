import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useMe } from '@/shared/session/useMe';
import { RouterProvider, type Router } from '../shared/router';

/**
 * The app in the browser: the routes over the address bar's history. A new page opens at its top.
 * `serverRendered`: the page's data came with HTML written for an anonymous reader, so once the reader
 * turns out to be signed in, what is on screen is asked again with their session (a private collection,
 * the tools they may use).
 */
export function App({ router, serverRendered = false }: { router: Router; serverRendered?: boolean }) {
  const client = useApolloClient();
  const { me } = useMe();
  const signedIn = me !== null;
  useEffect(() => {
    if (serverRendered && signedIn) void client.refetchQueries({ include: 'active' });
  }, [client, serverRendered, signedIn]);
  useEffect(() => {
    let shown = router.state.location.key;
    return router.subscribe(() => {
      const { location, historyAction } = router.state;
      if (location.key === shown) return;
      shown = location.key;
      if (historyAction === 'PUSH') window.scrollTo(0, 0);
    });
  }, [router]);
  return <RouterProvider router={router} />;
}
