import { useQuery } from '@apollo/client/react';
import { ME_QUERY } from '../graphql/me.query';

/** The signed-in account from the cache (fetched once), or null. */
export function useMe() {
  const { data, loading } = useQuery(ME_QUERY);
  return { me: data?.me ?? null, loading };
}
