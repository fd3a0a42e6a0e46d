import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { Link, useLocation, useSearchParams } from '@/shared/router';
import type { RecordType, SubmissionKind } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { SelectField } from '@/shared/forms/fields';
import { REVIEW_QUEUE_QUERY, REVIEW_THEMES_QUERY } from '../graphql/review-queue.query';
import { RequireModerator } from './RequireModerator';
import { paths } from '@/shared/router/paths';

const TYPES = ['PRACTICE', 'CASE_STUDY'] as const satisfies readonly RecordType[];
const KINDS = ['RECORD', 'REVISION', 'FOLLOW_UP'] as const satisfies readonly SubmissionKind[];
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value && (values as readonly string[]).includes(value) ? (value as T) : null;

/** /review: open submissions, oldest first, filtered by type, kind and theme (kept in the address). */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  return (
    <RequireModerator title={t('contribute.review.title')}>
      <ReviewQueue />
    </RequireModerator>
  );
}

function ReviewQueue() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const decided = (location.state as { decided?: string } | null)?.decided;
  const [params, setParams] = useSearchParams();
  const type = oneOf(TYPES, params.get('type'));
  const kind = oneOf(KINDS, params.get('kind'));
  const theme = params.get('theme') || null;
  const themes = useQuery(REVIEW_THEMES_QUERY);
  const { data, loading, error, refetch } = useQuery(REVIEW_QUEUE_QUERY, {
    variables: { type, kind, theme },
    fetchPolicy: 'cache-and-network',
  });
  const setFilter = (name: string) => (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    void setParams(next, { replace: true });
  };
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <section>
      <h1>{t('contribute.review.title')}</h1>
      {decided && (
        <div role="status" className="notice notice--success">
          <p>{decided}</p>
        </div>
      )}
      <form className="review-filters" aria-label={t('contribute.review.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('contribute.review.type')}
          emptyLabel={t('contribute.review.all')}
          value={type ?? ''}
          onChange={setFilter('type')}
          options={TYPES.map((v) => ({ value: v, label: t(`contribute.recordType.${v}`) }))}
        />
        <SelectField
          label={t('contribute.review.kind')}
          emptyLabel={t('contribute.review.all')}
          value={kind ?? ''}
          onChange={setFilter('kind')}
          options={KINDS.map((v) => ({ value: v, label: t(`contribute.review.kinds.${v}`) }))}
        />
        <SelectField
          label={t('contribute.review.theme')}
          emptyLabel={t('contribute.review.all')}
          value={theme ?? ''}
          onChange={setFilter('theme')}
          options={(themes.data?.themes ?? []).map((th) => ({
            value: th.slug,
            label: localized(i18n.language, th.nameUk, th.nameEn).text,
          }))}
        />
      </form>
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading lines={4} />}
      {data && (
        <>
          <p className="review-count" aria-live="polite">
            {t('contribute.review.count', { count: data.reviewQueue.length })}
          </p>
          {data.reviewQueue.length > 0 && (
            <ol className="review-list">
              {data.reviewQueue.map((s) => (
                <li key={s.id} className="review-item">
                  <h2 className="review-item__title">
                    <Link to={paths.submission(s.id)}>{s.titleUk}</Link>
                  </h2>
                  <p className="review-item__meta">
                    {t(`contribute.recordType.${s.recordType}`)} · {t(`contribute.review.kinds.${s.kind}`)} ·{' '}
                    <time dateTime={s.submittedAt}>{date(s.submittedAt)}</time>
                    {s.submittedBy && ` · ${s.submittedBy.displayName}`}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
