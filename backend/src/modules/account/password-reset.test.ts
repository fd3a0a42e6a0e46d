import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mailer } from '../notification/notification.mail.js';
import { buildUser, signedIn, TEST_PASSWORD } from '../../test-support/accounts.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { SESSION } from './account.limits.js';
import { PasswordResetService, RESET_REQUESTS_PER_HOUR } from './password-reset.service.js';

/** Our mailer port, capturing letters instead of speaking SMTP (SMTP itself is tested with notifications). */
const letters: { to: string; subject: string; text: string }[] = [];
const capturing: Mailer = { send: async (letter) => void letters.push(letter) };

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { email } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;
const NEW_PASSWORD = 'світанок-над-бібліотекою-9';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ mail: { mailer: capturing, publicUrl: 'https://poruch.example' } });
});
afterAll(() => app?.close());

const tokenFrom = (text: string) => text.match(/https:\/\/poruch\.example\/reset-password#([A-Za-z0-9_-]{43})/)?.[1];
const cookieOf = (headers: Headers) =>
  headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION.cookie}=`))
    ?.split(';')[0] ?? null;

describe('forgotten passwords', () => {
  it('mails a one-time link to an existing account and says the same for an unknown e-mail', async () => {
    const person = await buildUser(app.orm.em.fork());
    expect((await app.gql<{ passwordResetByEmail: boolean }>('{ passwordResetByEmail }')).data).toEqual({ passwordResetByEmail: true });
    letters.length = 0;
    const unknown = await app.gql(REQUEST, { email: 'nobody-here@example.org' });
    const known = await app.gql(REQUEST, { email: person.email.toUpperCase() });
    expect(unknown.data).toEqual({ requestPasswordReset: true });
    expect(known.data).toEqual({ requestPasswordReset: true });
    expect(letters.map((l) => l.to)).toEqual([person.email]);
    expect(tokenFrom(letters[0]!.text)).toBeTruthy();
  });

  it('sets the new password once, ends every other session, and signs in', async () => {
    const person = await buildUser(app.orm.em.fork());
    const old = await signedIn(app, 'librarian');
    const elsewhere = await app.gql(LOGIN, { input: { email: person.email, password: TEST_PASSWORD } });
    const elsewhereCookie = cookieOf(elsewhere.headers)!;
    letters.length = 0;
    await app.gql(REQUEST, { email: person.email });
    const token = tokenFrom(letters[0]!.text)!;

    const weak = await app.gql(RESET, { input: { token, newPassword: 'abcdabcdabcd' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    const done = await app.gql<{ resetPassword: { email: string } }>(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect(done.data).toEqual({ resetPassword: { email: person.email } });
    expect(cookieOf(done.headers)).toBeTruthy();
    expect((await app.gql('{ me { email } }', {}, { cookie: elsewhereCookie })).data).toEqual({ me: null });
    expect((await old.gql<{ me: unknown }>('{ me { email } }')).data?.me).toBeTruthy(); // someone else's session stays
    expect((await app.gql(LOGIN, { input: { email: person.email, password: TEST_PASSWORD } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await app.gql(LOGIN, { input: { email: person.email, password: NEW_PASSWORD } })).errors).toBeUndefined();

    const again = await app.gql(RESET, { input: { token, newPassword: 'ще-один-новий-пароль-5' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('refuses a link after its hour', async () => {
    const person = await buildUser(app.orm.em.fork());
    const path = await new PasswordResetService(app.orm.em.fork()).issueFor(person.id, new Date(Date.now() - 61 * 60_000));
    const res = await app.gql(RESET, { input: { token: path.split('#')[1], newPassword: NEW_PASSWORD } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('lets an admin issue a link for someone without e-mail, which works the same way', async () => {
    const person = await buildUser(app.orm.em.fork());
    const admin = await signedIn(app, 'admin');
    const issued = await admin.gql<{ issuePasswordResetLink: string }>(`mutation($id: ID!) { issuePasswordResetLink(userId: $id) }`, {
      id: person.id,
    });
    const path = issued.data!.issuePasswordResetLink;
    expect(path).toMatch(/^\/reset-password#[A-Za-z0-9_-]{43}$/);
    const done = await app.gql(RESET, { input: { token: path.split('#')[1], newPassword: NEW_PASSWORD } });
    expect(done.errors).toBeUndefined();
  });

  it(`answers at most ${RESET_REQUESTS_PER_HOUR} requests an hour from one address`, async () => {
    await app.orm.em.fork().getConnection().execute(`delete from login_throttle where key like 'reset:%'`);
    const codes = [];
    for (let i = 0; i <= RESET_REQUESTS_PER_HOUR; i++)
      codes.push((await app.gql(REQUEST, { email: `x${i}@example.org` })).errors?.[0]?.extensions?.code);
    expect(codes).toEqual([...Array(5).fill(undefined), 'RATE_LIMITED']);
  });

  it('says when e-mail is not set up, and sends nothing', async () => {
    const quiet = await startTestApp();
    try {
      expect((await quiet.gql('{ passwordResetByEmail }')).data).toEqual({ passwordResetByEmail: false });
    } finally {
      await quiet.close();
    }
  });
});
