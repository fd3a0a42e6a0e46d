import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link, useParams } from '@/shared/router';
import type { MeQuery, ReportAdoptionMutation } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { NotFound } from '@/shared/ui/NotFound';
import { TRIED_PRACTICE_QUERY } from '../graphql/contribution.query';
import { useFieldError } from '@/shared/forms/useFieldError';
import { REPORT_ADOPTION } from '../graphql/report-adoption.mutation';
import { useDeviceDraft } from '@/shared/forms/useDeviceDraft';
import { useOutboxSubmit } from '@/shared/outbox/useOutboxSubmit';
import { Checks, LIMITS, optionalInt, optionalText } from '../model/form-helpers';
import { problemsFromApiError, type FieldProblems } from '@/shared/forms/problems';
import { TextField } from '@/shared/forms/fields';
import { RequireSignIn } from '@/shared/session/RequireSignIn';
import { SetOrganization } from './SetOrganization';
import '../contribute.css';
import { paths } from '@/shared/router/paths';

type Account = NonNullable<MeQuery['me']>;
type Report = ReportAdoptionMutation['reportAdoption'];

/** Today's date where the librarians are, as the API counts "the future". */
const todayInKyiv = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Kyiv' });

interface AdoptionForm {
  adoptedOn: string;
  changesUk: string;
  resultUk: string;
  participantCount: string;
}

/** The API's rules for a report (adoption.input.ts), checked before sending. */
export function checkAdoption(f: AdoptionForm): FieldProblems {
  const c = new Checks();
  c.date('adoptedOn', f.adoptedOn, true);
  if (f.adoptedOn && f.adoptedOn > todayInKyiv()) c.fail('adoptedOn', { kind: 'future' });
  else if (f.adoptedOn && f.adoptedOn < '2014-01-01') c.fail('adoptedOn', { kind: 'tooEarly' });
  c.optional('changesUk', f.changesUk, LIMITS.shortText);
  const result = f.resultUk.trim().length;
  if (result === 0) c.fail('resultUk', { kind: 'required' });
  else if (result < 10 || result > LIMITS.shortText) c.fail('resultUk', { kind: 'length', min: 10, max: LIMITS.shortText });
  c.int('participantCount', f.participantCount, 0, { max: 100_000 });
  return c.problems;
}

/** /contribute/tried/:slug — "we tried it here": a short report, then an offer to write the full case study. */
export function TriedHerePage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn title={t('contribute.tried.title')} reason="contribute.signInReason.tried">
      {(me) => <TriedHere me={me} />}
    </RequireSignIn>
  );
}

function TriedHere({ me }: { me: Account }) {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TRIED_PRACTICE_QUERY, { variables: { slug } });
  const [report, setReport] = useState<Report | null>(null);

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  const practice = data?.practice;
  if (!practice) return <NotFound />;
  const title = localized(i18n.language, practice.titleUk, practice.titleEn);

  return (
    <section className="narrow">
      <h1>{t('contribute.tried.title')}</h1>
      <p>
        {t('contribute.tried.practice')}{' '}
        <Link to={paths.practice(practice.slug)} lang={title.lang}>
          {title.text}
        </Link>
      </p>
      {!me.organization ? (
        <SetOrganization />
      ) : report ? (
        <ReportFiled report={report} practiceSlug={practice.slug} />
      ) : (
        <AdoptionReportForm practice={practice} me={me} onFiled={setReport} />
      )}
    </section>
  );
}

interface AdoptionReportFormProps {
  practice: { id: string; slug: string; titleUk: string };
  me: Account;
  onFiled: (report: Report) => void;
}

