import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import type { KeptHit } from '../model/kept-search';
import { formatKeptDay } from './format';

/** Kept records that match a search: kind, linked title (it opens offline), summary, and when it was kept. */
export function KeptResults({ hits }: { hits: KeptHit[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <ol className="hits kept-hits">
      {hits.map(({ item }) => (
        <li key={item.href}>
          <article className="hit" lang="uk">
            <p className="hit__type" lang={language}>
              {t(`offline.kind.${item.kind}`)}
            </p>
            <h2 className="hit__title">
              <Link to={item.href}>{item.title}</Link>
            </h2>
            <p>{item.summary}</p>
            <p className="card__meta" lang={language}>
              {item.status === 'gone'
                ? t('offline.gone', { date: formatKeptDay(item.goneSince ?? item.checkedAt, language) })
                : t('offline.savedOn', { date: formatKeptDay(item.savedAt, language) })}
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
