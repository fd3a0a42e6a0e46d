import { useTranslation } from '../../../i18n/react';
import { usePageTitle } from '../../../shared/ui/usePageTitle';

/** /outbox — what this device has written and is sending, has sent, or could not send. */
export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('outbox.title'));
  return (
    <section className="narrow">
      <h1>{t('outbox.title')}</h1>
    </section>
  );
}
