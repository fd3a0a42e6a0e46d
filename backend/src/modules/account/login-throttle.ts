import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../graphql/errors.js';
import { LOGIN_THROTTLE } from './account.limits.js';

/**
 * Sign-in limits, counted in PostgreSQL so every app process agrees (rules in account.limits.ts).
 *
 * The attempt is counted before the password is checked, in one upsert whose row lock orders concurrent
 * attempts: a burst of parallel guesses gets exactly `perPair` checks, never more. Slowing is a reservation
 * of the next allowed moment, also one statement, so parallel attempts cannot share a turn.
 */
const keys = (email: string, ip: string) => ({ pair: `pair:${email}|${ip}`, account: `account:${email}`, address: `ip:${ip}` });

function refuse(until: Date, now: Date, what = 'failed sign-ins'): never {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const when = retryAfterSeconds >= 60 ? `${Math.ceil(retryAfterSeconds / 60)} min` : `${retryAfterSeconds} s`;
  throw new DomainError('RATE_LIMITED', `Too many ${what}; try again in ${when}`, undefined, { retryAfterSeconds });
}

/** The wait between password checks for a key with `failures` failures, once it is slowed from `from`. */
export function delayMs(failures: number, from: number): number {
  return Math.min(LOGIN_THROTTLE.maxDelayMs, LOGIN_THROTTLE.baseDelayMs * 2 ** Math.max(0, failures - from));
}

type Row = { failures: number; window_start: Date; locked_until: Date | null; next_attempt_at: Date | null };

/** Counts one failure (or, for a pair, one attempt) in the key's window; answers the row after the change. */
async function count(em: EntityManager, key: string, now: Date, windowMs: number = LOGIN_THROTTLE.windowMs): Promise<Row> {
  const windowStart = new Date(now.getTime() - windowMs);
  const [row] = await em.getConnection().execute<Row[]>(
    `insert into login_throttle as t (key, failures, window_start) values (?, 1, ?)
     on conflict (key) do update set
       failures = case when t.window_start < ? then 1 else t.failures + 1 end,
       window_start = case when t.window_start < ? then excluded.window_start else t.window_start end,
       locked_until = case when t.window_start < ? then null else t.locked_until end
     returning failures, window_start, locked_until, next_attempt_at`,
    [key, now, windowStart, windowStart, windowStart],
  );
  return row!;
}

/** Takes the key's next turn when it is slowed; refuses when the turn is not yet due. */
async function takeTurn(em: EntityManager, key: string, from: number, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
  const connection = em.getConnection();
  const [row] = await connection.execute<Row[]>(
    `select failures, next_attempt_at from login_throttle where key = ? and window_start >= ?`,
    [key, windowStart],
  );
  if (!row || row.failures < from) return;
  const next = new Date(now.getTime() + delayMs(row.failures, from));
  const taken = await connection.execute<{ key: string }[]>(
    `update login_throttle set next_attempt_at = ? where key = ? and (next_attempt_at is null or next_attempt_at <= ?) returning key`,
    [next, key, now],
  );
  if (taken.length === 0) refuse(new Date(row.next_attempt_at ?? next), now);
}

/** How many other addresses have failed on this account within the window. */
async function failingAddresses(em: EntityManager, email: string, pair: string, now: Date): Promise<number> {
  const prefix = `pair:${email}|`;
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(
      `select count(*)::int as n from login_throttle where left(key, length(?)) = ? and key <> ? and window_start >= ? and failures > 0`,
      [prefix, prefix, pair, new Date(now.getTime() - LOGIN_THROTTLE.windowMs)],
    );
  return row!.n;
}

/**
 * Admits one password check for `email` from `ip`, counting it first; refuses with RATE_LIMITED (and when to
 * try again) when the pair is paused or the account or the address must wait its turn.
 */
export async function admitAttempt(em: EntityManager, email: string, ip: string, now = new Date()): Promise<void> {
  const key = keys(email, ip);
  const pair = await count(em, key.pair, now);
  if (pair.locked_until && new Date(pair.locked_until) > now) refuse(new Date(pair.locked_until), now);
  if (pair.failures > LOGIN_THROTTLE.perPair) {
    const until = new Date(now.getTime() + LOGIN_THROTTLE.pairLockMs);
    await em.getConnection().execute(`update login_throttle set locked_until = ? where key = ?`, [until, key.pair]);
    refuse(until, now);
  }
  const freshAddress = pair.failures === 1;
  if (!freshAddress || (await failingAddresses(em, email, key.pair, now)) >= LOGIN_THROTTLE.spreadFrom)
    await takeTurn(em, key.account, LOGIN_THROTTLE.accountSlowFrom, now);
  await takeTurn(em, key.address, LOGIN_THROTTLE.addressSlowFrom, now);
}

const HOUR_MS = 60 * 60_000;

/** Counts one use of `key` in its window; refuses with RATE_LIMITED past `limit` (the wait until the window ends). */
export async function admitCounted(
  em: EntityManager,
  key: string,
  limit: number,
  windowMs: number,
  what: string,
  now = new Date(),
): Promise<void> {
  const row = await count(em, key, now, windowMs);
  if (row.failures > limit) refuse(new Date(new Date(row.window_start).getTime() + windowMs), now, what);
}

/**
 * Counts a registration from `ip`, refusing past `perHour` in the hour: an address cannot create accounts (or
 * test which e-mails have one) at speed. Counted before anything is checked, like sign-ins.
 */
export function admitRegistration(em: EntityManager, ip: string, perHour: number, now = new Date()): Promise<void> {
  return admitCounted(em, `register:${ip}`, perHour, HOUR_MS, 'new accounts from this address', now);
}

/** A wrong password: counted against the account and the address (the pair counted the attempt already). */
export async function recordFailure(em: EntityManager, email: string, ip: string, now = new Date()): Promise<void> {
  const key = keys(email, ip);
  await count(em, key.account, now);
  await count(em, key.address, now);
}

/**
 * The right password: this address's attempts on the account are forgotten. The account's and the address's
 * failures are not: one success must not reset a spray still going on elsewhere.
 */
export async function recordSuccess(em: EntityManager, email: string, ip: string): Promise<void> {
  await em.getConnection().execute(`delete from login_throttle where key = ?`, [keys(email, ip).pair]);
}

/** Forgets rows past their window and their pause; answers how many went. */
export async function sweepLoginThrottle(em: EntityManager, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
  const hourStart = new Date(now.getTime() - HOUR_MS);
  const rows = await em.getConnection().execute<{ key: string }[]>(
    `delete from login_throttle
     where window_start < (case when left(key, 9) = 'register:' or left(key, 6) = 'reset:' then ?::timestamptz else ?::timestamptz end)
       and (locked_until is null or locked_until < ?) and (next_attempt_at is null or next_attempt_at < ?)
     returning key`,
    [hourStart, windowStart, now, now],
  );
  return rows.length;
}
