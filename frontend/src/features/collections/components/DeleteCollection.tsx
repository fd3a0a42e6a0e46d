import { useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { useNavigate } from '@/shared/router';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { useDeleteCollection } from '../hooks/useDeleteCollection';
import { paths } from '@/shared/router/paths';

/** Deleting asks once more, naming the collection and saying it cannot be undone. */
export function DeleteCollection({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useDeleteCollection();
  const confirm = async () => {
    try {
      await remove({ variables: { id } });
      await navigate(paths.collections);
    } catch {
      // shown below
    }
  };
  if (!confirming)
    return (
      <button type="button" className="button--danger-quiet" onClick={() => setConfirming(true)}>
        {t('collections.delete.button')}
      </button>
    );
  return (
    <div className="confirm" role="group" aria-labelledby="delete-collection-question">
      <p id="delete-collection-question">{t('collections.delete.confirm', { title })}</p>
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="button" className="button--danger" disabled={loading} onClick={() => void confirm()} autoFocus>
          {t('collections.delete.yes')}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('collections.cancel')}
        </button>
      </div>
    </div>
  );
}
