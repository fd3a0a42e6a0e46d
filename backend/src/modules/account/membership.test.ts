import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type Caller } from '../../test-support/accounts.js';
import { buildOrganization, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import type { Organization } from '../organization/organization.entity.js';

const REPORT = `mutation($input: ReportAdoptionInput!) { reportAdoption(input: $input) { id status } }`;
const PUBLIC = `query($slug: String!) { practice(slug: $slug) { adoptions { id } triedIn { organizationCount } } }`;
const CLAIMS = `{ membershipClaims { id displayName organization { slug } } }`;
const CONFIRM = `mutation($userId: ID!) { confirmMembership(userId: $userId) { id } }`;
const PENDING = `{ pendingAdoptions { id status } }`;
const PUBLISH = `mutation($id: ID!) { publishAdoption(id: $id) { id status } }`;
const ME = `{ me { organizationConfirmed organization { slug } } }`;

let app: TestApp;
let library: Organization;
let otherLibrary: Organization;
let practiceId: string;
let moderator: Caller;

beforeAll(async () => {
  app = await startTestApp();
  const em = app.orm.em.fork();
  const v = await buildVocabulary(em);
  library = await buildOrganization(em, { slug: 'pavlohrad-membership', community: v.frontline });
  otherLibrary = await buildOrganization(em, { slug: 'bila-tserkva-membership', community: v.frontline });
  practiceId = (await buildPractice(em, { slug: 'membership-practice' })).id;
  moderator = await signedIn(app, 'moderator');
});
afterAll(() => app?.close());

const claimant = (organization: Organization = library) => signedIn(app, 'librarian', organization, { organizationConfirmed: false });
const report = async (caller: Caller, resultUk = 'Діти прийшли й попросили ще.') => {
  const res = await caller.gql<{ reportAdoption: { id: string; status: string } }>(REPORT, {
    input: { practiceId, adoptedOn: '2025-03-01', resultUk },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.reportAdoption;
};
const triedBy = async () =>
  (await app.gql<{ practice: { triedIn: { organizationCount: number } } }>(PUBLIC, { slug: 'membership-practice' })).data!.practice.triedIn
    .organizationCount;
const publicIds = async () =>
  (await app.gql<{ practice: { adoptions: { id: string }[] } }>(PUBLIC, { slug: 'membership-practice' })).data!.practice.adoptions.map(
    (a) => a.id,
  );

describe('membership of an organisation', () => {
  it('keeps a claimed member’s report waiting until a confirmed colleague vouches; then it and the next go live', async () => {
    const newcomer = await claimant();
    const first = await report(newcomer);
    expect(first.status).toBe('PENDING');
    expect(await publicIds()).not.toContain(first.id);
    // Nor does it count where the practice was tried (the other public reading of reports).
    const triedBefore = await triedBy();
    expect((await moderator.gql<{ pendingAdoptions: { id: string }[] }>(PENDING)).data!.pendingAdoptions.map((a) => a.id)).toContain(
      first.id,
    );

    const colleague = await signedIn(app, 'librarian', library);
    const claims = await colleague.gql<{ membershipClaims: { id: string; organization: { slug: string } }[] }>(CLAIMS);
    expect(claims.data!.membershipClaims).toContainEqual(
      expect.objectContaining({ id: newcomer.user!.id, organization: { slug: library.slug } }),
    );
    expect((await colleague.gql(CONFIRM, { userId: newcomer.user!.id })).errors).toBeUndefined();

    expect(await publicIds()).toContain(first.id);
    expect(await triedBy()).toBe(triedBefore + 1);
    expect((await newcomer.gql<{ me: { organizationConfirmed: boolean } }>(ME)).data!.me.organizationConfirmed).toBe(true);
    expect((await report(newcomer, 'Удруге прийшли з батьками.')).status).toBe('PUBLISHED');
    expect((await colleague.gql(CONFIRM, { userId: newcomer.user!.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets no one else vouch: a member of another library, a claimant, an unconfirmed colleague', async () => {
    const newcomer = await claimant();
    const strangers = [await signedIn(app, 'librarian', otherLibrary), await claimant(otherLibrary), await claimant(library)];
    for (const stranger of strangers) {
      expect((await stranger.gql(CONFIRM, { userId: newcomer.user!.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // A confirmed member of another library sees only its own claims; a claimant sees none.
    const other = await strangers[0]!.gql<{ membershipClaims: { id: string }[] }>(CLAIMS);
    expect(other.data!.membershipClaims.map((c) => c.id)).not.toContain(newcomer.user!.id);
    expect((await strangers[2]!.gql(CLAIMS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await moderator.gql<{ membershipClaims: { id: string }[] }>(CLAIMS)).data!.membershipClaims.map((c) => c.id)).toContain(
      newcomer.user!.id,
    );
  });

  it('makes another organisation in the profile a claim again', async () => {
    const member = await signedIn(app, 'librarian', library);
    expect((await member.gql<{ me: { organizationConfirmed: boolean } }>(ME)).data!.me.organizationConfirmed).toBe(true);
    await member.gql(`mutation { updateMyProfile(input: { organization: "${otherLibrary.slug}" }) { id } }`);
    expect((await member.gql<{ me: { organizationConfirmed: boolean } }>(ME)).data!.me.organizationConfirmed).toBe(false);
    expect((await report(member)).status).toBe('PENDING');
  });

  it('lets a moderator publish a waiting report, once', async () => {
    const waiting = await report(await claimant());
    expect((await moderator.gql<{ publishAdoption: { status: string } }>(PUBLISH, { id: waiting.id })).data!.publishAdoption.status).toBe(
      'PUBLISHED',
    );
    expect(await publicIds()).toContain(waiting.id);
    expect((await moderator.gql(PUBLISH, { id: waiting.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
