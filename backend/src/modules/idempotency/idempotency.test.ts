import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn, type Caller } from '../../test-support/accounts.js';
import { practiceInput } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { startContributionApp } from '../contribution/testing/contribution.test-support.js';
import { CREATE_PRACTICE, SUBMIT } from '../contribution/testing/contribution.test-ops.js';
import { sweepIdempotencyKeys } from './idempotency.sweep.js';

let app: TestApp;
let author: Caller;
let other: Caller;
beforeAll(async () => {
  ({ app, author, other } = await startContributionApp());
});
afterAll(() => app?.close());

type Answer = {
  data?: Record<string, { id: string } & Record<string, unknown>> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};
type Sent = { status: number; text: string; headers: Headers; body: Answer };

/** Sends one operation as `caller` with an Idempotency-Key, keeping the raw answer to compare bytes. */
async function send(caller: Caller, query: string, variables: Record<string, unknown>, key?: string): Promise<Sent> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(caller.cookie ? { cookie: caller.cookie } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers, body: JSON.parse(text) };
}

const count = async (sql: string, params: unknown[] = []) =>
  (await app.orm.em.fork().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from ${sql}`, params))[0]!.n;
const practicesTitled = (title: string) => count('practice where title_uk = ?', [title]);
let n = 0;
const newKey = () => `device-${Date.now().toString(36)}-${(n++).toString(36)}`;
const create = (caller: Caller, title: string, key?: string, overrides: Record<string, unknown> = {}) =>
  send(caller, CREATE_PRACTICE.document, { input: practiceInput({ titleUk: title, ...overrides }) }, key);

describe('idempotency keys on create and submit mutations', () => {
  it('answers a retry with the first answer, byte for byte, and makes one record', async () => {
    const key = newKey();
    const first = await create(author, 'Ключ двічі', key);
    expect(first.body.errors).toBeUndefined();
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const second = await create(author, 'Ключ двічі', key);
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await practicesTitled('Ключ двічі')).toBe(1);
    // Without a key, the same request is a new record, as before.
    expect((await create(author, 'Ключ двічі')).body.errors).toBeUndefined();
    expect(await practicesTitled('Ключ двічі')).toBe(2);
  });

  it('refuses the same key with a different request, naming the header', async () => {
    const key = newKey();
    expect((await create(author, 'Перший запит', key)).body.errors).toBeUndefined();
    const reused = await create(author, 'Інший запит', key);
    expect(reused.body.data ?? null).toBeNull();
    expect(reused.body.errors).toHaveLength(1);
    expect(reused.body.errors![0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    expect(reused.body.errors![0]?.message).toMatch(/^Idempotency-Key: .*already used for a different request/);
    expect(await practicesTitled('Інший запит')).toBe(0);
  });

  it('keeps keys per user: two people may choose the same key', async () => {
    const key = newKey();
    const mine = await create(author, 'Той самий ключ', key);
    const theirs = await create(other, 'Той самий ключ', key);
    expect(mine.body.errors).toBeUndefined();
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.body.data!.createPractice!.id).not.toBe(mine.body.data!.createPractice!.id);
    expect(await practicesTitled('Той самий ключ')).toBe(2);
  });

  it('keeps nothing of a failed attempt, so the device can send the corrected request with the same key', async () => {
    const key = newKey();
    const failed = await create(author, 'Спроба після помилки', key, { durationMinutes: -5 });
    expect(failed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count('idempotency_key where key = ?', [key])).toBe(0);
    const fixed = await create(author, 'Спроба після помилки', key);
    expect(fixed.body.errors).toBeUndefined();
    expect(await practicesTitled('Спроба після помилки')).toBe(1);
  });

  it('forgets an answer after 24 hours: the sweep deletes it and the key is free again', async () => {
    const key = newKey();
    expect((await create(author, 'Вчорашній ключ', key)).body.errors).toBeUndefined();
    const em = app.orm.em.fork();
    expect(await sweepIdempotencyKeys(em)).toBe(0); // a fresh answer stays
    await em.getConnection().execute(`update idempotency_key set created_at = now() - interval '25 hours' where key = ?`, [key]);
    expect(await sweepIdempotencyKeys(em)).toBe(1);
    expect(await count('idempotency_key where key = ?', [key])).toBe(0);
    const again = await create(author, 'Сьогоднішній запит', key);
    expect(again.body.errors).toBeUndefined();
    expect(await practicesTitled('Сьогоднішній запит')).toBe(1);
  });

  it('runs two simultaneous requests with one key once: the other gets CONFLICT or the same answer', async () => {
    const key = newKey();
    const answers = await Promise.all([create(author, 'Подвійний клік', key), create(author, 'Подвійний клік', key)]);
    expect(await practicesTitled('Подвійний клік')).toBe(1);
    const ok = answers.filter((a) => !a.body.errors);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const a of answers) {
      if (a.body.errors) {
        expect(a.body.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
        expect(a.body.errors[0]?.message).toMatch(/still running/);
      } else expect(a.text).toBe(ok[0]!.text);
    }
  });

  it('covers submitForReview: a retried submit returns the first answer instead of a conflict', async () => {
    const created = await create(author, 'Подати один раз');
    const id = created.body.data!.createPractice!.id;
    const key = newKey();
    const first = await send(author, SUBMIT.document, { type: 'PRACTICE', id }, key);
    expect(first.body).toEqual({ data: { submitForReview: { status: 'SUBMITTED' } } });
    const retry = await send(author, SUBMIT.document, { type: 'PRACTICE', id }, key);
    expect(retry.text).toBe(first.text);
    expect(await count('submission where practice_id = ?', [id])).toBe(1);
    // Without the key, the retry is a second submission attempt, which the workflow refuses.
    expect((await send(author, SUBMIT.document, { type: 'PRACTICE', id })).body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('covers a collection create, in the same way', async () => {
    const trainer = await signedIn(app, 'trainer');
    const CREATE = `mutation($input: CreateCollectionInput!) { createCollection(input: $input) { id slug } }`;
    const key = newKey();
    const first = await send(trainer, CREATE, { input: { titleUk: 'Збірка з ключем' } }, key);
    const second = await send(trainer, CREATE, { input: { titleUk: 'Збірка з ключем' } }, key);
    expect(first.body.errors).toBeUndefined();
    expect(second.text).toBe(first.text);
    expect(await count(`collection where title_uk = 'Збірка з ключем'`)).toBe(1);
  });

  it('refuses a malformed key on a covered mutation, naming the header', async () => {
    const res = await create(author, 'Поганий ключ', 'short');
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await practicesTitled('Поганий ключ')).toBe(0);
  });

  it('ignores a key on a mutation it does not cover and on an anonymous request', async () => {
    const key = newKey();
    const PROFILE = `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { displayName } }`;
    const a = await send(author, PROFILE, { input: { displayName: 'Перше імʼя' } }, key);
    const b = await send(author, PROFILE, { input: { displayName: 'Друге імʼя' } }, key);
    expect(a.body.errors).toBeUndefined();
    expect(b.body).toEqual({ data: { updateMyProfile: { displayName: 'Друге імʼя' } } });
    const unsigned = await send(anonymous(app), CREATE_PRACTICE.document, { input: practiceInput() }, key);
    expect(unsigned.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count('idempotency_key where key = ?', [key])).toBe(0);
  });
});
