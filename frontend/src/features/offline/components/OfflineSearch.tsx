import { useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import { buildIndex, searchKept } from '../model/kept-search';
import { useKeptItems } from '../model/useKept';
import { KeptResults } from './KeptResults';
import './offline.css';

/**
 * The search page's answer when the API cannot be reached: the same query over what is kept on this device,
 * saying so plainly. Loaded only then (keep-loader.ts, with the offline words).
 */
export function OfflineSearch({ query }: { query: string }) {
  const { t } = useTranslation();
  const items = useKeptItems();
  const index = useMemo(() => buildIndex(items ?? []), [items]);
  const hits = useMemo(() => searchKept(index, query), [index, query]);
  if (items === null) return null;
  return (
    <div className="offline-search">
      <p className="notice" role="status">
        {t('offline.search.fromDevice')}
      </p>
      {index.length === 0 ? (
        <p>{t('offline.search.nothingKept')}</p>
      ) : !query.trim() ? null : hits.length === 0 ? (
        <p>{t('offline.search.none')}</p>
      ) : (
        <>
          <p>{t('offline.search.results', { count: hits.length })}</p>
          <KeptResults hits={hits} />
        </>
      )}
    </div>
  );
}
