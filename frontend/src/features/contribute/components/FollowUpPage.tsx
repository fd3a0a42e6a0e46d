import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { MeQuery } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { useTranslation } from '@/i18n/react';
import { todayInKyiv } from '@/shared/format/dates';
import { useDeviceDraft } from '@/shared/forms/useDeviceDraft';
import { useOutboxSubmit } from '@/shared/outbox/useOutboxSubmit';
import { Link, useParams } from '@/shared/router';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { NotFound } from '@/shared/ui/NotFound';
import { ADD_FOLLOW_UP, FOLLOW_UP_CASE_STUDY_QUERY } from '../graphql/follow-up.graphql';
import { useFieldError } from '@/shared/forms/useFieldError';
import { Checks, LIMITS } from '../model/form-helpers';
import { problemsFromApiError, type FieldProblems } from '@/shared/forms/problems';
import { SelectField, TextField } from '@/shared/forms/fields';
import { RequireSignIn } from '@/shared/session/RequireSignIn';
import '../contribute.css';
import { paths } from '@/shared/router/paths';

type Account = NonNullable<MeQuery['me']>;
const MONTHS = ['3', '6', '12'] as const;

interface FollowUpForm {
  monthsAfter: (typeof MONTHS)[number] | '';
  recordedOn: string;
  textUk: string;
}

/** The API's rules for a follow-up (review.service.ts addFollowUp), checked before sending. */
export function checkFollowUp(f: FollowUpForm): FieldProblems {
  const c = new Checks();
  if (!f.monthsAfter) c.fail('monthsAfter', { kind: 'required' });
  c.date('recordedOn', f.recordedOn, true);
  if (f.recordedOn && f.recordedOn > todayInKyiv()) c.fail('recordedOn', { kind: 'future' });
  const text = f.textUk.trim().length;
  if (text === 0) c.fail('textUk', { kind: 'required' });
  else if (text < 10 || text > LIMITS.shortText) c.fail('textUk', { kind: 'length', min: 10, max: LIMITS.shortText });
  return c.problems;
}

/** /contribute/follow-up/:slug — what a case study's authors saw 3, 6 or 12 months later. */
export function FollowUpPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn title={t('contribute.followUp.title')} reason="contribute.signInReason.followUp">
      {(me) => <FollowUp me={me} />}
    </RequireSignIn>
  );
}

function FollowUp({ me }: { me: Account }) {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FOLLOW_UP_CASE_STUDY_QUERY, { variables: { slug } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  const caseStudy = data?.caseStudy;
  if (!caseStudy) return <NotFound />;
  const title = localized(i18n.language, caseStudy.titleUk, caseStudy.titleEn);
  return (
    <section className="narrow">
      <h1>{t('contribute.followUp.title')}</h1>
      <p>
        {t('contribute.followUp.caseStudy')}{' '}
        <Link to={paths.caseStudy(caseStudy.slug)} lang={title.lang}>
          {title.text}
        </Link>
      </p>
      <p>{t('contribute.followUp.intro')}</p>
      <FollowUpFormView me={me} caseStudy={caseStudy} taken={caseStudy.followUps.map((f) => String(f.monthsAfter))} />
    </section>
  );
}

interface FollowUpFormViewProps {
  me: Account;
  caseStudy: { id: string; slug: string; titleUk: string };
  taken: string[];
}

function FollowUpFormView({ me, caseStudy, taken }: FollowUpFormViewProps) {
  const { t } = useTranslation();
  const draft = useDeviceDraft<FollowUpForm>(`followUp.${caseStudy.slug}`, () => ({
    monthsAfter: MONTHS.find((m) => !taken.includes(m)) ?? '',
    recordedOn: todayInKyiv(),
    textUk: '',
  }));
  const { form } = draft;
  const [showChecks, setShowChecks] = useState(false);
  const outbox = useOutboxSubmit<FollowUpForm>(draft);
  const { sending, accepted, refusal } = outbox;
  const refused = refusal?.subject === form ? refusal : null;
  const clientProblems = checkFollowUp(form);
  const apiProblems = refused ? problemsFromApiError(refused.error) : {};
  const problems = { ...apiProblems, ...(showChecks ? clientProblems : {}) };
  const fieldError = useFieldError(problems);
  const set = (key: keyof FollowUpForm) => (value: string) => draft.setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setShowChecks(true);
    if (Object.keys(clientProblems).length) {
      setTimeout(() => document.querySelector<HTMLElement>('.follow-up-form [aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const input = { monthsAfter: Number(form.monthsAfter), recordedOn: form.recordedOn, textUk: form.textUk.trim() };
    await outbox.send(
      {
        userId: me.id,
        kind: 'followUp',
        about: { title: caseStudy.titleUk, href: paths.caseStudy(caseStudy.slug) },
        text: input.textUk,
        request: { document: ADD_FOLLOW_UP, variables: { caseStudyId: caseStudy.id, input } },
      },
      form,
    );
  };

  if (accepted) {
    const done = accepted.outcome === 'sent' ? 'sent' : accepted.wait;
    const message =
      done === 'sent' ? 'contribute.followUp.sent' : done === 'signIn' ? 'contribute.followUp.queuedSignIn' : 'contribute.followUp.queued';
    return (
      <div role="status" className={`notice ${done === 'sent' ? 'notice--success' : 'notice--info'}`}>
        <p>{t(message)}</p>
        <p className="actions">
          {done !== 'sent' && <Link to={paths.outbox}>{t('contribute.tried.queueLink')}</Link>}
          <Link to={paths.caseStudy(caseStudy.slug)}>{t('contribute.followUp.backToCaseStudy')}</Link>
        </p>
      </div>
    );
  }

  return (
    <form className="follow-up-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={sending}>
      {draft.restored && !showChecks && <p className="notice notice--info">{t('contribute.tried.restored')}</p>}
      {Object.keys(problems).length > 0 ? (
        <div role="alert" className="notice notice--error">
          <p>{t('contribute.editor.fixFields')}</p>
        </div>
      ) : (
        refused && <ErrorNotice error={refused.error} />
      )}
      <SelectField
        label={t('contribute.followUp.monthsAfter')}
        required
        value={form.monthsAfter}
        onChange={set('monthsAfter')}
        error={fieldError('monthsAfter')}
        path="monthsAfter"
        emptyLabel=""
        options={MONTHS.map((m) => ({
          value: m,
          label: `${t(`contribute.followUp.months.${m}`)}${taken.includes(m) ? ` (${t('contribute.followUp.already')})` : ''}`,
        }))}
      />
      <TextField
        label={t('contribute.followUp.recordedOn')}
        type="date"
        required
        value={form.recordedOn}
        onChange={set('recordedOn')}
        error={fieldError('recordedOn')}
        path="recordedOn"
      />
      <TextField
        label={t('contribute.followUp.textUk')}
        hint={t('contribute.followUp.textHint')}
        required
        multiline
        rows={5}
        value={form.textUk}
        onChange={set('textUk')}
        error={fieldError('textUk')}
        path="textUk"
      />
      <button type="submit" className="button--primary" disabled={sending}>
        {sending ? t('contribute.followUp.sending') : t('contribute.followUp.send')}
      </button>
    </form>
  );
}
