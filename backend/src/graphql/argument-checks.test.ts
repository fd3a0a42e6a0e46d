import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../test-support/accounts.js';
import { practiceInput } from '../test-support/factories.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

describe('argument checks before any resolver runs', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true });
  });
  afterAll(() => app.close());

  // JSON carries a lone UTF-16 surrogate as `\ud800`; it is not Unicode text, and PostgreSQL refuses it in jsonb
  // (and would store U+FFFD instead in a text column): found by the hostile suite as an internal error.
  it('refuses text with a lone surrogate as the caller’s mistake, naming the field, at any depth', async () => {
    const before = app.logs.length;
    const register = await app.gql('mutation($input: RegisterInput!) { register(input: $input) { id } }', {
      input: { email: '\udfffё@example.org', password: 'довгий-пароль-для-перевірки', displayName: 'Читачка' },
    });
    expect(register.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'email' } });

    const author = await signedIn(app);
    const input = practiceInput({ resources: { staff: 1, volunteers: 0, materialsUk: ['книжка', '\ud800ё'], budgetBand: 'NONE' } });
    const practice = await author.gql('mutation($input: PracticeContentInput!) { createPractice(input: $input) { id } }', { input });
    expect(practice.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'materialsUk.1' } });

    const slug = await app.gql('query($s: String!) { practice(slug: $s) { slug } }', { s: 'a\udc00b' });
    expect(slug.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'slug' } });
    expect(app.logs.slice(before).filter((l) => (l.level as number) >= 50)).toEqual([]);
  });

  it('keeps accepting text whose surrogates come in pairs (emoji and the like)', async () => {
    const res = await app.gql('query($s: String!) { practice(slug: $s) { slug } }', { s: 'казка-😀' });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ practice: null });
  });
});
