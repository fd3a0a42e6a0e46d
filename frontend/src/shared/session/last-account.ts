import type { MeQuery } from '@/gql/graphql';

type Account = NonNullable<MeQuery['me']>;

/**
 * The account last signed in on this device, so that with no connection the app still knows whose drafts and
 * queue it holds and can let the person write (what they write is sent once the server knows them again).
 * Forgotten when the server says nobody is signed in (signing out).
 */
const STORAGE_KEY = 'poruch.account';

export function rememberAccount(account: Account | null): void {
  try {
    if (account) globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(account));
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Not remembering only means the app cannot tell who writes while offline.
  }
}

export function lastAccount(): Account | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Account) : null;
  } catch {
    return null;
  }
}
