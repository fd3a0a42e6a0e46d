import { useTranslation } from '@/i18n/react';
import { continuousMonths, isLabelled, LABEL_TIERS, valueTicks, type AdoptionMonthPoint, type LabelTier } from './adoption-scale';

export type { AdoptionMonthPoint } from './adoption-scale';

const TIERS = Object.keys(LABEL_TIERS) as LabelTier[];

/** A month's first day at midnight UTC: formatted in UTC it is that month for every reader. */
function firstDay(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}

const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A share of the value axis as a CSS percentage, rounded so the markup stays short. */
function percent(value: number, top: number): string {
  return `${Math.round((value / top) * 10_000) / 100}%`;
}

/**
 * Adoptions per month as bars, in plain HTML and CSS: it needs no script to appear and renders the
 * same on the server and in the browser (all of it follows from the props and the language). Screen
 * readers get a one-sentence summary and a table of every month; print shows that table instead.
 */
export function AdoptionChart({ months, label }: { months: readonly AdoptionMonthPoint[]; label: string }) {
  const { t, i18n } = useTranslation();
  const points = continuousMonths(months);
  if (points.length === 0) return <p className="notice">{t('impact.noAdoptions')}</p>;

  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'uk-UA';
  // In UTC, because a month is a calendar label, not an instant: formatted in the reader's zone,
  // 1 January 00:00 UTC is still December west of Greenwich, and would differ from the server's.
  const short = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const longFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  // Node and the browser ship different ICU data: one writes «2025 р.» with a no-break space, the other
  // with a plain one. Plain spaces everywhere, so the server's HTML and the browser's render agree.
  const long = {
    format: (date: Date) => plainSpaces(longFormat.format(date)),
    formatRange: (from: Date, to: Date) => plainSpaces(longFormat.formatRange(from, to)),
  };

  const total = points.reduce((sum, p) => sum + p.count, 0);
  const peak = points.reduce((best, p) => (p.count > best.count ? p : best));
  const ticks = valueTicks(peak.count);
  const top = ticks[ticks.length - 1]!;
  const summary = t('impact.chartSummary', {
    label,
    range: long.formatRange(firstDay(points[0]!.month), firstDay(points[points.length - 1]!.month)),
    count: total,
    peak: peak.count,
    peakMonth: long.format(firstDay(peak.month)),
  });

  return (
    <figure className="adoption-chart">
      {/* role="img" makes everything inside presentational: the summary speaks for it. */}
      <div className="chart" role="img" aria-label={summary}>
        <div className="chart__axis">
          {ticks.map((tick) => (
            <span key={tick}>{tick}</span>
          ))}
        </div>
        <div className="chart__plot">
          {ticks.slice(1).map((tick) => (
            <span key={tick} className="chart__gridline" style={{ bottom: percent(tick, top) }} />
          ))}
          {points.map((p) => (
            <span key={p.month} className="chart__slot" title={`${long.format(firstDay(p.month))}: ${p.count}`}>
              <span className="chart__bar" style={{ height: percent(p.count, top) }} />
            </span>
          ))}
        </div>
        <div className="chart__months">
          {points.map((p, index) => {
            const parts = short.formatToParts(firstDay(p.month));
            const tiers = TIERS.filter((tier) => isLabelled(index, points.length, LABEL_TIERS[tier]));
            return (
              <span key={p.month} className={['chart__month', ...tiers.map((tier) => `chart__month--${tier}`)].join(' ')}>
                <span>{parts.find((part) => part.type === 'month')?.value}</span>
                <span>
                  {parts
                    .filter((part) => part.type !== 'month')
                    .map((part) => plainSpaces(part.value))
                    .join('')
                    .trim()}
                </span>
              </span>
            );
          })}
        </div>
      </div>
      <table className="visually-hidden adoption-chart__table">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('impact.month')}</th>
            <th scope="col">{t('impact.adoptions')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">
                <time dateTime={p.month}>{long.format(firstDay(p.month))}</time>
              </th>
              <td>{p.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
