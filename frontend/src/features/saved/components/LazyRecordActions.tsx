import { lazy, Suspense, type ComponentProps } from 'react';
import { useMe } from '@/shared/session/useMe';

// What a reader can do depends on who they are, which only the browser learns: the code comes after the page.
const RecordActions = lazy(async () => ({ default: (await import('./RecordActions')).RecordActions }));

/** The reader's actions on a practice or a case study, loaded once it is known who is reading. */
export function LazyRecordActions(props: ComponentProps<typeof RecordActions>) {
  const { loading } = useMe();
  if (loading) return null;
  return (
    <Suspense fallback={null}>
      <RecordActions {...props} />
    </Suspense>
  );
}
