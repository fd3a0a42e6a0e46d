import { useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import { browserKeeping, canKeep, freeSpace } from '../model/browser-keeping';
import {
  KEPT_SPACE_CAP_BYTES,
  keepCollection,
  keepRecord,
  planCollection,
  refreshKept,
  removeKept,
  type CollectionToKeep,
  type KeepPlan,
  type KeepProblem,
} from '../model/keeping';
import { KEPT_ON_ITS_OWN } from '../model/kept-store';
import { useKeptItems } from '../model/useKept';
import { formatKeptDay, formatSize } from './format';
import './offline.css';
import { paths } from '@/shared/router/paths';

export type KeepTarget = { record: string } | { collection: CollectionToKeep };

type Message = { key: 'problem'; problem: KeepProblem } | { key: 'partial'; count: number } | { key: 'overCap' | 'noSpace'; bytes: number };

/**
 * «Зберегти офлайн» on a practice, a case study or a collection; once kept, when it was kept with «Оновити»
 * and «Прибрати». A large collection is estimated and confirmed first, and refused when it would not fit.
 */
export function KeepButton({ target }: { target: KeepTarget }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const items = useKeptItems();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [plan, setPlan] = useState<KeepPlan | null>(null);
  if (!canKeep() || items === null) return null;

  const href = 'record' in target ? target.record : target.collection.href;
  const item = items.find((i) => i.href === href);
  const deps = browserKeeping();
  const cap = formatSize(KEPT_SPACE_CAP_BYTES, language);

  const run = async (label: string, work: () => Promise<{ ok: boolean; problem?: KeepProblem; failed?: string[] }>) => {
    setBusy(label);
    setMessage(null);
    try {
      const result = await work();
      if (!result.ok) setMessage({ key: 'problem', problem: result.problem ?? 'network' });
      else if (result.failed?.length) setMessage({ key: 'partial', count: result.failed.length });
    } catch {
      setMessage({ key: 'problem', problem: 'network' });
    } finally {
      setBusy(null);
    }
  };
  const progress = (done: number, total: number) =>
    setBusy(t('offline.keepingProgress', { done: done + 1 > total ? total : done + 1, total }));

  const keep = () => {
    setPlan(null);
    void run(t('offline.keeping'), () =>
      'record' in target ? keepRecord(deps, target.record) : keepCollection(deps, target.collection, progress),
    );
  };
  const start = async () => {
    if ('record' in target) return keep();
    const space = await freeSpace();
    const next = await planCollection(deps, target.collection, space ? space.quota - space.usage : undefined);
    if (!next.fits) {
      const overCap = next.keptBytes + next.estimateBytes > KEPT_SPACE_CAP_BYTES;
      setMessage({ key: overCap ? 'overCap' : 'noSpace', bytes: overCap ? next.keptBytes + next.estimateBytes : next.estimateBytes });
    } else if (next.confirm) setPlan(next);
    else keep();
  };

  const words = (m: Message) =>
    m.key === 'problem'
      ? t(`offline.problem.${m.problem}`, { cap })
      : m.key === 'partial'
        ? t('offline.partial', { count: m.count })
        : t(`offline.${m.key}`, { size: formatSize(m.bytes, language), cap });

  return (
    <div className="keep">
      {busy ? (
        <button type="button" disabled>
          {busy}
        </button>
      ) : item ? (
        <>
          <p className="keep__state">
            {t(item.keptBy.includes(KEPT_ON_ITS_OWN) ? 'offline.kept' : 'offline.keptWithCollection', {
              date: formatKeptDay(item.savedAt, language),
            })}
          </p>
          <button type="button" onClick={() => void run(t('offline.refreshing'), () => refreshKept(deps, href))}>
            {t('offline.refresh')}
          </button>
          {item.keptBy.includes(KEPT_ON_ITS_OWN) && (
            <button type="button" onClick={() => void run(t('offline.remove'), async () => (await removeKept(deps, href), { ok: true }))}>
              {t('offline.remove')}
            </button>
          )}
          <Link to={paths.offline}>{t('offline.openList')}</Link>
        </>
      ) : (
        !plan && (
          <button type="button" onClick={() => void start()}>
            {t('offline.keep')}
          </button>
        )
      )}
      {plan && (
        <div className="keep__confirm notice" role="group" aria-label={t('offline.keep')}>
          <p>{t('offline.confirm', { count: plan.records, size: formatSize(plan.estimateBytes, language) })}</p>
          <button type="button" className="button--primary" onClick={keep}>
            {t('offline.confirmYes')}
          </button>{' '}
          <button type="button" onClick={() => setPlan(null)}>
            {t('offline.cancel')}
          </button>
        </div>
      )}
      {item?.status === 'gone' && <p className="keep__gone">{t('offline.gone', { date: formatKeptDay(item.goneSince!, language) })}</p>}
      <p role="status" className={message ? 'keep__message' : 'visually-hidden'}>
        {message && words(message)}
      </p>
    </div>
  );
}
