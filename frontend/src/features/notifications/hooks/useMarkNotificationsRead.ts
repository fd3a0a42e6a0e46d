import { useMutation } from '@apollo/client/react';
import { MARK_NOTIFICATIONS_READ_MUTATION, UNREAD_NOTIFICATION_COUNT_QUERY } from '../graphql/notifications.query';

/**
 * Marks notifications read (`ids`, or all of them when left out). The ones on screen (`shown`) turn read
 * in the cache at once; the bell's count is asked again.
 */
export function useMarkNotificationsRead() {
  const [mutate, result] = useMutation(MARK_NOTIFICATIONS_READ_MUTATION, {
    refetchQueries: [UNREAD_NOTIFICATION_COUNT_QUERY],
  });
  const markRead = (shown: readonly string[], ids?: readonly string[]) =>
    mutate({
      variables: { ids: ids ? [...ids] : null },
      update(cache) {
        const readAt = new Date().toISOString();
        for (const id of ids ?? shown) {
          cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { readAt: (value) => value ?? readAt } });
        }
      },
    });
  return [markRead, result] as const;
}
