import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { useMe } from '@/shared/session/useMe';
import { NOTIFICATIONS_QUERY } from '../graphql/notifications.query';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { Invitations } from './Invitations';
import { NotificationItem } from './NotificationItem';
import '../notifications.css';
import { paths } from '@/shared/router/paths';

const PAGE_SIZE = 20;

/** /notifications: the signed-in user's notifications, newest first, read and unread. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  usePageTitle(t('notifications.title'));
  if (loading) return <Loading />;
  if (!me) {
    return (
      <section>
        <h1>{t('notifications.title')}</h1>
        <p>{t('notifications.signIn')}</p>
        <p>
          <Link className="button-link" to={paths.signIn(paths.notifications)}>
            {t('notifications.signInLink')}
          </Link>
        </p>
      </section>
    );
  }
  return <Notifications />;
}

function Notifications() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    ssr: false,
  });
  const [markRead, marking] = useMarkNotificationsRead();
  const [more, setMore] = useState(false);
  const page = data?.notifications;
  const shown = page?.edges.map((e) => e.node) ?? [];
  const unreadShown = shown.filter((n) => !n.readAt).map((n) => n.id);

  const loadMore = async () => {
    setMore(true);
    try {
      await fetchMore({
        variables: { after: page?.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          notifications: {
            ...fetchMoreResult.notifications,
            edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges],
          },
        }),
      });
    } finally {
      setMore(false);
    }
  };

  return (
    <section className="notifications-page">
      <h1>{t('notifications.title')}</h1>
      <p>{t('notifications.intro')}</p>
      <Invitations />
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading lines={4} />}
      {page && shown.length === 0 && <p>{t('notifications.empty')}</p>}
      {page && shown.length > 0 && (
        <>
          <p className="actions">
            {unreadShown.length > 0 ? (
              <button type="button" disabled={marking.loading} onClick={() => void markRead(unreadShown).catch(() => {})}>
                {t('notifications.markAllRead')}
              </button>
            ) : (
              <span role="status">{t('notifications.allRead')}</span>
            )}
          </p>
          {marking.error && <ErrorNotice error={marking.error} />}
          <ul className="notification-list" aria-label={t('notifications.title')}>
            {shown.map((n) => (
              <NotificationItem key={n.id} notification={n} onOpen={(id) => void markRead([id], [id]).catch(() => {})} />
            ))}
          </ul>
          {page.pageInfo.hasNextPage && (
            <p>
              <button type="button" disabled={more} onClick={() => void loadMore()}>
                {t('notifications.more')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
