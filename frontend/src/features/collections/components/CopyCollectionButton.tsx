import { useTranslation } from '@/i18n/react';
import { useNavigate } from '@/shared/router';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { useCopyCollection } from '../hooks/useCopyCollection';
import { paths } from '@/shared/router/paths';

/** Copies a public collection (by id) or one opened through its share link (by token) into my own. */
export function CopyCollectionButton({ collectionId, shareToken }: { collectionId: string; shareToken: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [copy, { loading, error }] = useCopyCollection();
  const run = async () => {
    try {
      const { data } = await copy({ variables: shareToken ? { shareToken } : { collectionId } });
      if (data) await navigate(paths.collection(data.copyCollection.slug), { state: { copied: true } });
    } catch {
      // shown below
    }
  };
  return (
    <>
      <button type="button" onClick={() => void run()} disabled={loading}>
        {loading ? t('collections.copy.copying') : t('collections.copy.button')}
      </button>
      {error && <ErrorNotice error={error} />}
    </>
  );
}
