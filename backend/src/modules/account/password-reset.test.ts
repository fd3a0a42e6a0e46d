import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mailer } from '../notification/notification.mail.js';
import { anonymous, buildUser, callerWithCookie, signedIn, TEST_PASSWORD } from '../../test-support/accounts.js';
import { dataOf, failure } from '../../test-support/operations.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { SESSION } from './account.limits.js';
import { PasswordResetService, RESET_REQUESTS_PER_HOUR } from './password-reset.service.js';
import { ISSUE_RESET_LINK, LOGIN, ME, REQUEST_RESET, RESET, RESET_BY_EMAIL } from './testing/account.test-ops.js';

/** Our mailer port, capturing letters instead of speaking SMTP (SMTP itself is tested with notifications). */
const letters: { to: string; subject: string; text: string }[] = [];
const capturing: Mailer = { send: async (letter) => void letters.push(letter) };

const NEW_PASSWORD = 'світанок-над-бібліотекою-9';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ mail: { mailer: capturing, publicUrl: 'https://poruch.example' } });
});
afterAll(() => app?.close());
const visitor = () => anonymous(app);

const tokenFrom = (text: string) => text.match(/https:\/\/poruch\.example\/reset-password#([A-Za-z0-9_-]{43})/)?.[1];
const cookieOf = (headers: Headers) =>
  headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION.cookie}=`))
    ?.split(';')[0] ?? null;

describe('forgotten passwords', () => {
  it('mails a one-time link to an existing account and says the same for an unknown e-mail', async () => {
    const person = await buildUser(app.orm.em.fork());
    expect((await visitor().send(RESET_BY_EMAIL)).data).toEqual({ passwordResetByEmail: true });
    letters.length = 0;
    const unknown = await visitor().send(REQUEST_RESET, { email: 'nobody-here@example.org' });
    const known = await visitor().send(REQUEST_RESET, { email: person.email.toUpperCase() });
    expect(unknown.data).toEqual({ requestPasswordReset: true });
    expect(known.data).toEqual({ requestPasswordReset: true });
    expect(letters.map((l) => l.to)).toEqual([person.email]);
    expect(tokenFrom(letters[0]!.text)).toBeTruthy();
  });

  it('sets the new password once, ends every other session, and signs in', async () => {
    const person = await buildUser(app.orm.em.fork());
    const old = await signedIn(app, 'librarian');
    const elsewhere = await visitor().send(LOGIN, { input: { email: person.email, password: TEST_PASSWORD } });
    const elsewhereCookie = cookieOf(elsewhere.headers)!;
    letters.length = 0;
    await visitor().send(REQUEST_RESET, { email: person.email });
    const token = tokenFrom(letters[0]!.text)!;

    const weak = await visitor().send(RESET, { input: { token, newPassword: 'abcdabcdabcd' } });
    expect(failure(weak)).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    const done = await visitor().send(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect(done.data).toEqual({ resetPassword: { email: person.email } });
    expect(cookieOf(done.headers)).toBeTruthy();
    expect((await callerWithCookie(app, null, elsewhereCookie).send(ME)).data).toEqual({ me: null });
    expect((await old.send(ME)).data?.me).toBeTruthy(); // someone else's session stays
    expect(failure(await visitor().send(LOGIN, { input: { email: person.email, password: TEST_PASSWORD } })).code).toBe('UNAUTHENTICATED');
    expect((await visitor().send(LOGIN, { input: { email: person.email, password: NEW_PASSWORD } })).errors).toBeUndefined();

    const again = await visitor().send(RESET, { input: { token, newPassword: 'ще-один-новий-пароль-5' } });
    expect(failure(again)).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('refuses a link after its hour', async () => {
    const person = await buildUser(app.orm.em.fork());
    const path = await new PasswordResetService(app.orm.em.fork()).issueFor(person.id, new Date(Date.now() - 61 * 60_000));
    const res = await visitor().send(RESET, { input: { token: path.split('#')[1], newPassword: NEW_PASSWORD } });
    expect(failure(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('lets an admin issue a link for someone without e-mail, which works the same way', async () => {
    const person = await buildUser(app.orm.em.fork());
    const admin = await signedIn(app, 'admin');
    const path = (await dataOf(admin.send(ISSUE_RESET_LINK, { id: person.id }))).issuePasswordResetLink;
    expect(path).toMatch(/^\/reset-password#[A-Za-z0-9_-]{43}$/);
    const done = await visitor().send(RESET, { input: { token: path.split('#')[1], newPassword: NEW_PASSWORD } });
    expect(done.errors).toBeUndefined();
  });

  it(`answers at most ${RESET_REQUESTS_PER_HOUR} requests an hour from one address`, async () => {
    await app.orm.em.fork().getConnection().execute(`delete from login_throttle where key like 'reset:%'`);
    const codes = [];
    for (let i = 0; i <= RESET_REQUESTS_PER_HOUR; i++)
      codes.push(failure(await visitor().send(REQUEST_RESET, { email: `x${i}@example.org` })).code);
    expect(codes).toEqual([...Array(5).fill(undefined), 'RATE_LIMITED']);
  });

  it('says when e-mail is not set up, and sends nothing', async () => {
    const quiet = await startTestApp();
    try {
      expect((await anonymous(quiet).send(RESET_BY_EMAIL)).data).toEqual({ passwordResetByEmail: false });
    } finally {
      await quiet.close();
    }
  });
});
