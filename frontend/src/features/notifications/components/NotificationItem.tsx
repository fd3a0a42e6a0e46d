import { graphql } from '@/gql';
import type { NotificationItem_NotificationFragment } from '@/gql/graphql';
import { useTranslation } from '@/i18n/react';
import { formatDateTime } from '@/shared/format/dates';
import { Link } from '@/shared/router';
import { paths } from '@/shared/router/paths';

export const NOTIFICATION_ITEM_FRAGMENT = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    createdAt
    readAt
    recordType
    recordId
    recordSlug
    title
    outcome
    comment
    organizationName
    communityName
    actorName
  }
`);

type Item = NotificationItem_NotificationFragment;

/** Where a notification leads: the public page, or the editor while the record is not published (as in the e-mail). */
export function notificationPath(n: Item): string {
  const slug = n.recordSlug;
  // Invitations are answered on the notifications page itself.
  if (n.kind === 'CO_AUTHOR_INVITED' || n.kind === 'CO_CURATOR_INVITED') return `${paths.notifications}#invitations`;
  if (n.recordType === 'COLLECTION') return paths.collection(slug);
  const editor = (n.recordType === 'PRACTICE' ? paths.practiceEditor : paths.caseStudyEditor)(n.recordId);
  if (n.kind === 'CO_AUTHOR_ADDED') return editor;
  if (n.kind === 'SUBMISSION_DECIDED' && n.outcome !== 'APPROVED') return editor;
  return (n.recordType === 'PRACTICE' ? paths.practice : paths.caseStudy)(slug);
}

function useMessage(n: Item): string {
  const { t } = useTranslation();
  const values = { title: n.title, actor: n.actorName ?? '', community: n.communityName ?? '', organization: n.organizationName ?? '' };
  switch (n.kind) {
    case 'SUBMISSION_DECIDED':
      return t(`notifications.decided.${n.outcome ?? 'APPROVED'}`, values);
    case 'MODERATOR_COMMENT':
      return t('notifications.moderatorComment', values);
    case 'PRACTICE_TRIED':
      return t('notifications.practiceTried', values);
    case 'CO_AUTHOR_ADDED':
      return t('notifications.coAuthorAdded', values);
    case 'CO_CURATOR_ADDED':
      return t('notifications.coCuratorAdded', values);
    case 'CO_AUTHOR_INVITED':
      return t('notifications.coAuthorInvited', values);
    case 'CO_CURATOR_INVITED':
      return t('notifications.coCuratorInvited', values);
  }
}

/** One notification: what happened (a link to its record), the moderator's words, when, and whether it is new. */
export function NotificationItem({ notification: n, onOpen }: { notification: Item; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const message = useMessage(n);
  return (
    <li className={n.readAt ? 'notification' : 'notification notification--unread'}>
      <p>
        <Link to={notificationPath(n)} onClick={() => !n.readAt && onOpen(n.id)}>
          {message}
        </Link>
      </p>
      {n.comment && <p>{t('notifications.comment', { comment: n.comment })}</p>}
      <p className="notification__meta">
        {!n.readAt && <span className="notification__new">{t('notifications.unread')}</span>}
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
      </p>
    </li>
  );
}
