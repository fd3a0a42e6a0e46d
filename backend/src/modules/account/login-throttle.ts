import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../graphql/errors.js';
import { LOGIN_THROTTLE } from './account.limits.js';

const keysFor = (email: string, ip: string) => [`account:${email}`, `ip:${ip}`];

/** Refuses a sign-in while the account or the address is paused, saying when to try again. */
export async function assertNotThrottled(em: EntityManager, email: string, ip: string, now = new Date()): Promise<void> {
  const rows: { locked_until: Date }[] = await em
    .getConnection()
    .execute(`select locked_until from login_throttle where key in (?) and locked_until > ?`, [keysFor(email, ip), now]);
  if (!rows.length) return;
  const until = Math.max(...rows.map((r) => new Date(r.locked_until).getTime()));
  const retryAfterSeconds = Math.ceil((until - now.getTime()) / 1000);
  throw new DomainError('RATE_LIMITED', `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} min`, undefined, {
    retryAfterSeconds,
  });
}

/**
 * Counts one failure against the account and the address in one statement per key, so concurrent
 * attempts cannot slip past the limit; a key that reaches its limit is paused.
 */
export async function recordFailure(em: EntityManager, email: string, ip: string, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
  const lockedUntil = new Date(now.getTime() + LOGIN_THROTTLE.lockMs);
  const [account, address] = keysFor(email, ip) as [string, string];
  for (const [key, limit] of [
    [account, LOGIN_THROTTLE.perAccount],
    [address, LOGIN_THROTTLE.perIp],
  ] as const) {
    await em.getConnection().execute(
      `insert into login_throttle as t (key, failures, window_start, locked_until) values (?, 1, ?, null)
       on conflict (key) do update set
         failures = case when t.window_start < ? then 1 else t.failures + 1 end,
         window_start = case when t.window_start < ? then excluded.window_start else t.window_start end,
         locked_until = case when (case when t.window_start < ? then 1 else t.failures + 1 end) >= ? then ?::timestamptz
                             else t.locked_until end`,
      [key, now, windowStart, windowStart, windowStart, limit, lockedUntil],
    );
  }
}

/** A successful sign-in clears the account's count (not the address's: one success must not reset a spray). */
export async function clearAccount(em: EntityManager, email: string): Promise<void> {
  await em.getConnection().execute(`delete from login_throttle where key = ?`, [`account:${email}`]);
}
