import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { useNavigate } from '@/shared/router';
import type { RecordStatus, ReviewThread_SubmissionFragment } from '@/gql/graphql';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import type { PendingCreate } from '../autosave/draft-storage';
import { useAutosave, type SaveMeta } from '../autosave/useAutosave';
import { idempotencyContext, newIdempotencyKey } from '@/shared/outbox/outbox-store';
import { ConflictChoice } from './ConflictChoice';
import { useFieldError } from '@/shared/forms/useFieldError';
import { useSubmitForReview } from '../hooks/useSubmitForReview';
import { useWithdrawSubmission } from '../hooks/useWithdrawSubmission';
import type { Vocabulary } from '../hooks/useVocabulary';
import { LIMITS } from '../model/form-helpers';
import { problemsFromApiError, type FieldProblems } from '@/shared/forms/problems';
import type { EditorKind } from './ContributionEditor';
import { TextField } from '@/shared/forms/fields';
import { SaveStatus } from './SaveStatus';
import { paths } from '@/shared/router/paths';

export interface EditorRecord {
  status: RecordStatus;
  /** draft, submitted or changes_requested: changes to a published record not yet approved. */
  pendingStatus: string | null;
  reviewThread: readonly ReviewThread_SubmissionFragment[];
}

interface EditorFormProps<F> {
  kind: EditorKind<F>;
  initial: { form: F; meta: SaveMeta; restoredDirty: boolean; record: EditorRecord | null; pendingCreate?: PendingCreate<F> | null };
  vocabulary: Vocabulary;
  loadServerCopy: () => Promise<{ form: F; meta: SaveMeta; record: EditorRecord } | null>;
  onCreated: (id: string) => void;
}

/** Focuses the first field at fault once the messages are on screen. */
function focusFirstProblem() {
  setTimeout(() => document.querySelector<HTMLElement>('.editor [aria-invalid="true"]')?.focus(), 0);
}

/** The last moderator comment that asked for changes, when that is where the record stands. */
function openRequest(record: EditorRecord | null): ReviewThread_SubmissionFragment | null {
  const last = record?.reviewThread.at(-1);
  return last?.outcome === 'CHANGES_REQUESTED' ? last : null;
}

