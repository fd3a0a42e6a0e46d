import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import type { CollectionDetails_CollectionFragment } from '@/gql/graphql';
import { useApiProblem } from '@/shared/errors/useApiProblem';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { useUpdateCollection } from '../hooks/useUpdateCollection';
import { CollectionFields, type CollectionFieldValues } from './CollectionFields';
import { formLevelProblem } from './field-errors';

interface CollectionSettingsProps {
  collection: CollectionDetails_CollectionFragment;
  /** Reads the collection again from the API (after a conflict). */
  onReload: () => Promise<unknown>;
}

/**
 * Title, description and visibility for the owner. The version sent is the one in the cache, which our
 * own changes keep current: only someone else's change in between gives CONFLICT.
 */
export function CollectionSettings({ collection, onReload }: CollectionSettingsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const stored = (): CollectionFieldValues => ({
    titleUk: collection.titleUk,
    titleEn: collection.titleEn ?? '',
    descriptionUk: collection.descriptionUk,
    visibility: collection.visibility,
  });
  const [values, setValues] = useState(stored);
  const { titleUk, titleEn, descriptionUk, visibility } = values;
  const [saved, setSaved] = useState(false);
  const [update, { loading, error, reset }] = useUpdateCollection();
  const { problem } = useApiProblem(error);
  const conflict = problem?.code === 'CONFLICT' && !!problem.fields.version;

  const start = () => {
    setValues(stored());
    setSaved(false);
    reset();
    setOpen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await update({
        variables: {
          id: collection.id,
          input: { version: collection.version, titleUk: titleUk.trim(), titleEn: titleEn.trim() || null, descriptionUk, visibility },
        },
      });
      setSaved(true);
      setOpen(false);
    } catch {
      // shown in the form
    }
  };

  const reload = async () => {
    await onReload().catch(() => undefined);
    reset();
  };

  if (!open)
    return (
      <div className="collection-settings">
        <button type="button" onClick={start}>
          {t('collections.settings.edit')}
        </button>
        {saved && (
          <p role="status" className="notice">
            {t('collections.settings.saved')}
          </p>
        )}
      </div>
    );

  return (
    <form className="collection-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading} aria-labelledby="collection-settings">
      <h2 id="collection-settings">{t('collections.settings.title')}</h2>
      {conflict ? (
        <div role="alert" className="notice notice--error">
          <p>{t('collections.errors.conflict')}</p>
          <button type="button" onClick={() => void reload()}>
            {t('collections.settings.reload')}
          </button>
        </div>
      ) : problem && !formLevelProblem(problem) ? (
        <div role="alert" className="notice notice--error">
          <p>{t('errors.BAD_USER_INPUT')}</p>
        </div>
      ) : (
        formLevelProblem(problem) && <ErrorNotice error={error} />
      )}
      <CollectionFields values={values} onChange={(change) => setValues((v) => ({ ...v, ...change }))} problem={problem} />
      <div className="button-row">
        <button type="submit" className="button--primary" disabled={loading}>
          {t('collections.settings.save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('collections.cancel')}
        </button>
      </div>
    </form>
  );
}
