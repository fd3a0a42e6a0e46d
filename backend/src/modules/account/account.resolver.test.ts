import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildOrganization } from '../../test-support/factories.js';
import { anonymous, callerWithCookie, signedIn } from '../../test-support/accounts.js';
import { failure } from '../../test-support/operations.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { SESSION } from './account.limits.js';
import { hashToken } from './session.service.js';
import { CHANGE_PASSWORD, LOGIN, LOGOUT, ME, REGISTER, SET_ROLE } from './testing/account.test-ops.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await buildOrganization(app.orm.em.fork(), { slug: 'pavlohrad-childrens-library' });
});
afterAll(() => app?.close());

const GOOD = 'тиша-в-укритті-42';

let n = 0;
const email = () => `librarian${n++}@example.org`;
/** A caller holding only a session cookie, as a browser does. */
const browser = (cookie: string) => callerWithCookie(app, null, cookie);
const sql = <T>(text: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(text, params);

function sessionCookie(headers: Headers): { cookie: string; attributes: string } | null {
  const raw = headers.getSetCookie().find((c) => c.startsWith(`${SESSION.cookie}=`));
  if (!raw) return null;
  const [pair, ...attributes] = raw.split(';');
  return { cookie: pair!.trim(), attributes: attributes.join(';') };
}

async function register(address = email(), password = GOOD) {
  const res = await anonymous(app).send(REGISTER, { input: { email: address, password, displayName: 'Оксана' } });
  return { res, session: sessionCookie(res.headers) };
}

describe('registration', () => {
  it('creates a librarian, stores an argon2id hash with the OWASP parameters and signs in with a safe cookie', async () => {
    const address = email();
    const { res, session } = await register(address.toUpperCase());
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ register: { email: address, role: 'LIBRARIAN', organization: null } });
    expect(session!.cookie).toMatch(new RegExp(`^${SESSION.cookie}=[A-Za-z0-9_-]{43}$`));
    expect(session!.attributes).toMatch(/HttpOnly/i);
    expect(session!.attributes).toMatch(/SameSite=Lax/i);
    expect(session!.attributes).toMatch(/Secure/i);
    const [row] = await sql<{ password_hash: string }>(`select password_hash from app_user where email = ?`, [address]);
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    // The token itself is never stored, only its hash.
    const token = session!.cookie.split('=')[1]!;
    expect(await sql(`select 1 from user_session where token_hash = ?`, [token])).toHaveLength(0);
    const me = await browser(session!.cookie).send(ME);
    expect(me.data).toEqual({ me: { email: address, role: 'LIBRARIAN' } });
  });

  it('joins an existing organisation', async () => {
    const res = await anonymous(app).send(REGISTER, {
      input: { email: email(), password: GOOD, displayName: 'Ірина', organization: 'pavlohrad-childrens-library' },
    });
    expect(res.data).toMatchObject({ register: { organization: { slug: 'pavlohrad-childrens-library' } } });
  });

  it.each([
    ['short', 'короткий1', 'password', /at least 12/],
    ['common', 'qwerty123456', 'password', /too common/],
    ['common with spaces', 'Слава Україні!', 'password', /too common/],
    ['breached word with digits', 'Sunshine2024!', 'password', /too common/],
    ['breached word, Ukrainian local', 'бібліотека2026', 'password', /too common/],
    ['repeated unit', 'abcdabcdabcd', 'password', /too simple/],
    ['repeated unit, cut short', '12341234123412', 'password', /too simple/],
    ['run along the keyboard digits', '1234567890123', 'password', /too simple/],
    ['run along the alphabet', 'abcdefghijklm', 'password', /too simple/],
    ['contains the email name', 'librarian-x-reads-books', 'password', /email or name/],
  ])('refuses a %s password, naming the field, and saves nothing', async (_name, password, field, rule) => {
    const before = await sql<{ n: number }>(`select count(*)::int as n from app_user`);
    const res = await anonymous(app).send(REGISTER, { input: { email: 'librarian-x@example.org', password, displayName: 'Оксана' } });
    expect(failure(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0]?.message).toMatch(rule);
    expect(await sql(`select count(*)::int as n from app_user`)).toEqual(before);
    expect(sessionCookie(res.headers)).toBeNull();
  });

  it('refuses more than the hour’s allowance of new accounts from one address, with when to try again', async () => {
    const limited = await startTestApp({ registrationsPerHour: 3 });
    try {
      const signUp = (i: number) =>
        anonymous(limited).send(REGISTER, { input: { email: `class-${i}@example.org`, password: GOOD, displayName: 'Учень' } });
      for (let i = 0; i < 3; i++) expect((await signUp(i)).errors).toBeUndefined();
      const refused = await signUp(3);
      expect(failure(refused).code).toBe('RATE_LIMITED');
      expect(refused.errors?.[0]?.message).toMatch(/^Too many new accounts from this address; try again in (60|59) min$/);
      // An address already at its allowance learns nothing about which e-mails have accounts.
      expect(failure(await signUp(0)).code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('refuses a malformed email and an unknown organisation by field', async () => {
    const bad = await anonymous(app).send(REGISTER, { input: { email: 'not-an-email', password: GOOD, displayName: 'Оксана' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'email' }] });
    const org = await anonymous(app).send(REGISTER, {
      input: { email: email(), password: GOOD, displayName: 'Оксана', organization: 'nowhere' },
    });
    expect(failure(org)).toEqual({ code: 'BAD_USER_INPUT', field: 'organization' });
  });

  it('refuses a second account with the same email in any letter case', async () => {
    const address = email();
    await register(address);
    const { res } = await register(address.toUpperCase());
    expect(failure(res)).toEqual({ code: 'CONFLICT', field: 'email' });
  });
});

describe('sign-in and sessions', () => {
  it('gives the same answer for an unknown email and a wrong password', async () => {
    const address = email();
    await register(address);
    const wrong = await anonymous(app).send(LOGIN, { input: { email: address, password: 'не-той-пароль-1' } });
    const unknown = await anonymous(app).send(LOGIN, { input: { email: 'nobody@example.org', password: 'не-той-пароль-1' } });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(unknown.errors?.[0]?.extensions).toEqual(wrong.errors?.[0]?.extensions);
  });

  it('issues a new session id at every sign-in, ignoring the one the browser sent', async () => {
    const address = email();
    const { session: first } = await register(address);
    const res = await browser(first!.cookie).send(LOGIN, { input: { email: address, password: GOOD } });
    const second = sessionCookie(res.headers);
    expect(res.data).toMatchObject({ login: { email: address } });
    expect(second!.cookie).not.toBe(first!.cookie);
  });

  it('revokes the session at logout, on the server', async () => {
    const { session } = await register();
    const out = await browser(session!.cookie).send(LOGOUT);
    expect(out.data).toEqual({ logout: true });
    expect(out.headers.getSetCookie().join()).toMatch(new RegExp(`${SESSION.cookie}=;.*Expires=Thu, 01 Jan 1970`));
    // The old cookie, replayed, no longer signs anyone in.
    expect((await browser(session!.cookie).send(ME)).data).toEqual({ me: null });
  });

  it('ends a session left idle past its deadline', async () => {
    const { session } = await register();
    await sql(`update user_session set expires_at = now() - interval '1 second'`);
    expect((await browser(session!.cookie).send(ME)).data).toEqual({ me: null });
    const token = session!.cookie.split('=')[1]!;
    expect(await sql(`select 1 from user_session where token_hash = ?`, [hashToken(token)])).toHaveLength(0);
  });

  it('changes the password, ends the other sessions and keeps this one', async () => {
    const address = email();
    const { session: here } = await register(address);
    const other = sessionCookie((await anonymous(app).send(LOGIN, { input: { email: address, password: GOOD } })).headers)!;
    const wrong = await browser(here!.cookie).send(CHANGE_PASSWORD, {
      input: { currentPassword: 'не-той-пароль-1', newPassword: 'новий-пароль-книжка-7' },
    });
    expect(failure(wrong)).toEqual({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const ok = await browser(here!.cookie).send(CHANGE_PASSWORD, {
      input: { currentPassword: GOOD, newPassword: 'новий-пароль-книжка-7' },
    });
    expect(ok.data).toEqual({ changePassword: true });
    expect((await browser(here!.cookie).send(ME)).data).toMatchObject({ me: { email: address } });
    expect((await browser(other.cookie).send(ME)).data).toEqual({ me: null });
    const old = await anonymous(app).send(LOGIN, { input: { email: address, password: GOOD } });
    expect(failure(old).code).toBe('UNAUTHENTICATED');
    const fresh = await anonymous(app).send(LOGIN, { input: { email: address, password: 'новий-пароль-книжка-7' } });
    expect(fresh.data).toMatchObject({ login: { email: address } });
  });
});

describe('roles', () => {
  it('lets an admin give a role, which applies to the user’s next request', async () => {
    const admin = await signedIn(app, 'admin');
    const librarian = await signedIn(app, 'librarian');
    expect((await librarian.send(ME)).data).toMatchObject({ me: { role: 'LIBRARIAN' } });
    const res = await admin.send(SET_ROLE, { id: librarian.user!.id, role: 'MODERATOR' });
    expect(res.data).toEqual({ setUserRole: { role: 'MODERATOR' } });
    expect((await librarian.send(ME)).data).toMatchObject({ me: { role: 'MODERATOR' } });
  });

  it('refuses everyone else, and an admin demoting themself', async () => {
    const admin = await signedIn(app, 'admin');
    const moderator = await signedIn(app, 'moderator');
    expect(failure(await moderator.send(SET_ROLE, { id: moderator.user!.id, role: 'ADMIN' })).code).toBe('FORBIDDEN');
    expect(failure(await anonymous(app).send(SET_ROLE, { id: moderator.user!.id, role: 'ADMIN' })).code).toBe('UNAUTHENTICATED');
    const self = await admin.send(SET_ROLE, { id: admin.user!.id, role: 'LIBRARIAN' });
    expect(failure(self)).toEqual({ code: 'BAD_USER_INPUT', field: 'role' });
  });
});

// Last in the file: these pause the test client's (account, address) pairs.
describe('sign-in limits', () => {
  const attempt = (address: string, password: string) => anonymous(app).send(LOGIN, { input: { email: address, password } });
  // Every test here signs in from the same address; its failures over all accounts would slow the next test.
  beforeEach(() => sql(`delete from login_throttle`));

  it('pauses the (account, address) pair after 5 failures, even for the right password, and says when to retry', async () => {
    const address = email();
    await register(address);
    for (let i = 0; i < 5; i++) expect(failure(await attempt(address, `wrong-password-${i}xx`)).code).toBe('UNAUTHENTICATED');
    const paused = await attempt(address, GOOD);
    expect(paused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(paused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(15 * 60 - 60);
    expect(paused.errors?.[0]?.message).toMatch(/try again in 15 min/);
    expect(sessionCookie(paused.headers)).toBeNull();
  });

  it('checks exactly 5 passwords out of a burst of 20 sent at once', async () => {
    const address = email();
    await register(address);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(address, `parallel-guess-${i}-xx`)));
    const codes = answers.map((res) => failure(res).code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(15);
  });

  it('counts every alias in one request as its own attempt, so aliases cannot multiply guesses', async () => {
    const address = email();
    await register(address);
    const guesses = (from: number) =>
      Array.from(
        { length: 3 },
        (_, i) => `g${i}: login(input: { email: "${address}", password: "wrong-password-${from + i}x" }) { id }`,
      ).join(' ');
    const codes = [];
    for (let request = 0; request < 6; request++) {
      const res = await app.gql(`mutation { ${guesses(request * 3)} }`);
      codes.push(...res.errors!.map((e) => e.extensions?.code));
    }
    // A failed sign-in ends the request (its result is not nullable), so each request checks one guess; the
    // sixth is refused all the same, and the count is of attempts, whichever alias carried them.
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    const [row] = await sql<{ failures: number }>(`select failures from login_throttle where key like ?`, [`pair:${address}|%`]);
    expect(row?.failures).toBe(6);
    expect(failure(await attempt(address, GOOD)).code).toBe('RATE_LIMITED');
  });

  it('limits guesses of the current password in changePassword the same way', async () => {
    const { session } = await register(email());
    const change = (currentPassword: string) =>
      browser(session!.cookie).send(CHANGE_PASSWORD, { input: { currentPassword, newPassword: 'zovsim-novyi-parol-2026' } });
    for (let i = 0; i < 5; i++) expect(failure(await change(`wrong-current-${i}xx`)).code).toBe('BAD_USER_INPUT');
    expect(failure(await change(GOOD)).code).toBe('RATE_LIMITED');
  });
});
