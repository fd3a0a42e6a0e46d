import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { UNREAD_NOTIFICATION_COUNT_QUERY } from '../graphql/notifications.query';

/** How often the bell asks, while the tab is in view. */
export const UNREAD_POLL_MS = 60_000;

/**
 * The signed-in user's unread count, asked every minute while the tab is visible and at once when it
 * comes back into view; nothing is asked for visitors, in hidden tabs, or on the server.
 */
export function useUnreadNotificationCount(signedIn: boolean): number {
  const { data, startPolling, stopPolling, refetch } = useQuery(UNREAD_NOTIFICATION_COUNT_QUERY, {
    ssr: false,
    skip: !signedIn,
    fetchPolicy: 'cache-and-network',
  });

  useEffect(() => {
    if (!signedIn) return;
    const follow = () => {
      if (document.visibilityState === 'hidden') return stopPolling();
      startPolling(UNREAD_POLL_MS);
    };
    const onVisibility = () => {
      follow();
      if (document.visibilityState === 'visible') void refetch().catch(() => {});
    };
    follow();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      stopPolling();
    };
  }, [signedIn, startPolling, stopPolling, refetch]);

  return signedIn ? (data?.unreadNotificationCount ?? 0) : 0;
}
