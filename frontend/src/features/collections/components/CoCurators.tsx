import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import type { CollectionDetails_CollectionFragment } from '@/gql/graphql';
import { useApiProblem } from '@/shared/errors/useApiProblem';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { FormField } from '@/shared/forms/FormField';
import { useAddCoCurator } from '../hooks/useAddCoCurator';
import { useRemoveCoCurator } from '../hooks/useRemoveCoCurator';
import { useRevokeInvitation } from '../hooks/useRevokeInvitation';
import { collectionFieldError, formLevelProblem } from './field-errors';

/**
 * The owner's list of co-curators: invite by e-mail (the invitation waits for its addressee, who may not have
 * an account yet), see and withdraw invitations not yet answered, remove co-curators.
 */
export function CoCurators({ collection }: { collection: CollectionDetails_CollectionFragment }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [email, setEmail] = useState('');
  const [add, { loading, error }] = useAddCoCurator();
  const [remove, removal] = useRemoveCoCurator();
  const [revoke, revoking] = useRevokeInvitation();
  const { problem } = useApiProblem(error);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const waiting = collection.invitations ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return;
    setSentTo(null);
    try {
      await add({ variables: { collectionId: collection.id, email: email.trim() } });
      setSentTo(email.trim());
      setEmail('');
    } catch {
      // shown under the field
    }
  };

  return (
    <section aria-labelledby={headingId} className="co-curators">
      <h2 id={headingId}>{t('collections.coCurators.title')}</h2>
      {collection.coCurators.length === 0 ? (
        <p>{t('collections.coCurators.none')}</p>
      ) : (
        <ul>
          {collection.coCurators.map((curator) => (
            <li key={curator.userId ?? curator.displayName}>
              {curator.displayName}{' '}
              {curator.userId && (
                <button
                  type="button"
                  disabled={removal.loading}
                  onClick={() =>
                    void remove({ variables: { collectionId: collection.id, userId: curator.userId! } }).catch(() => undefined)
                  }
                >
                  {t('collections.coCurators.remove')}
                  <span className="visually-hidden">: {curator.displayName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {removal.error && <ErrorNotice error={removal.error} />}
      {waiting.length > 0 && (
        <>
          <h3>{t('collections.coCurators.waiting')}</h3>
          <ul>
            {waiting.map((invitation) => (
              <li key={invitation.id}>
                {invitation.email}{' '}
                <button
                  type="button"
                  disabled={revoking.loading}
                  onClick={() => void revoke({ variables: { id: invitation.id } }).catch(() => undefined)}
                >
                  {t('collections.coCurators.revoke')}
                  <span className="visually-hidden">: {invitation.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {revoking.error && <ErrorNotice error={revoking.error} />}
      <p role="status">{sentTo && t('collections.coCurators.sent', { email: sentTo })}</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
        <FormField
          label={t('collections.coCurators.email')}
          hint={t('collections.coCurators.hint')}
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={collectionFieldError(t, problem, 'email')}
        />
        {formLevelProblem(problem) && <ErrorNotice error={error} />}
        <button type="submit" disabled={loading}>
          {t('collections.coCurators.add')}
        </button>
      </form>
    </section>
  );
}
