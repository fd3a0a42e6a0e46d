import { lazy, Suspense } from 'react';
import { loadFeatureCatalogue } from '@/i18n/i18n';
import { useMe } from '@/shared/session/useMe';

// The queue's code and words come after the first view, and only for a known account: that is whose items are sent.
const OutboxStatus = lazy(async () => {
  const [module] = await Promise.all([import('./OutboxStatus'), loadFeatureCatalogue('outbox')]);
  return { default: module.OutboxStatus };
});

/** The header's send-queue status (and the sender behind it), for the signed-in account. */
export function LazyOutboxStatus() {
  const { me } = useMe();
  if (!me) return null;
  return (
    <Suspense fallback={null}>
      <OutboxStatus userId={me.id} />
    </Suspense>
  );
}
