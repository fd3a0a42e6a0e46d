import { useQuery } from '@apollo/client/react';
import { ME_QUERY } from '../graphql/me.query';

/**
 * The signed-in account from the cache (fetched once), or null. Never asked on the server: the HTML of a
 * page is the same for everyone, and who is reading is learnt in the browser.
 */
export function useMe() {
  const { data, loading } = useQuery(ME_QUERY, { ssr: false });
  return { me: data?.me ?? null, loading };
}
