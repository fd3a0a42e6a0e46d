import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { Link, useLocation } from '@/shared/router';
import type { MyContributionsQuery } from '@/gql/graphql';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { MY_CONTRIBUTIONS_QUERY } from '../graphql/contribution.query';
import { RequireSignIn } from '@/shared/session/RequireSignIn';
import { formatDate, formatDateTime } from '@/shared/format/dates';
import '../contribute.css';
import { paths } from '@/shared/router/paths';

type Contribution = MyContributionsQuery['myContributions'][number];

const editPath = (c: Contribution) => (c.type === 'PRACTICE' ? paths.practiceEditor : paths.caseStudyEditor)(c.id);
const publicPath = (c: Contribution) => `/${c.type === 'PRACTICE' ? 'practices' : 'case-studies'}/${c.slug}`;

/** Records still open for their authors: drafts, sent-back ones, and published ones with unsent changes. */
function canSubmit(c: Contribution) {
  if (c.status === 'DRAFT' || c.status === 'CHANGES_REQUESTED') return true;
  return c.status === 'PUBLISHED' && !!c.pendingChanges && c.pendingChanges.status !== 'submitted';
}

/** /contribute and /contribute/mine: what the user wrote, where each record stands, and what moderators said. */
export function MyContributionsPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn title={t('contribute.mine.title')} reason="contribute.signInReason.mine">
      {() => <MyContributions />}
    </RequireSignIn>
  );
}

function MyContributions() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const submitted = (location.state as { submitted?: string } | null)?.submitted;
  const { data, loading, error, refetch } = useQuery(MY_CONTRIBUTIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const date = (iso: string) => formatDate(iso, i18n.language);
  // Two records can share a title (a draft and the copy that went to review): the time of the last change tells them apart.
  const dateTime = (iso: string) => formatDateTime(iso, i18n.language);

  return (
    <section>
      <h1>{t('contribute.mine.title')}</h1>
      {submitted && (
        <div role="status" className="notice notice--success">
          <p>{t('contribute.mine.submitted', { title: submitted })}</p>
        </div>
      )}
      <p className="actions">
        <Link className="button-link" to={paths.practiceEditor('new')}>
          {t('contribute.mine.newPractice')}
        </Link>
        <Link className="button-link" to={paths.caseStudyEditor('new')}>
          {t('contribute.mine.newCaseStudy')}
        </Link>
        <Link to={paths.members}>{t('contribute.members.link')}</Link>
      </p>
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading lines={4} />}
      {data && data.myContributions.length === 0 && <p>{t('contribute.mine.empty')}</p>}
      {data && data.myContributions.length > 0 && (
        <ul className="contribution-list">
          {data.myContributions.map((c) => (
            <li key={`${c.type}-${c.id}`} className="contribution">
              <h2 className="contribution__title">
                <Link to={editPath(c)}>{c.titleUk}</Link>
              </h2>
              <dl className="contribution__facts">
                <div>
                  <dt>{t('contribute.mine.type')}</dt>
                  <dd>{t(`contribute.recordType.${c.type}`)}</dd>
                </div>
                <div>
                  <dt>{t('contribute.mine.status')}</dt>
                  <dd>
                    <span className={`status status--${c.status.toLowerCase()}`}>{t(`contribute.status.${c.status}`)}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t('contribute.mine.updated')}</dt>
                  <dd>
                    <time dateTime={c.updatedAt}>{dateTime(c.updatedAt)}</time>
                  </dd>
                </div>
                {c.pendingChanges && (
                  <div>
                    <dt>{t('contribute.mine.pending')}</dt>
                    <dd>
                      {t(`contribute.pendingStatus.${c.pendingChanges.status as 'draft'}`, { defaultValue: c.pendingChanges.status })}
                      {c.pendingChanges.changedFields.length > 0 &&
                        ` · ${t('contribute.mine.changedFields', { count: c.pendingChanges.changedFields.length })}`}
                    </dd>
                  </div>
                )}
              </dl>
              {c.reviewThread.length > 0 && (
                <details className="contribution__thread">
                  <summary>{t('contribute.mine.thread', { count: c.reviewThread.length })}</summary>
                  <ol>
                    {c.reviewThread.map((s) => (
                      <li key={s.id}>
                        <p>
                          {t('contribute.mine.sentOn', { date: date(s.submittedAt) })} · {t(`contribute.outcome.${s.outcome}`)}
                          {s.decidedBy && ` · ${s.decidedBy.displayName}`}
                        </p>
                        {s.note && <p className="thread__note">{t('contribute.mine.yourNote', { note: s.note })}</p>}
                        {s.comment && (
                          <>
                            <p className="thread__comment-label">{t('contribute.mine.moderatorComment')}</p>
                            <blockquote className="thread__comment">{s.comment}</blockquote>
                          </>
                        )}
                      </li>
                    ))}
                  </ol>
                </details>
              )}
              <p className="contribution__actions">
                {c.status !== 'ARCHIVED' && c.status !== 'REJECTED' && (
                  <Link to={editPath(c)}>
                    {canSubmit(c) ? t('contribute.mine.editAndSubmit') : t('contribute.mine.open')}
                    <span className="visually-hidden">: {c.titleUk}</span>
                  </Link>
                )}
                {c.publishedAt && c.status === 'PUBLISHED' && (
                  <Link to={publicPath(c)}>
                    {t('contribute.mine.viewPublic')}
                    <span className="visually-hidden">: {c.titleUk}</span>
                  </Link>
                )}
                {c.status === 'PUBLISHED' && c.type === 'CASE_STUDY' && (
                  <Link to={paths.followUp(c.slug)}>
                    {t('contribute.followUp.add')}
                    <span className="visually-hidden">: {c.titleUk}</span>
                  </Link>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
