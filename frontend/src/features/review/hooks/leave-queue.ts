import type { ApolloCache } from '@apollo/client';

/** A decided submission leaves every cached queue (whatever its filters); open queues ask the API again. */
export function leaveQueue(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'reviewQueue' });
  cache.gc();
}
