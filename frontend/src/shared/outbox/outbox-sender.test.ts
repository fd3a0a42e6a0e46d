import { ApolloClient, HttpLink } from '@apollo/client';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCache } from '@/app/apollo';
import { parse } from 'graphql';
import { loadTerms, TEST_ORGANIZATION, type Terms } from '../../../test/support/contribute';
import { cookieFetch, registerSession, type Session } from '../../../test/support/session';
import { enqueue, newIdempotencyKey, readOutbox } from './outbox-store';
import { sendQueued } from './outbox-sender';

const graphqlUrl = `${inject('apiUrl')}/graphql`;
/** A write the queue carries: a "we tried it here" report, as the app's form sends it (its answer cut to the id). */
const REPORT_ADOPTION = parse('mutation ReportAdoption($input: ReportAdoptionInput!) { reportAdoption(input: $input) { id } }', {
  noLocation: true,
});
let terms: Terms;

beforeAll(async () => {
  terms = await loadTerms(graphqlUrl);
});
afterEach(() => localStorage.clear());

const clientOver = (fetchFn: typeof fetch) =>
  new ApolloClient({ link: new HttpLink({ uri: graphqlUrl, fetch: fetchFn }), cache: createCache() });

function queueReport(author: Session & { id: string }, practiceIndex: number, resultUk: string) {
  const key = newIdempotencyKey();
  enqueue({
    key,
    userId: author.id,
    kind: 'adoption',
    about: { title: terms.practices[practiceIndex]!.titleUk, href: `/practices/${terms.practices[practiceIndex]!.slug}` },
    text: resultUk,
    request: {
      document: JSON.parse(JSON.stringify(REPORT_ADOPTION)) as unknown,
      variables: {
        input: {
          practiceId: terms.practices[practiceIndex]!.id,
          organizationId: terms.organizations.find((o) => o.slug === TEST_ORGANIZATION)!.id,
          adoptedOn: '2025-05-01',
          resultUk,
        },
      },
    },
  });
  return key;
}

const signedUp = () => registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });

const reports = async (author: Session) =>
  (await author.query<{ myAdoptions: { resultUk: string }[] }>('{ myAdoptions { resultUk } }')).myAdoptions.map((r) => r.resultUk).sort();

describe('the send queue, against the real API', () => {
  it('waits for the next sign-in when the session has expired, and then sends, once', async () => {
    const author = await signedUp();
    queueReport(author, 3, 'Написано, поки сесія спливла.');
    // The same browser after the session expired: no cookie any more.
    const expired = await sendQueued(clientOver(cookieFetch()), author.id);
    expect(expired.stoppedFor).toBe('signIn');
    expect(readOutbox().map((item) => [item.status, item.waitingFor])).toEqual([['waiting', 'signIn']]);
    expect(await reports(author)).toEqual([]);

    const again = await sendQueued(clientOver(author.fetch), author.id);
    expect(again.sent).toBe(1);
    expect(readOutbox().map((item) => item.status)).toEqual(['sent']);
    expect(await reports(author)).toEqual(['Написано, поки сесія спливла.']);
  });

  it('sends only the signed-in account’s items, in order; a refused one is kept with its reason and the rest go on', async () => {
    const author = await signedUp();
    const other = await signedUp();
    queueReport(other, 4, 'Чужий звіт на цьому пристрої.');
    const first = queueReport(author, 4, 'Перший звіт з черги.');
    const refused = queueReport(author, 5, 'Коротко');
    const last = queueReport(author, 6, 'Останній звіт з черги.');

    const report = await sendQueued(clientOver(author.fetch), author.id);
    expect(report.sent).toBe(2);
    const byKey = new Map(readOutbox().map((item) => [item.key, item]));
    expect(byKey.get(first)!.status).toBe('sent');
    expect(byKey.get(refused)).toMatchObject({
      status: 'failed',
      problem: { code: 'BAD_USER_INPUT', fields: { resultUk: 'BAD_USER_INPUT' } },
    });
    expect(byKey.get(last)!.status).toBe('sent');
    expect(readOutbox().find((item) => item.userId === other.id)!.status).toBe('waiting');
    expect(await reports(author)).toEqual(['Останній звіт з черги.', 'Перший звіт з черги.']);
    expect(await reports(other)).toEqual([]);
  });
});
