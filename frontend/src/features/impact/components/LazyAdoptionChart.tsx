import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdoptionMonthPoint } from './AdoptionChart';

const AdoptionChart = lazy(() => import('./AdoptionChart'));

/**
 * The adoption chart, fetched only when a page shows it, with the figures as a table beside it
 * (screen readers, print and a failed chart download all still get the numbers).
 */
export function LazyAdoptionChart({ months, label }: { months: AdoptionMonthPoint[]; label: string }) {
  const { t } = useTranslation();
  if (months.length === 0) return <p className="notice">{t('impact.noAdoptions')}</p>;
  return (
    <figure className="adoption-chart">
      <Suspense fallback={<div className="chart chart--loading" aria-hidden="true" />}>
        <AdoptionChart months={months} label={label} />
      </Suspense>
      <figcaption>
        <details>
          <summary>{t('impact.showTable')}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('impact.month')}</th>
                <th scope="col">{t('impact.adoptions')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <td>{m.month}</td>
                  <td>{m.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
