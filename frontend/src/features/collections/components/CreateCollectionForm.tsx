import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CollectionVisibility } from '../../../gql/graphql';
import { useApiProblem } from '../../../shared/errors/useApiProblem';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { FormField } from '../../../shared/ui/FormField';
import { useCreateCollection } from '../hooks/useCreateCollection';
import { collectionFieldError, formLevelProblem } from './field-errors';
import { MarkdownField } from './MarkdownField';
import { VisibilityField } from './VisibilityField';

/** A new collection: title, description (Markdown with preview), visibility; then its page opens. */
export function CreateCollectionForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading, error }] = useCreateCollection();
  const { problem } = useApiProblem(error);
  const [titleUk, setTitleUk] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [descriptionUk, setDescriptionUk] = useState('');
  const [visibility, setVisibility] = useState<CollectionVisibility>('PRIVATE');
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
      if (data) await navigate(`/collections/${data.createCollection.slug}`);
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
      <FormField
        label={t('collections.form.titleUk')}
        name="titleUk"
        required
        value={titleUk}
        onChange={(e) => setTitleUk(e.target.value)}
        hint={t('collections.form.titleHint')}
        error={titleMissing ? t('collections.errors.titleRequired') : collectionFieldError(t, problem, 'titleUk')}
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
      <button type="submit" className="button--primary" disabled={loading}>
        {loading ? t('collections.create.submitting') : t('collections.create.submit')}
      </button>
    </form>
  );
}
