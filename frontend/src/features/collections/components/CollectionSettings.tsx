import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionDetails_CollectionFragment, CollectionVisibility } from '../../../gql/graphql';
import { useApiProblem } from '../../../shared/errors/useApiProblem';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { FormField } from '../../../shared/ui/FormField';
import { useUpdateCollection } from '../hooks/useUpdateCollection';
import { collectionFieldError, formLevelProblem } from './field-errors';
import { MarkdownField } from './MarkdownField';
import { VisibilityField } from './VisibilityField';

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
  const [titleUk, setTitleUk] = useState(collection.titleUk);
  const [titleEn, setTitleEn] = useState(collection.titleEn ?? '');
  const [descriptionUk, setDescriptionUk] = useState(collection.descriptionUk);
  const [visibility, setVisibility] = useState<CollectionVisibility>(collection.visibility);
  const [saved, setSaved] = useState(false);
  const [update, { loading, error, reset }] = useUpdateCollection();
  const { problem } = useApiProblem(error);
  const conflict = problem?.code === 'CONFLICT' && !!problem.fields.version;

  const start = () => {
    setTitleUk(collection.titleUk);
    setTitleEn(collection.titleEn ?? '');
    setDescriptionUk(collection.descriptionUk);
    setVisibility(collection.visibility);
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
      <FormField
        label={t('collections.form.titleUk')}
        name="titleUk"
        required
        value={titleUk}
        onChange={(e) => setTitleUk(e.target.value)}
        hint={t('collections.form.titleHint')}
        error={collectionFieldError(t, problem, 'titleUk')}
      />
      <FormField
        label={t('collections.form.titleEn')}
        name="titleEn"
        lang="en"
        value={titleEn}
        onChange={(e) => setTitleEn(e.target.value)}
        error={collectionFieldError(t, problem, 'titleEn')}
      />
      <MarkdownField
        label={t('collections.form.descriptionUk')}
        name="descriptionUk"
        lang="uk"
        value={descriptionUk}
        onChange={setDescriptionUk}
        error={collectionFieldError(t, problem, 'descriptionUk')}
      />
      <VisibilityField value={visibility} onChange={setVisibility} />
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
