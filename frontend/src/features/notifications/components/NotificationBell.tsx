import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import { useMe } from '@/shared/session/useMe';
import { useUnreadNotificationCount } from '../hooks/useUnreadNotificationCount';
import '../notifications.css';
import { paths } from '@/shared/router/paths';

/** The header's bell: a link to /notifications with the unread count; only for the signed-in, and only in the browser. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { me } = useMe();
  const count = useUnreadNotificationCount(!!me);
  if (!me) return null;
  const label = count > 0 ? t('notifications.bell', { count }) : t('notifications.bellNone');
  return (
    <Link className="notification-bell" to={paths.notifications} aria-label={label} title={label}>
      <svg className="notification-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16h15.4L18 12.6V9a6 6 0 0 0-6-6Z" />
        <path d="M9.5 19a2.5 2.5 0 0 0 5 0" />
      </svg>
      {count > 0 && (
        <span className="notification-bell__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
