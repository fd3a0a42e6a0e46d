import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { useNavigate } from '@/shared/router';
import { useApiProblem } from '@/shared/errors/useApiProblem';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { useCreateCollection } from '../hooks/useCreateCollection';
import { CollectionFields, type CollectionFieldValues } from './CollectionFields';
import { formLevelProblem } from './field-errors';
import { paths } from '@/shared/router/paths';

/** A new collection: title, description (Markdown with preview), visibility; then its page opens. */
export function CreateCollectionForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading, error }] = useCreateCollection();
  const { problem } = useApiProblem(error);
  const [values, setValues] = useState<CollectionFieldValues>({ titleUk: '', titleEn: '', descriptionUk: '', visibility: 'PRIVATE' });
  const { titleUk, titleEn, descriptionUk, visibility } = values;
  const [titleMissing, setTitleMissing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Only the empty title is caught here; every other rule is the API's, shown under its field.
    if (!titleUk.trim()) {
      setTitleMissing(true);
      return;
    }
    setTitleMissing(false);
    try {
      const { data } = await create({
        variables: {
          input: { titleUk: titleUk.trim(), titleEn: titleEn.trim() || null, descriptionUk: descriptionUk || null, visibility },
        },
      });
      if (data) await navigate(paths.collection(data.createCollection.slug));
    } catch {
      // the mutation's error state renders the messages
    }
  };

  const general = formLevelProblem(problem);
  return (
    <form className="collection-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading} aria-labelledby="create-collection">
      <h2 id="create-collection">{t('collections.create.title')}</h2>
      {problem && !general && (
        <div role="alert" className="notice notice--error">
          <p>{t('errors.BAD_USER_INPUT')}</p>
        </div>
      )}
      {general && <ErrorNotice error={error} />}
      <CollectionFields
        values={values}
        onChange={(change) => setValues((v) => ({ ...v, ...change }))}
        problem={problem}
        titleError={titleMissing ? t('collections.errors.titleRequired') : undefined}
      />
      <button type="submit" className="button--primary" disabled={loading}>
        {loading ? t('collections.create.submitting') : t('collections.create.submit')}
      </button>
    </form>
  );
}
