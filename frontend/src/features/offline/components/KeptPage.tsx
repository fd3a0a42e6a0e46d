import { lazy, Suspense } from 'react';
import { useTranslation } from '@/i18n/react';
import { usePageTitle } from '@/shared/ui/usePageTitle';

// The list, its search and the keeping code load after the heading: this module names no chunk of its own, so
// the route table in the first download (app/routes.tsx) lists one file for this page.
const KeptView = lazy(() => import('./KeptView').then((m) => ({ default: m.KeptView })));

/** /offline — what this device keeps for reading without a connection. */
export function KeptPage() {
  const { t } = useTranslation();
  usePageTitle(t('offline.title'));
  return (
    <section className="kept-page">
      <h1>{t('offline.title')}</h1>
      <p>{t('offline.intro')}</p>
      <Suspense fallback={null}>
        <KeptView />
      </Suspense>
    </section>
  );
}
