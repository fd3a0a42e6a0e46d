import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { admitAttempt, delayMs, recordFailure, recordSuccess, sweepLoginThrottle } from './login-throttle.js';

// The limits with their numbers pinned and the clock passed in: 5 failures pause a pair for 15 minutes; 10 on
// an account failing from 3 addresses, or 30 from an address, make each check wait 1 s, doubling per further
// failure up to 60 s. Each number here is a literal, so changing one in account.limits.ts fails a test.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const em = () => app.orm.em.fork();
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 29, 12, 0, seconds));
let n = 0;
const account = () => `throttled${n++}@example.org`;

/** One wrong password as the sign-in makes it: admitted first, then counted as a failure. */
async function fail(email: string, ip: string, now: Date) {
  await admitAttempt(em(), email, ip, now);
  await recordFailure(em(), email, ip, now);
}

async function refusal(run: Promise<unknown>) {
  try {
    await run;
    return null;
  } catch (err) {
    return (err as { details?: { retryAfterSeconds?: number } }).details?.retryAfterSeconds ?? 'refused';
  }
}

describe('sign-in limits', () => {
  it('pauses only the failing address: the owner elsewhere signs in with the right password', async () => {
    const email = account();
    for (let i = 0; i < 5; i++) await fail(email, '203.0.113.7', at(i));
    // Paused at the sixth attempt (10 s), for 15 minutes from then.
    expect(await refusal(admitAttempt(em(), email, '203.0.113.7', at(10)))).toBe(15 * 60);
    expect(await refusal(admitAttempt(em(), email, '198.51.100.20', at(11)))).toBeNull();
    // After 15 minutes the window has passed and the pair may try again.
    expect(await refusal(admitAttempt(em(), email, '203.0.113.7', at(15 * 60 + 11)))).toBeNull();
  });

  it('counts a pair’s failures over 15 minutes: five, the first 14 min 59 s ago, still pause it', async () => {
    const email = account();
    for (let i = 0; i < 5; i++) await fail(email, '203.0.113.60', at(i));
    expect(await refusal(admitAttempt(em(), email, '203.0.113.60', at(15 * 60 - 1)))).toBe(15 * 60);
  });

  it('slows an account failing from several addresses for everyone, as a short wait, never a lock', async () => {
    const email = account();
    // 10 failures from 5 addresses (2 each): the account is slowed.
    for (let i = 0; i < 10; i++) await fail(email, `192.0.2.${i % 5}`, at(i));
    expect(delayMs(10, 10)).toBe(1_000);
    // A fresh address takes the next turn; the one right after must wait 1 s, then goes.
    expect(await refusal(admitAttempt(em(), email, '198.51.100.1', at(20)))).toBeNull();
    expect(await refusal(admitAttempt(em(), email, '198.51.100.2', at(20)))).toBe(1);
    expect(await refusal(admitAttempt(em(), email, '198.51.100.2', at(21)))).toBeNull();
    // Each further failure doubles the wait, up to a minute.
    for (let i = 0; i < 8; i++) await recordFailure(em(), email, `192.0.2.${i % 5}`, at(22));
    expect(delayMs(18, 10)).toBe(60_000);
    expect(await refusal(admitAttempt(em(), email, '198.51.100.3', at(30)))).toBeNull();
    expect(await refusal(admitAttempt(em(), email, '198.51.100.4', at(31)))).toBe(59);
  });

  it('takes failures from 3 other addresses as a spread attack on the account, 2 as not yet one', async () => {
    const email = account();
    // 10 failures, the account's slowing point, from two addresses (5 each, so neither pair is paused).
    for (let i = 0; i < 10; i++) await fail(email, `192.0.2.${10 + (i % 2)}`, at(i));
    // Two other addresses failing: a new one is exempt from the account's wait.
    expect(await refusal(admitAttempt(em(), email, '198.51.100.31', at(20)))).toBeNull();
    // Three (the exempt one's attempt counts): the next takes the account's turn, the one after waits 1 s.
    expect(await refusal(admitAttempt(em(), email, '198.51.100.32', at(20)))).toBeNull();
    expect(await refusal(admitAttempt(em(), email, '198.51.100.33', at(20)))).toBe(1);
  });

  it('does not slow the owner for one attacker’s failures at one address', async () => {
    const email = account();
    // Twelve failures, all from one address: that pair pauses at the fifth; the account is not spread-attacked.
    for (let i = 0; i < 12; i++) {
      const refused = await refusal(admitAttempt(em(), email, '203.0.113.9', at(i)));
      if (refused === null) await recordFailure(em(), email, '203.0.113.9', at(i));
    }
    expect(await refusal(admitAttempt(em(), email, '198.51.100.9', at(30)))).toBeNull();
    await recordSuccess(em(), email, '198.51.100.9');
  });

  it('slows an address after 30 failures over many accounts instead of blocking everyone behind it', async () => {
    for (let i = 0; i < 30; i++) await fail(account(), '100.64.0.1', at(i));
    const colleague = account();
    expect(await refusal(admitAttempt(em(), colleague, '100.64.0.1', at(40)))).toBeNull();
    expect(await refusal(admitAttempt(em(), account(), '100.64.0.1', at(40)))).toBe(1);
    expect(await refusal(admitAttempt(em(), account(), '100.64.0.1', at(41)))).toBeNull();
  });

  it('keeps a registration count for its hour, not the sign-in window', async () => {
    const { admitRegistration } = await import('./login-throttle.js');
    await admitRegistration(em(), '203.0.113.80', 5, at(0));
    await sweepLoginThrottle(em(), at(20 * 60));
    const kept = await em()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from login_throttle where key = 'register:203.0.113.80'`);
    expect(kept[0]!.n).toBe(1);
    await sweepLoginThrottle(em(), at(61 * 60));
    const gone = await em()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from login_throttle where key = 'register:203.0.113.80'`);
    expect(gone[0]!.n).toBe(0);
  });

  it('forgets rows past their window and pause', async () => {
    const email = account();
    await fail(email, '203.0.113.50', at(0));
    const before = await em()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from login_throttle where key like '%203.0.113.50%'`);
    expect(before[0]!.n).toBe(2);
    await sweepLoginThrottle(em(), at(15 * 60 + 1));
    const after = await em()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from login_throttle where key like '%203.0.113.50%'`);
    expect(after[0]!.n).toBe(0);
  });
});
