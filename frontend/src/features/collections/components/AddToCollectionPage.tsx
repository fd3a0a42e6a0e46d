import { useFragment, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link, useLocation, useNavigate, useSearchParams } from '@/shared/router';
import { localized } from '@/i18n/localized';
import { useApiProblem } from '@/shared/errors/useApiProblem';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { FormField } from '@/shared/forms/FormField';
import { Loading } from '@/shared/ui/Loading';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { useMe } from '@/shared/session/useMe';
import { ADD_TARGET_CASE_STUDY_QUERY, ADD_TARGET_PRACTICE_FRAGMENT } from '../graphql/add-target.graphql';
import { ADD_TARGETS_QUERY } from '../graphql/collection.queries';
import { useAddCollectionItem } from '../hooks/useAddCollectionItem';
import { useCreateCollection } from '../hooks/useCreateCollection';
import { canCurate } from './curators';
import { collectionFieldError, formLevelProblem } from './field-errors';
import './collections.css';
import { paths } from '@/shared/router/paths';

const NEW = 'new';

/** /collections/add?practice=<id> (or ?caseStudy=<id>): pick one of my collections or start one, add a note, go there. */
export function AddToCollectionPage() {
  const { t } = useTranslation();
  usePageTitle(t('collections.add.title'));
  const [params] = useSearchParams();
  const location = useLocation();
  const { me, loading: meLoading } = useMe();
  const practiceId = params.get('practice');
  const caseStudyId = practiceId ? null : params.get('caseStudy');

  let body;
  if (meLoading) body = <Loading lines={2} />;
  else if (!me)
    body = (
      <p className="notice">
        {t('collections.add.signInFirst')} <Link to={paths.signIn(location.pathname + location.search)}>{t('account.signIn')}</Link>
      </p>
    );
  else if (!canCurate(me.role)) body = <p className="notice">{t('collections.create.notAllowed')}</p>;
  else if (!practiceId && !caseStudyId) body = <p className="notice">{t('collections.add.nothing')}</p>;
  else body = <AddForm practiceId={practiceId} caseStudyId={caseStudyId} />;

  return (
    <section className="narrow add-to-collection">
      <h1>{t('collections.add.title')}</h1>
      {body}
    </section>
  );
}

function useTargetTitle(practiceId: string | null, caseStudyId: string | null) {
  const { i18n } = useTranslation();
  const practice = useFragment({
    fragment: ADD_TARGET_PRACTICE_FRAGMENT,
    from: practiceId ? { __typename: 'Practice', id: practiceId } : null,
  });
  const caseStudy = useQuery(ADD_TARGET_CASE_STUDY_QUERY, { variables: { id: caseStudyId ?? '' }, skip: !caseStudyId });
  const record = practiceId ? (practice.complete ? practice.data : null) : caseStudy.data?.caseStudy;
  return record?.titleUk ? localized(i18n.resolvedLanguage, record.titleUk, record.titleEn) : null;
}

function AddForm({ practiceId, caseStudyId }: { practiceId: string | null; caseStudyId: string | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const noteId = useId();
  const targetTitle = useTargetTitle(practiceId, caseStudyId);
  const targets = useQuery(ADD_TARGETS_QUERY);
  const editable = (targets.data?.myCollections ?? []).filter((c) => c.viewerCanEdit);
  const [choice, setChoice] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [titleMissing, setTitleMissing] = useState(false);
  const [note, setNote] = useState('');
  const [create, creation] = useCreateCollection();
  const [add, adding] = useAddCollectionItem();
  const createProblem = useApiProblem(creation.error).problem;
  const addProblem = useApiProblem(adding.error).problem;
  const chosen = choice ?? (editable[0]?.id || NEW);
  const busy = creation.loading || adding.loading;

  if (targets.loading && !targets.data) return <Loading lines={4} label={t('collections.loading')} />;
  if (targets.error) return <ErrorNotice error={targets.error} onRetry={() => void targets.refetch().catch(() => undefined)} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen === NEW && !newTitle.trim()) {
      setTitleMissing(true);
      return;
    }
    setTitleMissing(false);
    try {
      let collectionId = chosen;
      if (chosen === NEW) {
        const { data } = await create({ variables: { input: { titleUk: newTitle.trim() } } });
        if (!data) return;
        collectionId = data.createCollection.id;
        // If adding fails now, trying again must not create a second collection.
        setChoice(collectionId);
      }
      adding.reset();
      const { data } = await add({
        variables: { input: { collectionId, practiceId, caseStudyId, noteUk: note.trim() || null } },
      });
      if (data) await navigate(paths.collection(data.addCollectionItem.slug));
    } catch {
      // the mutations' error states render the messages
    }
  };

  const itemError =
    collectionFieldError(t, addProblem, practiceId ? 'practiceId' : 'caseStudyId') ?? collectionFieldError(t, addProblem, 'collectionId');
  const generalError = formLevelProblem(addProblem) ? adding.error : formLevelProblem(createProblem) ? creation.error : null;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      <p>
        {targetTitle ? (
          <>
            {t('collections.add.adding')} <strong lang={targetTitle.lang}>{targetTitle.text}</strong>
          </>
        ) : (
          t(practiceId ? 'collections.add.addingPractice' : 'collections.add.addingCaseStudy')
        )}
      </p>
      {generalError && <ErrorNotice error={generalError} />}
      <fieldset className={itemError ? 'field field--invalid' : 'field'} aria-describedby={itemError ? `${noteId}-item-error` : undefined}>
        <legend>{t('collections.add.where')}</legend>
        {editable.map((c) => (
          <div key={c.id} className="choice">
            <input
              type="radio"
              id={`${noteId}-${c.id}`}
              name="collection"
              value={c.id}
              checked={chosen === c.id}
              onChange={() => setChoice(c.id)}
            />
            <label htmlFor={`${noteId}-${c.id}`}>{localized(i18n.resolvedLanguage, c.titleUk, c.titleEn).text}</label>
          </div>
        ))}
        <div className="choice">
          <input type="radio" id={`${noteId}-new`} name="collection" value={NEW} checked={chosen === NEW} onChange={() => setChoice(NEW)} />
          <label htmlFor={`${noteId}-new`}>{t('collections.add.newCollection')}</label>
        </div>
        {itemError && (
          <p id={`${noteId}-item-error`} className="field__error">
            {itemError}
          </p>
        )}
      </fieldset>
      {chosen === NEW && (
        <FormField
          label={t('collections.add.newTitle')}
          name="titleUk"
          required
          value={newTitle}
          onChange={(e) => setNewTitle(e.target.value)}
          hint={t('collections.add.newHint')}
          error={titleMissing ? t('collections.errors.titleRequired') : collectionFieldError(t, createProblem, 'titleUk')}
        />
      )}
      <NoteField id={noteId} value={note} onChange={setNote} error={collectionFieldError(t, addProblem, 'noteUk')} />
      <button type="submit" className="button--primary" disabled={busy}>
        {busy ? t('collections.add.submitting') : t('collections.add.submit')}
      </button>
    </form>
  );
}

function NoteField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={`${id}-note`}>{t('collections.add.note')}</label>
      <p id={`${id}-note-hint`} className="field__hint">
        {t('collections.add.noteHint')}
      </p>
      <textarea
        id={`${id}-note`}
        rows={4}
        lang="uk"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-note-hint`, error && `${id}-note-error`].filter(Boolean).join(' ')}
      />
      {error && (
        <p id={`${id}-note-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
