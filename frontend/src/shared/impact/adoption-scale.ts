/** Adoptions in one calendar month; `month` is `YYYY-MM`, as the API's AdoptionMonth gives it. */
export interface AdoptionMonthPoint {
  month: string;
  count: number;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** Months counted from year 0, so that consecutive months are consecutive numbers. */
function monthIndex(month: string): number | undefined {
  const match = MONTH.exec(month);
  if (!match) return undefined;
  const m = Number(match[2]);
  return m >= 1 && m <= 12 ? Number(match[1]) * 12 + m - 1 : undefined;
}

function monthOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Every month from the first to the last given, oldest first, a missing month as 0. One practice's
 * timeline has no gaps, but a sum of several (the home page) can, and a bar chart that skips months
 * misdraws time. Malformed months are dropped rather than guessed at.
 */
export function continuousMonths(points: readonly AdoptionMonthPoint[]): AdoptionMonthPoint[] {
  const counts = new Map<number, number>();
  for (const { month, count } of points) {
    const index = monthIndex(month);
    if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + count);
  }
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => ({ month: monthOf(first + i), count: counts.get(first + i) ?? 0 }));
}

/** At most this many steps between 0 and the top of the value axis: enough to read, few enough for 14 rem. */
const MAX_INTERVALS = 4;

/**
 * The value axis: whole numbers from 0 in steps of 1, 2 or 5 × 10ⁿ (counts have no fractions), the
 * last tick at or just above `max`, which is the top of the chart.
 */
export function valueTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const multiple of [1, 2, 5]) {
      const step = multiple * magnitude;
      const intervals = Math.ceil(max / step);
      if (intervals <= MAX_INTERVALS) return Array.from({ length: intervals + 1 }, (_, i) => i * step);
    }
  }
}

/**
 * How many month labels fit under the bars, by the chart's own width (CSS container queries in
 * app.css pick the tier). A label is two short lines, "лист." over "2025 р.", about 2.6 rem wide at
 * 0.75 rem type, centred under its bar; the latest month's label keeps to the right edge when it is
 * wider than its bar, so it never sticks out of the page. At 360 px the chart is about 20 rem wide: four labels
 * keep apart there whatever the number of months (thirteen months: every fourth one named); from
 * 30 rem six fit, and from 48 rem thirteen, so a year and a month is fully labelled at 1280 px.
 * Rotated labels were the alternative, but they take the height the bars need and read worse.
 */
export const LABEL_TIERS = { narrow: 4, medium: 6, wide: 13 } as const;
export type LabelTier = keyof typeof LABEL_TIERS;

/**
 * Whether the month at `index` of `length` gets a label when at most `maxLabels` fit: every n-th
 * month counted back from the latest, so the most recent month is always named.
 */
export function isLabelled(index: number, length: number, maxLabels: number): boolean {
  const step = Math.ceil(length / maxLabels);
  return (length - 1 - index) % step === 0;
}
