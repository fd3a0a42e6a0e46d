import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { toApiProblem } from '@/shared/errors/api-error';
import { ME_QUERY } from './me.query';
import { lastAccount, rememberAccount } from './last-account';

/**
 * The signed-in account from the cache (fetched once), or null. Never asked on the server: the HTML of a
 * page is the same for everyone, and who is reading is learnt in the browser. With no connection it is the
 * account last signed in on this device (`offline: true`).
 */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(ME_QUERY, { ssr: false });
  useEffect(() => {
    if (data) rememberAccount(data.me ?? null);
  }, [data]);
  const offline = !data && !!error && toApiProblem(error).code === 'NETWORK';
  const me = data ? (data.me ?? null) : offline ? lastAccount() : null;
  return { me, loading, error: offline ? undefined : error, offline, refetch };
}
