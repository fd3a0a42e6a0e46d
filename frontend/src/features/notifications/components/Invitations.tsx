import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { useNavigate } from '@/shared/router';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { ACCEPT_INVITATION_MUTATION, DECLINE_INVITATION_MUTATION, MY_INVITATIONS_QUERY } from '../graphql/invitations.graphql';
import { paths } from '@/shared/router/paths';

/** Where an accepted invitation leads: the collection, or the record's editor for a co-author. */
function pathOf(accepted: { recordType: string; recordId: string; slug: string }): string {
  if (accepted.recordType === 'COLLECTION') return paths.collection(accepted.slug);
  return (accepted.recordType === 'PRACTICE' ? paths.practiceEditor : paths.caseStudyEditor)(accepted.recordId);
}

/** The invitations waiting for the reader's answer, on top of the notifications; nothing when there are none. */
export function Invitations() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(MY_INVITATIONS_QUERY, { fetchPolicy: 'cache-and-network', ssr: false });
  const forget = { refetchQueries: [MY_INVITATIONS_QUERY], awaitRefetchQueries: true };
  const [accept, accepting] = useMutation(ACCEPT_INVITATION_MUTATION, forget);
  const [decline, declining] = useMutation(DECLINE_INVITATION_MUTATION, forget);
  const busy = accepting.loading || declining.loading;
  const invitations = data?.myInvitations ?? [];

  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (invitations.length === 0) return null;
  return (
    <section id="invitations" aria-labelledby="invitations-title" className="invitations">
      <h2 id="invitations-title">{t('notifications.invitations.title')}</h2>
      <ul>
        {invitations.map((invitation) => (
          <li key={invitation.id}>
            <p>
              {t(invitation.recordType === 'COLLECTION' ? 'notifications.invitations.coCurator' : 'notifications.invitations.coAuthor', {
                inviter: invitation.invitedBy,
                title: invitation.title,
              })}
            </p>
            <p className="actions">
              <button
                type="button"
                className="button--primary"
                disabled={busy}
                onClick={() =>
                  void accept({ variables: { id: invitation.id } })
                    .then(({ data: answer }) => answer && navigate(pathOf(answer.acceptInvitation)))
                    .catch(() => undefined)
                }
              >
                {t('notifications.invitations.accept')}
                <span className="visually-hidden">: {invitation.title}</span>
              </button>{' '}
              <button
                type="button"
                disabled={busy}
                onClick={() => void decline({ variables: { id: invitation.id } }).catch(() => undefined)}
              >
                {t('notifications.invitations.decline')}
                <span className="visually-hidden">: {invitation.title}</span>
              </button>
            </p>
          </li>
        ))}
      </ul>
      {(accepting.error || declining.error) && <ErrorNotice error={accepting.error ?? declining.error} />}
    </section>
  );
}