/** The form with autosave, the record's situation, and "submit for review" with a note. */
export function EditorForm<F>({ kind, initial, vocabulary, loadServerCopy, onCreated }: EditorFormProps<F>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState(initial.form);
  const [record, setRecord] = useState(initial.record);
  const [showChecks, setShowChecks] = useState(false);
  const [note, setNote] = useState('');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitForReview] = useSubmitForReview();
  const [withdraw, withdrawal] = useWithdrawSubmission();
  // One key per version submitted: pressing again after a lost answer is the same submission, not a second one.
  const submitKey = useRef<{ version: number | null; key: string } | null>(null);
  const title = initial.meta.id ? kind.editTitle : kind.newTitle;
  usePageTitle(title);

  const autosave = useAutosave({
    type: kind.type,
    newName: kind.newName,
    form,
    initialMeta: initial.meta,
    restoredDirty: initial.restoredDirty,
    initialPendingCreate: initial.pendingCreate,
    check: kind.check,
    save: kind.save,
    onCreated,
  });
  const clientProblems = useMemo(() => kind.check(form), [form, kind]);
  const noteProblems: FieldProblems = note.length > LIMITS.shortText ? { note: { kind: 'tooLong', max: LIMITS.shortText } } : {};
  const submitProblems: FieldProblems = submitError ? problemsFromApiError(submitError) : {};
  const problems: FieldProblems = showChecks
    ? { ...autosave.serverProblems, ...submitProblems, ...clientProblems, ...noteProblems }
    : { ...autosave.serverProblems, ...submitProblems };
  const error = useFieldError(problems);
  const incomplete = Object.keys(clientProblems).length > 0;

  const status = record?.status;
  const inReview = status === 'SUBMITTED' || record?.pendingStatus === 'submitted';
  const closed = status === 'REJECTED' || status === 'ARCHIVED';
  const request = openRequest(record);

  const reloadServerCopy = async () => {
    const fresh = await loadServerCopy();
    if (!fresh) return;
    autosave.reset(fresh.form, fresh.meta);
    setForm(fresh.form);
    setRecord(fresh.record);
  };

  const saveDraft = async () => {
    setShowChecks(true);
    const saved = await autosave.saveNow();
    if (!saved) focusFirstProblem();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowChecks(true);
    setSubmitError(null);
    if (incomplete || note.length > LIMITS.shortText) return focusFirstProblem();
    setSubmitting(true);
    try {
      if (!(await autosave.saveNow())) return focusFirstProblem();
      const { id, version } = autosave.getMeta();
      if (submitKey.current?.version !== version) submitKey.current = { version, key: newIdempotencyKey() };
      await submitForReview({
        variables: { type: kind.type, id: id!, note: note.trim() || null },
        context: idempotencyContext(submitKey.current.key),
      });
      autosave.forget();
      await navigate(paths.contribute, { state: { submitted: kind.titleOf(form) } });
    } catch (err) {
      setSubmitError(err);
    } finally {
      setSubmitting(false);
    }
  };

  if (inReview || closed) {
    return (
      <section className="editor">
        <h1>{title}</h1>
        <p className="notice">
          {inReview ? t('contribute.editor.inReview') : t(`contribute.editor.${status === 'REJECTED' ? 'rejected' : 'archived'}`)}
        </p>
        {inReview && (
          <>
            {withdrawal.error && <ErrorNotice error={withdrawal.error} />}
            <button
              type="button"
              disabled={withdrawal.loading}
              onClick={() =>
                void withdraw({ variables: { type: kind.type, id: autosave.getMeta().id! } }).then(
                  () => reloadServerCopy(),
                  () => undefined,
                )
              }
            >
              {t('contribute.editor.withdraw')}
            </button>
          </>
        )}
      </section>
    );
  }

  return (
    <section className="editor">
      <h1>{title}</h1>
      {status === 'PUBLISHED' && <p className="notice notice--info">{t('contribute.editor.publishedNotice')}</p>}
      {request?.comment && (
        <div className="notice notice--info">
          <p>{t('contribute.editor.changesRequested')}</p>
          <blockquote>{request.comment}</blockquote>
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-describedby="editor-required-hint">
        <p id="editor-required-hint" className="field__hint">
          {t('contribute.editor.requiredHint')}
        </p>
        {/* Only while some field is still marked: fixing the last one takes the banner away. */}
        {Object.keys(problems).length > 0 && (showChecks || autosave.state === 'invalid') && (
          <div role="alert" className="notice notice--error">
            <p>{t('contribute.editor.fixFields')}</p>
          </div>
        )}
        <kind.Fields form={form} setForm={setForm} problems={problems} vocabulary={vocabulary} />
        <div className="editor__footer">
          {autosave.state === 'conflict' ? (
            <ConflictChoice
              mine={form}
              loadServerCopy={loadServerCopy}
              onKeepMine={(meta) => void autosave.keepMine(meta)}
              onTakeServer={(fresh) => {
                autosave.reset(fresh.form, fresh.meta);
                setForm(fresh.form);
                setRecord(fresh.record);
              }}
            />
          ) : (
            <SaveStatus state={autosave.state} incomplete={incomplete} onRetry={() => void autosave.saveNow()} />
          )}
          <button type="button" onClick={() => void saveDraft()}>
            {t('contribute.editor.saveDraft')}
          </button>
          <TextField
            label={t('contribute.editor.note')}
            hint={t('contribute.editor.noteHint')}
            multiline
            rows={3}
            value={note}
            onChange={setNote}
            error={error('note')}
            path="note"
          />
          {submitError !== null && Object.keys(submitProblems).length === 0 && <ErrorNotice error={submitError} />}
          {submitProblems.input && (
            <div role="alert" className="notice notice--error">
              <p>{t('contribute.editor.nothingChanged')}</p>
            </div>
          )}
          <button type="submit" className="button--primary" disabled={submitting}>
            {submitting ? t('contribute.editor.submitting') : t('contribute.editor.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
