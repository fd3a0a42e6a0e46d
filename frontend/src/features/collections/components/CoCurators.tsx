import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/react';
import type { CollectionDetails_CollectionFragment } from '../../../gql/graphql';
import { useApiProblem } from '../../../shared/errors/useApiProblem';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { FormField } from '../../../shared/ui/FormField';
import { useAddCoCurator } from '../hooks/useAddCoCurator';
import { useRemoveCoCurator } from '../hooks/useRemoveCoCurator';
import { collectionFieldError, formLevelProblem } from './field-errors';

/** The owner's list of co-curators: invite by email, remove. */
export function CoCurators({ collection }: { collection: CollectionDetails_CollectionFragment }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [email, setEmail] = useState('');
  const [add, { loading, error }] = useAddCoCurator();
  const [remove, removal] = useRemoveCoCurator();
  const { problem } = useApiProblem(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return;
    try {
      await add({ variables: { collectionId: collection.id, email: email.trim() } });
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
