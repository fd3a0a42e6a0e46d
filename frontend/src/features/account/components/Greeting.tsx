import { useTranslation } from '@/i18n/react';
import { useLocation } from '@/shared/router';
import type { GreetingState } from './safe-next';

/** «Вітаємо, Марія!» on the page a person lands on right after signing in or registering. */
export function Greeting() {
  const { t } = useTranslation();
  const name = (useLocation().state as GreetingState | null)?.greeting;
  if (!name) return null;
  return (
    <p role="status" className="notice notice--info greeting">
      {t('account.greeting', { name })}
    </p>
  );
}
