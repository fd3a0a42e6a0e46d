import { lazy, Suspense } from 'react';
import { loadFeatureCatalogue } from '@/i18n/i18n';
import { useMe } from '@/shared/session/useMe';

// Only signed-in readers have a bell, and only once the browser knows them: its code is not in the first download.
const NotificationBell = lazy(async () => {
  const [module] = await Promise.all([import('./NotificationBell'), loadFeatureCatalogue('notifications')]);
  return { default: module.NotificationBell };
});

/** The header's bell, loaded when a signed-in reader is known. */
export function LazyNotificationBell() {
  const { me } = useMe();
  if (!me) return null;
  return (
    <Suspense fallback={null}>
      <NotificationBell />
    </Suspense>
  );
}