function AdoptionReportForm({ practice, me, onFiled }: AdoptionReportFormProps) {
  const { t, i18n } = useTranslation();
  const organization = me.organization!;
  const draft = useDeviceDraft<AdoptionForm>(`adoption.${practice.slug}`, () => ({
    adoptedOn: todayInKyiv(),
    changesUk: '',
    resultUk: '',
    participantCount: '',
  }));
  const { form } = draft;
  const [showChecks, setShowChecks] = useState(false);
  const outbox = useOutboxSubmit<AdoptionForm>(draft);
  const { sending, accepted, refusal } = outbox;
  // The API's complaint is about the form as it was sent: once the person edits it, it no longer applies.
  const refused = refusal?.subject === form ? refusal : null;
  const apiProblems: FieldProblems = refused ? problemsFromApiError(refused.error) : {};
  const clientProblems = checkAdoption(form);
  const problems = { ...apiProblems, ...(showChecks ? clientProblems : {}) };
  const fieldError = useFieldError(problems);
  const set = (key: keyof AdoptionForm) => (value: string) => draft.setForm((f) => ({ ...f, [key]: value }));

  // Every report goes through the device's send queue with a key chosen here: with a connection it is sent
  // at once; without one (or when the answer is lost) it waits on the device and is sent exactly once later.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setShowChecks(true);
    if (Object.keys(clientProblems).length) {
      setTimeout(() => document.querySelector<HTMLElement>('.adoption-form [aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const input = {
      practiceId: practice.id,
      organizationId: organization.id,
      adoptedOn: form.adoptedOn,
      changesUk: optionalText(form.changesUk),
      resultUk: form.resultUk.trim(),
      participantCount: optionalInt(form.participantCount),
    };
    const done = await outbox.send(
      {
        userId: me.id,
        kind: 'adoption',
        about: { title: practice.titleUk, href: paths.practice(practice.slug) },
        text: input.resultUk,
        request: { document: REPORT_ADOPTION, variables: { input } },
      },
      form,
    );
    if (done?.outcome === 'sent') onFiled((done.result as ReportAdoptionMutation).reportAdoption);
  };

  if (accepted?.outcome === 'queued') {
    return (
      <div role="status" className="notice notice--info adoption-queued">
        <p>{t(accepted.wait === 'signIn' ? 'contribute.tried.queuedSignIn' : 'contribute.tried.queued')}</p>
        <p>
          <Link to={paths.outbox}>{t('contribute.tried.queueLink')}</Link>
        </p>
      </div>
    );
  }

  return (
    <form className="adoption-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={sending}>
      <p>
        {t('contribute.tried.forOrganization')} <strong>{localized(i18n.language, organization.nameUk, organization.nameEn).text}</strong>
      </p>
      {draft.restored && !showChecks && <p className="notice notice--info">{t('contribute.tried.restored')}</p>}
      {Object.keys(problems).length > 0 ? (
        <div role="alert" className="notice notice--error">
          <p>{t('contribute.editor.fixFields')}</p>
        </div>
      ) : (
        refused && <ErrorNotice error={refused.error} />
      )}
      <TextField
        label={t('contribute.tried.adoptedOn')}
        type="date"
        required
        value={form.adoptedOn}
        onChange={set('adoptedOn')}
        error={fieldError('adoptedOn')}
        path="adoptedOn"
      />
      <TextField
        label={t('contribute.tried.changesUk')}
        hint={t('contribute.tried.changesHint')}
        multiline
        rows={3}
        value={form.changesUk}
        onChange={set('changesUk')}
        error={fieldError('changesUk')}
        path="changesUk"
      />
      <TextField
        label={t('contribute.tried.resultUk')}
        hint={t('contribute.tried.resultHint')}
        required
        multiline
        rows={4}
        value={form.resultUk}
        onChange={set('resultUk')}
        error={fieldError('resultUk')}
        path="resultUk"
      />
      <TextField
        label={t('contribute.tried.participantCount')}
        type="number"
        inputMode="numeric"
        value={form.participantCount}
        onChange={set('participantCount')}
        error={fieldError('participantCount')}
        path="participantCount"
      />
      <button type="submit" className="button--primary" disabled={sending}>
        {sending ? t('contribute.tried.sending') : t('contribute.tried.send')}
      </button>
    </form>
  );
}

function ReportFiled({ report, practiceSlug }: { report: Report; practiceSlug: string }) {
  const { t } = useTranslation();
  const params = new URLSearchParams({ fromAdoption: report.id, practice: practiceSlug, adoptedOn: report.adoptedOn });
  return (
    <div className="tried-done">
      <div role="status" className="notice notice--success">
        <p>{t(report.status === 'PENDING' ? 'contribute.tried.thanksPending' : 'contribute.tried.thanks')}</p>
      </div>
      <h2>{t('contribute.tried.growTitle')}</h2>
      <p>{t('contribute.tried.growBody')}</p>
      <p className="actions">
        <Link className="button-link" to={paths.caseStudyEditor('new', params.toString())}>
          {t('contribute.tried.growAction')}
        </Link>
        <Link to={paths.practice(practiceSlug)}>{t('contribute.tried.backToPractice')}</Link>
      </p>
    </div>
  );
}
