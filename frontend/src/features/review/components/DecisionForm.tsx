import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { toApiProblem } from '@/shared/errors/api-error';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { TextField } from '@/shared/forms/fields';
import { useFieldError } from '@/shared/forms/useFieldError';
import { problemsFromApiError, type FieldProblems } from '@/shared/forms/problems';
import { useApproveSubmission } from '../hooks/useApproveSubmission';
import { useRejectSubmission } from '../hooks/useRejectSubmission';
import { useRequestChanges } from '../hooks/useRequestChanges';

export type Decision = 'approve' | 'requestChanges' | 'reject';
const DECISIONS: readonly Decision[] = ['approve', 'requestChanges', 'reject'];

/** The API asks for at least this many characters of comment to send back or reject. */
export const COMMENT_MIN = 5;
const COMMENT_MAX = 2000;

export function checkDecision(decision: Decision | null, comment: string): FieldProblems {
  if (decision === null) return { decision: { kind: 'required' } };
  const length = comment.trim().length;
  if (decision !== 'approve' && length === 0) return { comment: { kind: 'required' } };
  if (decision !== 'approve' && length < COMMENT_MIN) return { comment: { kind: 'tooShort', min: COMMENT_MIN } };
  if (length > COMMENT_MAX) return { comment: { kind: 'tooLong', max: COMMENT_MAX } };
  return {};
}

interface DecisionFormProps {
  submissionId: string;
  onDecided: (decision: Decision) => void;
}

/** Approve, request changes or reject; the last two need a comment, and the form says so before sending. */
export function DecisionForm({ submissionId, onDecided }: DecisionFormProps) {
  const { t } = useTranslation();
  const groupId = useId();
  // Nothing is chosen in advance: publishing takes a deliberate choice.
  const [decision, setDecision] = useState<Decision | null>(null);
  const [comment, setComment] = useState('');
  const [showChecks, setShowChecks] = useState(false);
  const [approve, approval] = useApproveSubmission();
  const [requestChanges, request] = useRequestChanges();
  const [reject, rejection] = useRejectSubmission();
  const active = decision ? { approve: approval, requestChanges: request, reject: rejection }[decision] : approval;
  const sending = approval.loading || request.loading || rejection.loading;
  const clientProblems = checkDecision(decision, comment);
  const apiProblems = problemsFromApiError(active.error);
  // The API names the reason of a rejection `reason`; the form has one comment field for both.
  if (apiProblems.reason) apiProblems.comment = apiProblems.reason;
  const fieldError = useFieldError({ ...apiProblems, ...(showChecks ? clientProblems : {}) });
  const needsComment = decision !== null && decision !== 'approve';
  const choiceError = showChecks && decision === null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowChecks(true);
    if (decision === null) {
      setTimeout(() => document.querySelector<HTMLElement>('.decision-form input[type="radio"]')?.focus(), 0);
      return;
    }
    if (Object.keys(clientProblems).length) {
      setTimeout(() => document.querySelector<HTMLElement>('.decision-form [aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const text = comment.trim();
    try {
      if (decision === 'approve') await approve({ variables: { id: submissionId, comment: text || null } });
      else if (decision === 'requestChanges') await requestChanges({ variables: { id: submissionId, comment: text } });
      else await reject({ variables: { id: submissionId, reason: text } });
      onDecided(decision);
    } catch {
      // shown from the mutation's error
    }
  };

  const otherError = active.error && Object.keys(apiProblems).length === 0 ? active.error : null;

  return (
    <form className="decision-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={sending}>
      <fieldset
        className="field choice-group"
        aria-invalid={choiceError || undefined}
        aria-describedby={choiceError ? `${groupId}-error` : undefined}
      >
        <legend>{t('contribute.review.decisionQuestion')}</legend>
        {DECISIONS.map((d) => (
          <div className="check" key={d}>
            <input
              type="radio"
              id={`${groupId}-${d}`}
              name={`${groupId}-decision`}
              value={d}
              checked={decision === d}
              onChange={() => setDecision(d)}
            />
            <label htmlFor={`${groupId}-${d}`}>{t(`contribute.review.decisions.${d}`)}</label>
          </div>
        ))}
        {choiceError && (
          <p id={`${groupId}-error`} className="field__error">
            {t('contribute.review.chooseDecision')}
          </p>
        )}
      </fieldset>
      <TextField
        label={needsComment ? t('contribute.review.commentRequired') : t('contribute.review.commentOptional')}
        hint={needsComment ? t('contribute.review.commentRequiredHint', { min: COMMENT_MIN }) : t('contribute.review.commentOptionalHint')}
        required={needsComment}
        multiline
        rows={4}
        value={comment}
        onChange={setComment}
        error={fieldError('comment')}
        path="comment"
      />
      {otherError &&
        (toApiProblem(otherError).code === 'CONFLICT' ? (
          <div role="alert" className="notice notice--error">
            <p>{t('contribute.review.alreadyDecided')}</p>
          </div>
        ) : (
          <ErrorNotice error={otherError} />
        ))}
      <button type="submit" className="button--primary" disabled={sending}>
        {sending ? t('contribute.review.sending') : t(`contribute.review.send.${decision ?? 'none'}`)}
      </button>
    </form>
  );
}
