import type { Role } from '../modules/account/account.limits.js';
import { anonymous, buildUser, signedIn, TEST_PASSWORD, type Caller } from '../test-support/accounts.js';
import { caseStudyInput, practiceInput } from '../test-support/factories.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

/** Who the hostile suites send requests as: nobody, and a signed-in user of each kind of role. */
export const ACTORS = ['anonymous', 'contributor', 'moderator', 'admin'] as const;
export type HostileActor = (typeof ACTORS)[number];

const ROLE: Record<Exclude<HostileActor, 'anonymous'>, Role> = { contributor: 'librarian', moderator: 'moderator', admin: 'admin' };

/** The organisation the contributor works for (confirmed), so reports and case studies get past the first checks. */
const ORGANIZATION = 'pavlohrad-childrens-library';

/** The seed's first published practice, which case studies, reports and collections point at. */
const PUBLISHED_PRACTICE = 'bibliotechnyi-kutochok-v-ukrytti';

/** What the server answered, as bytes on the wire would be read by any client. */
export interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
}

export interface HostileTarget {
  app: TestApp;
  callers: Record<HostileActor, Caller>;
  /** A new signed-in caller with the actor's role, for operations that end the session they run in. */
  freshCaller(actor: HostileActor): Promise<Caller>;
  /** Real ids of every kind of record (practices, submissions, users…), so fuzzed ids reach past "not found". */
  ids: string[];
  /** Real slugs, share tokens and e-mails, for the same reason. */
  words: string[];
  /** Arguments that pass every check, per operation: the cases start from them and break one part. */
  examples: Record<string, Record<string, unknown>>;
  close(): Promise<void>;
}

