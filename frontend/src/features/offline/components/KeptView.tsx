import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import { browserKeeping, canKeep, freeSpace } from '../model/browser-keeping';
import { KEPT_SPACE_CAP_BYTES, refreshKept, removeKept, type KeepProblem, type KeepResult } from '../model/keeping';
import { buildIndex, searchKept } from '../model/kept-search';
import { KEPT_ON_ITS_OWN, type KeptItem } from '../model/kept-store';
import { useKeptItems } from '../model/useKept';
import { formatKeptDay, formatSize } from './format';
import { KeptResults } from './KeptResults';
import './offline.css';

/** The body of /offline (KeptPage): what this device keeps, with room left, search, refresh and removal. */
export function KeptView() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const items = useKeptItems();
  const [query, setQuery] = useState('');
  const [device, setDevice] = useState<{ usage: number; quota: number }>();
  const searchId = useId();
  useEffect(() => void freeSpace().then(setDevice), [items]);

  const byHref = useMemo(() => new Map((items ?? []).map((item) => [item.href, item])), [items]);
  const index = useMemo(() => buildIndex(items ?? []), [items]);
  const hits = useMemo(() => searchKept(index, query), [index, query]);
  // Records kept only through a collection are listed under it.
  const top = (items ?? []).filter((item) => item.keptBy.includes(KEPT_ON_ITS_OWN)).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const total = (items ?? []).reduce((sum, item) => sum + item.bytes, 0);

  return (
    <>
      {!canKeep() ? (
        <p className="notice">{t('offline.unavailable')}</p>
      ) : items === null ? null : items.length === 0 ? (
        <p className="notice">{t('offline.empty')}</p>
      ) : (
        <>
          <p className="card__meta">
            {t('offline.total', { size: formatSize(total, language), cap: formatSize(KEPT_SPACE_CAP_BYTES, language) })}
            {device && ` ${t('offline.device', { usage: formatSize(device.usage, language), quota: formatSize(device.quota, language) })}`}
          </p>
          <form role="search" className="kept-search" onSubmit={(event) => event.preventDefault()}>
            <label htmlFor={searchId}>{t('offline.search.label')}</label>
            <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
          </form>
          {query.trim() ? (
            <div aria-live="polite">
              <p>{hits.length > 0 ? t('offline.search.results', { count: hits.length }) : t('offline.search.none')}</p>
              <KeptResults hits={hits} />
            </div>
          ) : (
            <ul className="kept-list">
              {top.map((item) => (
                <li key={item.href}>
                  <KeptEntry item={item} byHref={byHref} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function KeptEntry({ item, byHref }: { item: KeptItem; byHref: Map<string, KeptItem> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<KeepProblem | null>(null);
  const act = (work: () => Promise<KeepResult | void>) => {
    setBusy(true);
    setProblem(null);
    void work()
      // A page no longer published is marked on the entry itself; other problems are said here.
      .then((result) => setProblem(result && !result.ok && result.problem !== 'gone' ? result.problem : null))
      .catch(() => setProblem('network'))
      .finally(() => setBusy(false));
  };
  const deps = browserKeeping();
  return (
    <article className="kept-entry" aria-busy={busy}>
      <p className="record__kind">{t(`offline.kind.${item.kind}`)}</p>
      <h2 className="card__title" lang="uk">
        {item.pageKept ? <Link to={item.href}>{item.title}</Link> : item.title}
      </h2>
      <p className="card__meta">
        {t('offline.savedOn', { date: formatKeptDay(item.savedAt, language) })} · {formatSize(item.bytes, language)}
        {item.items && ` · ${t('offline.records', { count: item.items.length })}`}
      </p>
      {item.status === 'gone' && <p className="keep__gone">{t('offline.gone', { date: formatKeptDay(item.goneSince!, language) })}</p>}
      {!item.pageKept && <p className="card__meta">{t('offline.dataOnly')}</p>}
      {item.items && (
        <ol className="kept-records">
          {item.items.map((record) => {
            const kept = byHref.get(record.href);
            return (
              <li key={record.href}>
                {kept ? <Link to={record.href}>{kept.title || record.title}</Link> : `${record.title} (${t('offline.notKept')})`}
                {kept?.status === 'gone' && (
                  <span className="keep__gone"> {t('offline.gone', { date: formatKeptDay(kept.goneSince!, language) })}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className="record__actions">
        <button type="button" disabled={busy} onClick={() => act(() => refreshKept(deps, item.href))}>
          {busy ? t('offline.refreshing') : t('offline.refresh')}
          <span className="visually-hidden"> {item.title}</span>
        </button>
        <button type="button" disabled={busy} onClick={() => act(() => removeKept(deps, item.href))}>
          {t('offline.remove')}
          <span className="visually-hidden"> {item.title}</span>
        </button>
      </div>
      {problem && (
        <p role="status" className="keep__message">
          {t(`offline.problem.${problem}`, { cap: formatSize(KEPT_SPACE_CAP_BYTES, language) })}
        </p>
      )}
    </article>
  );
}
