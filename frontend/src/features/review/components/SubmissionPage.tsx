import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { Link, useNavigate, useParams } from '@/shared/router';
import { localized } from '@/i18n/localized';
import { formatDateTime } from '@/shared/format/dates';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { REVIEW_QUEUE_QUERY, REVIEW_RECORD_QUERY } from '../graphql/review-queue.query';
import { DecisionForm } from './DecisionForm';
import { RequireModerator } from './RequireModerator';
import { SubmissionContent } from './SubmissionContent';
import { paths } from '@/shared/router/paths';

/** /review/:id — one open submission and the moderator's decision. */
export function SubmissionPage() {
  const { t } = useTranslation();
  return (
    <RequireModerator title={t('contribute.review.title')}>
      <Submission />
    </RequireModerator>
  );
}

function Submission() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  // There is no query for one submission: the open queue (≤ 100, usually cached from the list) has it.
  const { data, loading, error, refetch } = useQuery(REVIEW_QUEUE_QUERY, { variables: { type: null, kind: null, theme: null } });
  const item = data?.reviewQueue.find((s) => s.id === id);
  const record = useQuery(REVIEW_RECORD_QUERY, {
    variables: { type: item?.recordType ?? 'PRACTICE', id: item?.recordId ?? '' },
    skip: !item || item.kind === 'FOLLOW_UP',
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <Loading lines={6} />;
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!item) {
    return (
      <section className="narrow">
        <h1>{t('contribute.review.title')}</h1>
        <p className="notice">{t('contribute.review.gone')}</p>
        <Link to={paths.review}>{t('contribute.review.backToQueue')}</Link>
      </section>
    );
  }
  const date = formatDateTime(item.submittedAt, i18n.language);
  const organization = item.submittedBy?.organization;

  return (
    <section className="review-page">
      <p>
        <Link to={paths.review}>{t('contribute.review.backToQueue')}</Link>
      </p>
      <h1>{item.titleUk}</h1>
      <p className="review-item__meta">
        {t(`contribute.recordType.${item.recordType}`)} · {t(`contribute.review.kinds.${item.kind}`)} ·{' '}
        {t('contribute.review.sentBy', {
          name: item.submittedBy?.displayName ?? '—',
          date,
        })}
        {organization && `, ${localized(i18n.language, organization.nameUk, organization.nameEn).text}`}
      </p>
      {item.note && (
        <div className="notice notice--info">
          <p>{t('contribute.review.authorNote')}</p>
          <blockquote>{item.note}</blockquote>
        </div>
      )}
      {record.loading && !record.data && <Loading lines={6} />}
      {record.error && !record.data && <ErrorNotice error={record.error} onRetry={() => void record.refetch()} />}
      {(item.kind === 'FOLLOW_UP' || record.data) && <SubmissionContent item={item} record={record.data?.contribution ?? null} />}
      <h2>{t('contribute.review.decision')}</h2>
      <DecisionForm
        submissionId={item.id}
        onDecided={(decision) =>
          void navigate(paths.review, { state: { decided: t(`contribute.review.decided.${decision}`, { title: item.titleUk }) } })
        }
      />
    </section>
  );
}
