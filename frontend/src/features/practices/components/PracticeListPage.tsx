import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/react';
import { PRACTICE_LIST_QUERY } from '../graphql/practice-list.query';
import { PracticeCard } from './PracticeCard/PracticeCard';

const PAGE_SIZE = 20;
const SKELETON_CARDS = 3;

/** The first published practices, with loading, error and empty states. */
export function PracticeListPage() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(PRACTICE_LIST_QUERY, { variables: { first: PAGE_SIZE } });
  // A failed refetch shows up as `error` on the next render; the rejected promise carries nothing more.
  const retry = () => void refetch().catch(() => undefined);

  let body;
  if (loading) {
    body = (
      <div role="status" className="practice-list__loading">
        <span className="visually-hidden">{t('practices.loading')}</span>
        <ul className="practice-list" aria-hidden="true">
          {Array.from({ length: SKELETON_CARDS }, (_, i) => (
            <li key={i} className="practice-card practice-card--skeleton" />
          ))}
        </ul>
      </div>
    );
  } else if (error || !data) {
    body = (
      <div role="alert" className="notice notice--error">
        <p>{t('practices.error')}</p>
        <button type="button" onClick={retry}>
          {t('practices.retry')}
        </button>
      </div>
    );
  } else {
    const { totalCount, edges } = data.practices;
    body = (
      <>
        <p className="practice-list__count">{t('practices.count', { count: totalCount })}</p>
        {edges.length === 0 ? (
          <p className="notice">{t('practices.empty')}</p>
        ) : (
          <ul className="practice-list">
            {edges.map(({ node }) => (
              <li key={node.id}>
                <PracticeCard practice={node} />
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby={headingId} aria-busy={loading}>
      <h1 id={headingId}>{t('practices.title')}</h1>
      {body}
    </section>
  );
}
