import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { useSetMyOrganization } from '../hooks/useSetMyOrganization';
import { useVocabulary } from '../hooks/useVocabulary';
import { SelectField } from '@/shared/forms/fields';

/**
 * Reports are filed for the user's organisation, which their profile names. There is no profile page
 * yet, so the one profile field this needs is offered right here.
 */
export function SetOrganization() {
  const { t } = useTranslation();
  const { vocabulary, error: vocabularyError, refetch } = useVocabulary();
  const [organization, setOrganization] = useState('');
  const [save, { loading, error }] = useSetMyOrganization();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!organization) return;
    try {
      await save({ variables: { organization } });
    } catch {
      // shown below
    }
  };

  return (
    <div className="notice">
      <p>{t('contribute.tried.noOrganization')}</p>
      {vocabularyError && !vocabulary && <ErrorNotice error={vocabularyError} onRetry={() => void refetch()} />}
      {!vocabulary && !vocabularyError && <Loading lines={1} />}
      {vocabulary && (
        <form onSubmit={(e) => void submit(e)}>
          <SelectField
            label={t('contribute.tried.yourOrganization')}
            emptyLabel={t('contribute.choose')}
            options={vocabulary.organizations}
            value={organization}
            onChange={setOrganization}
          />
          {error && <ErrorNotice error={error} />}
          <button type="submit" disabled={loading || !organization}>
            {t('contribute.tried.saveOrganization')}
          </button>
        </form>
      )}
    </div>
  );
}