/** Sends a body to /graphql as it is, and reads the answer as text whatever it is. */
export async function sendRaw(
  url: string,
  init: { method?: string; body?: string | Uint8Array; headers?: Record<string, string>; query?: string } = {},
): Promise<RawAnswer> {
  const res = await fetch(`${url}/graphql${init.query ?? ''}`, {
    method: init.method ?? 'POST',
    headers: init.headers ?? { 'content-type': 'application/json' },
    body: init.body,
  });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** Sends one operation as a caller: JSON over POST, with the caller's session cookie. */
export function sendAs(
  app: TestApp,
  caller: Caller,
  payload: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return sendRaw(app.url, {
    body: JSON.stringify(payload),
    headers: { 'content-type': 'application/json', ...(caller.cookie ? { cookie: caller.cookie } : {}), ...headers },
  });
}

async function must<T>(caller: Caller, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await caller.gql<T>(query, variables);
  if (res.errors?.length || !res.data) throw new Error(`hostile set-up failed: ${query}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** Single-column values from the database, a few per table, to aim fuzzed arguments at. */
async function sample(app: TestApp, column: 'id' | 'slug' | 'share_token' | 'email', limit: number): Promise<string[]> {
  const connection = app.orm.em.getConnection();
  const tables = await connection.execute<{ table_name: string }[]>(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = ? order by table_name`,
    [column],
  );
  const values: string[] = [];
  for (const { table_name } of tables) {
    const rows = await connection.execute<{ v: string | null }[]>(
      `select "${column}"::text as v from "${table_name}" where "${column}" is not null order by 1 limit ${limit}`,
    );
    values.push(...rows.map((r) => r.v).filter((v): v is string => !!v));
  }
  return values;
}

/**
 * Starts the real app on a seeded database and gives every kind of record at least one row: the
 * contributor's drafts, a submission sent back with a comment (so a notification), a report, a saved list,
 * an admin's collection, bystander accounts. Ids of the callers themselves are kept out of the pools, so
 * `setUserRole` and friends cannot turn the moderator into someone else halfway through.
 */
export async function startHostileTarget(): Promise<HostileTarget> {
  const app = await startTestApp({ seed: true });
  const em = app.orm.em.fork();
  const { Organization } = await import('../modules/organization/organization.entity.js');
  const organization = await em.findOneOrFail(Organization, { slug: ORGANIZATION });

  const fresh = (actor: HostileActor): Promise<Caller> =>
    actor === 'anonymous' ? Promise.resolve(anonymous(app)) : signedIn(app, ROLE[actor], actor === 'contributor' ? organization : null);
  const callers = {
    anonymous: anonymous(app),
    contributor: await fresh('contributor'),
    moderator: await fresh('moderator'),
    admin: await fresh('admin'),
  };
  for (let i = 0; i < 3; i++) await buildUser(em, { role: ROLE.contributor, organization, organizationConfirmed: i === 0 });

  const { contributor, moderator, admin } = callers;
  const published = await must<{ practice: { id: string } }>(anonymous(app), `query($s: String!) { practice(slug: $s) { id } }`, {
    s: PUBLISHED_PRACTICE,
  });
  const create = `mutation($input: PracticeContentInput!) { createPractice(input: $input) { id version } }`;
  const draft = (await must<{ createPractice: { id: string; version: number } }>(contributor, create, { input: practiceInput() }))
    .createPractice;
  const submitted = (await must<{ createPractice: { id: string } }>(contributor, create, { input: practiceInput({ titleUk: 'Друга' }) }))
    .createPractice;
  await must(contributor, `mutation($id: ID!) { submitForReview(id: $id, type: PRACTICE, note: "Прошу глянути") { id } }`, {
    id: submitted.id,
  });
  const queue = await must<{ reviewQueue: { id: string }[] }>(moderator, `{ reviewQueue { id } }`, {});
  await must(moderator, `mutation($id: ID!) { requestChanges(id: $id, comment: "Додайте кроки") { id } }`, {
    id: queue.reviewQueue[0]!.id,
  });
  const caseStudy = (
    await must<{ createCaseStudy: { id: string; version: number } }>(
      contributor,
      `mutation($input: CaseStudyContentInput!) { createCaseStudy(input: $input) { id version } }`,
      { input: caseStudyInput(PUBLISHED_PRACTICE) },
    )
  ).createCaseStudy;
  const report = { practiceId: published.practice.id, adoptedOn: '2025-03-01', resultUk: 'Діти прийшли знову наступного тижня.' };
  await must(contributor, `mutation($input: ReportAdoptionInput!) { reportAdoption(input: $input) { id } }`, { input: report });
  await must(contributor, `mutation($id: ID) { saveToMyList(practiceId: $id) { id } }`, { id: published.practice.id });
  const collection = (
    await must<{ createCollection: { id: string } }>(
      admin,
      `mutation { createCollection(input: { titleUk: "Добірка для перевірок", visibility: PUBLIC }) { id } }`,
      {},
    )
  ).createCollection;
  await must(admin, `mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { id } }`, {
    input: { collectionId: collection.id, practiceId: published.practice.id, noteUk: 'Нотатка' },
  });

  const own = new Set(Object.values(callers).map((c) => c.user?.id));
  const ids = (await sample(app, 'id', 6)).filter((id) => !own.has(id));
  const words = [...(await sample(app, 'slug', 6)), ...(await sample(app, 'share_token', 3)), ...(await sample(app, 'email', 4))];

  const examples: Record<string, Record<string, unknown>> = {
    createPractice: { input: practiceInput() },
    updatePractice: { id: draft.id, version: draft.version, input: practiceInput() },
    createCaseStudy: { input: caseStudyInput(PUBLISHED_PRACTICE) },
    updateCaseStudy: { id: caseStudy.id, version: caseStudy.version, input: caseStudyInput(PUBLISHED_PRACTICE) },
    register: { input: { email: 'new-reader@example.org', displayName: 'Нова читачка', password: 'довгий-пароль-для-перевірки' } },
    login: { input: { email: contributor.user!.email, password: TEST_PASSWORD } },
    reportAdoption: { input: report },
    addCollectionItem: { input: { collectionId: collection.id, practiceId: published.practice.id, noteUk: 'Нотатка' } },
    createCollection: { input: { titleUk: 'Нова добірка', descriptionUk: 'Опис', visibility: 'UNLISTED' } },
    updateCollection: { id: collection.id, input: { titleUk: 'Інша назва', version: 1 } },
    search: { query: 'казка', filters: { themes: ['fairy-tale-therapy'] }, page: 1, pageSize: 10 },
    practices: { filter: { themes: ['fairy-tale-therapy'], worksInShelter: true }, first: 10, orderBy: 'NEWEST' },
    submitForReview: { id: draft.id, type: 'PRACTICE', note: 'Готово' },
    updateMyProfile: { input: { displayName: 'Інше імʼя', organization: ORGANIZATION } },
  };

  return { app, callers, freshCaller: fresh, ids, words, examples, close: () => app.close() };
}
