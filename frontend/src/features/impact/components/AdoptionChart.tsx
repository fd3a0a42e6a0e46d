import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';

// Only what a bar chart needs, so the lazy chunk stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface AdoptionMonthPoint {
  month: string;
  count: number;
}

/**
 * Adoptions per month as bars. Loaded lazily (chart.js is large): import it through
 * LazyAdoptionChart. The same numbers are in a table for screen readers and print.
 */
export default function AdoptionChart({ months, label }: { months: AdoptionMonthPoint[]; label: string }) {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'uk-UA', { month: 'short', year: 'numeric' });
  const labels = months.map((m) => format.format(new Date(`${m.month}-01T00:00:00Z`)));
  return (
    <div className="chart">
      {/* react-chartjs-2 gives the canvas role="img"; its name is the chart's label. */}
      <Bar
        aria-label={label}
        data={{ labels, datasets: [{ label, data: months.map((m) => m.count), backgroundColor: '#0b5cad' }] }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        }}
      />
    </div>
  );
}
