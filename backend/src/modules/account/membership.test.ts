import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn, type Caller } from '../../test-support/accounts.js';
import { buildOrganization, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { dataOf, failure } from '../../test-support/operations.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { PENDING, PUBLIC, PUBLISH, REPORT } from '../adoption/testing/adoption.test-ops.js';
import type { Organization } from '../organization/organization.entity.js';
import { CLAIMS, CONFIRM, MY_MEMBERSHIP } from './testing/account.test-ops.js';

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
const report = async (caller: Caller, resultUk = 'Діти прийшли й попросили ще.') =>
  (await dataOf(caller.send(REPORT, { input: { practiceId, adoptedOn: '2025-03-01', resultUk } }))).reportAdoption;
const practice = async () => (await dataOf(anonymous(app).send(PUBLIC, { slug: 'membership-practice' }))).practice!;
const triedBy = async () => (await practice()).triedIn.organizationCount;
const publicIds = async () => (await practice()).adoptions.map((a) => a.id);
/** Whether the caller's organisation is confirmed (the caller is signed in). */
const confirmed = async (caller: Caller) => (await dataOf(caller.send(MY_MEMBERSHIP))).me!.organizationConfirmed;

describe('membership of an organisation', () => {
  it('keeps a claimed member’s report waiting until a confirmed colleague vouches; then it and the next go live', async () => {
    const newcomer = await claimant();
    const first = await report(newcomer);
    expect(first.status).toBe('PENDING');
    expect(await publicIds()).not.toContain(first.id);
    // Nor does it count where the practice was tried (the other public reading of reports).
    const triedBefore = await triedBy();
    expect((await moderator.send(PENDING)).data!.pendingAdoptions.map((a) => a.id)).toContain(first.id);

    const colleague = await signedIn(app, 'librarian', library);
    const claims = await colleague.send(CLAIMS);
    expect(claims.data!.membershipClaims).toContainEqual(
      expect.objectContaining({ id: newcomer.user!.id, organization: { slug: library.slug } }),
    );
    expect((await colleague.send(CONFIRM, { userId: newcomer.user!.id })).errors).toBeUndefined();

    expect(await publicIds()).toContain(first.id);
    expect(await triedBy()).toBe(triedBefore + 1);
    expect(await confirmed(newcomer)).toBe(true);
    expect((await report(newcomer, 'Удруге прийшли з батьками.')).status).toBe('PUBLISHED');
    expect(failure(await colleague.send(CONFIRM, { userId: newcomer.user!.id })).code).toBe('CONFLICT');
  });

  it('lets no one else vouch: a member of another library, a claimant, an unconfirmed colleague', async () => {
    const newcomer = await claimant();
    const strangers = [await signedIn(app, 'librarian', otherLibrary), await claimant(otherLibrary), await claimant(library)];
    for (const stranger of strangers) {
      expect(failure(await stranger.send(CONFIRM, { userId: newcomer.user!.id })).code).toBe('FORBIDDEN');
    }
    // A confirmed member of another library sees only its own claims; a claimant sees none.
    const other = await strangers[0]!.send(CLAIMS);
    expect(other.data!.membershipClaims.map((c) => c.id)).not.toContain(newcomer.user!.id);
    expect(failure(await strangers[2]!.send(CLAIMS)).code).toBe('FORBIDDEN');
    expect((await moderator.send(CLAIMS)).data!.membershipClaims.map((c) => c.id)).toContain(newcomer.user!.id);
  });

  it('makes another organisation in the profile a claim again', async () => {
    const member = await signedIn(app, 'librarian', library);
    expect(await confirmed(member)).toBe(true);
    await member.gql(`mutation { updateMyProfile(input: { organization: "${otherLibrary.slug}" }) { id } }`);
    expect(await confirmed(member)).toBe(false);
    expect((await report(member)).status).toBe('PENDING');
  });

  it('lets a moderator publish a waiting report, once', async () => {
    const waiting = await report(await claimant());
    expect((await moderator.send(PUBLISH, { id: waiting.id })).data!.publishAdoption.status).toBe('PUBLISHED');
    expect(await publicIds()).toContain(waiting.id);
    expect(failure(await moderator.send(PUBLISH, { id: waiting.id })).code).toBe('CONFLICT');
  });
});
