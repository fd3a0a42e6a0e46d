import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { graphql } from '@/gql';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { AdoptionChart } from '@/shared/impact/AdoptionChart';

// The API keeps timelines per practice; the home page adds up those of the published practices.
// A catalogue-wide timeline field would replace this once the catalogue outgrows one page of 100.
const HOME_IMPACT_QUERY = graphql(`
  query HomeImpact {
    practices(first: 100) {
      totalCount
      edges {
        node {
          id
          adoptionTimeline {
            month
            count
          }
        }
      }
    }
  }
`);

/** Adds monthly counts of several timelines into one, months in order. */
export function sumTimelines(timelines: { month: string; count: number }[][]): { month: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const timeline of timelines) for (const { month, count } of timeline) totals.set(month, (totals.get(month) ?? 0) + count);
  return [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count }));
}

/** Adoptions across the catalogue per month. Default export: the home page loads it lazily. */
export default function HomeImpact() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(HOME_IMPACT_QUERY);
  if (loading && !data) return <Loading lines={2} />;
  if (error || !data) return <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const months = sumTimelines(data.practices.edges.map(({ node }) => node.adoptionTimeline));
  const total = months.reduce((sum, m) => sum + m.count, 0);
  return (
    <>
      <p>{t('home.impactSummary', { count: total })}</p>
      <AdoptionChart months={months} label={t('impact.chartLabel')} />
    </>
  );
}
