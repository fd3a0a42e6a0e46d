import { useTranslation } from '../../../i18n/react';
import { usePageTitle } from '../../../shared/ui/usePageTitle';

/** /offline — what this device keeps for reading without a connection. */
export function KeptPage() {
  const { t } = useTranslation();
  usePageTitle(t('offline.title'));
  return (
    <section className="narrow">
      <h1>{t('offline.title')}</h1>
    </section>
  );
}
