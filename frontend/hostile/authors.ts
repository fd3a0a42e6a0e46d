import { inTurns, register, type Session } from './api';
import { PAYLOADS, type Payload } from './corpus';
import { caseStudyInput, practiceInput, type FieldLog, type Vocabulary } from './content';
import * as op from './operations';

/** Two libraries in two communities with few seeded records, so that their pages list every hostile record. */
export const LIBRARIES = [
  { organization: 'uzhhorod-childrens-library', community: 'uzhhorod' },
  { organization: 'chernivtsi-school-library-5', community: 'chernivtsi' },
] as const;
const PARTNER = 'ngo-svitlo-slova';
const SEEDED_PRACTICE = 'bibliotechnyi-kutochok-v-ukrytti';

/** One contributor per payload: their name, their records, their collection all carry it. */
export interface Author {
  p: Payload;
  session: Session;
  userId: string;
  displayName: string;
  library: (typeof LIBRARIES)[number];
  practice: { id: string; slug: string };
  caseStudy: { id: string; slug: string };
  collection: { id: string; path: string; listed: boolean };
}

const next = (authors: Author[], a: Author) => authors[(authors.indexOf(a) + 1) % authors.length]!;

/**
 * Registers a contributor per payload, each claiming one of the two libraries (a claim, not yet confirmed), and
 * makes them trainers so they may curate collections. Half carry the payload as their name from registration,
 * the other half set it in their profile afterwards.
 */
export async function registerAuthors(baseUrl: string, admin: Session, log: FieldLog): Promise<Author[]> {
  const stamp = Date.now().toString(36);
  return inTurns(PAYLOADS, 4, async (p, i) => {
    const library = LIBRARIES[i % 2]!;
    const fromStart = i % 2 === 0;
    const displayName = fromStart ? log.put('RegisterInput.displayName', p, 80) : log.put('UpdateProfileInput.displayName', p, 80);
    const { session, id } = await register(baseUrl, {
      email: `hostile-${p.n}-${stamp}@poruch.test`,
      password: `Ліхтарик у сховищі ${p.n} ${stamp}`,
      displayName: fromStart ? displayName : 'Тимчасове ім’я',
      organization: library.organization,
    });
    if (!fromStart) await session.ask(op.UPDATE_PROFILE, { input: { displayName } });
    await admin.ask(op.SET_ROLE, { userId: id, role: 'TRAINER' });
    return { p, session, userId: id, displayName, library } as Author;
  });
}

/** Each author writes a practice with their payload in every text, invites the next author and sends it to review. */
export async function writePractices(authors: Author[], vocabulary: Vocabulary, log: FieldLog) {
  await inTurns(authors, 4, async (a) => {
    const { createPractice } = await a.session.ask<{ createPractice: { id: string; slug: string } }>(op.CREATE_PRACTICE, {
      input: practiceInput(log, a.p, vocabulary, a.library.organization),
    });
    a.practice = createPractice;
    await a.session.ask(op.ADD_CO_AUTHOR, { id: a.practice.id, type: 'PRACTICE', email: next(authors, a).session.email });
    await a.session.ask(op.SUBMIT, { id: a.practice.id, type: 'PRACTICE', note: log.put('submitForReview.note', a.p, 2000) });
  });
}

/** Each author writes a case study of their (now published) practice and a seeded one, and sends it to review. */
export async function writeCaseStudies(authors: Author[], vocabulary: Vocabulary, log: FieldLog) {
  await inTurns(authors, 4, async (a) => {
    const input = caseStudyInput(log, a.p, vocabulary, [a.practice.slug, SEEDED_PRACTICE], a.library.organization, PARTNER);
    const { createCaseStudy } = await a.session.ask<{ createCaseStudy: { id: string; slug: string } }>(op.CREATE_CASE_STUDY, { input });
    a.caseStudy = createCaseStudy;
    await a.session.ask(op.SUBMIT, { id: a.caseStudy.id, type: 'CASE_STUDY', note: log.put('submitForReview.note', a.p, 2000) });
  });
}

/**
 * After publication: a follow-up to the case study, a second edition of the practice sent to review, a collection
 * with notes and a co-curator, and a "we tried it here" report, which waits because the author's membership is
 * only a claim.
 */
export async function writeTheRest(authors: Author[], vocabulary: Vocabulary, log: FieldLog) {
  await inTurns(authors, 4, async (a, i) => {
    await a.session.ask(op.ADD_FOLLOW_UP, {
      caseStudyId: a.caseStudy.id,
      input: { monthsAfter: 3, recordedOn: '2025-08-31', textUk: log.put('FollowUpInput.textUk', a.p, 2000) },
    });

    const { contribution } = await a.session.ask<{ contribution: { version: number } }>(op.CONTRIBUTION, {
      id: a.practice.id,
      type: 'PRACTICE',
    });
    const edition = practiceInput(log, a.p, vocabulary, a.library.organization, ' (друга редакція)');
    await a.session.ask(op.UPDATE_PRACTICE, { id: a.practice.id, version: contribution.version, input: edition });
    await a.session.ask(op.SUBMIT, { id: a.practice.id, type: 'PRACTICE', note: log.put('submitForReview.note', a.p, 2000) });

    // Every fourth collection is unlisted: its pages are reached through the share link.
    const listed = i % 4 !== 3;
    const { createCollection: c } = await a.session.ask<{
      createCollection: { id: string; slug: string; version: number; shareToken: string };
    }>(op.CREATE_COLLECTION, {
      input: {
        titleUk: log.put('CreateCollectionInput.titleUk', a.p, 160),
        descriptionUk: log.put('CreateCollectionInput.descriptionUk', a.p, 20_000),
        visibility: listed ? 'PUBLIC' : 'UNLISTED',
      },
    });
    await a.session.ask(op.UPDATE_COLLECTION, {
      id: c.id,
      input: {
        version: c.version,
        titleEn: log.put('UpdateCollectionInput.titleEn', a.p, 160),
        descriptionEn: log.put('UpdateCollectionInput.descriptionEn', a.p, 20_000),
      },
    });
    const added = await a.session.ask<{ addCollectionItem: { items: { id: string }[] } }>(op.ADD_ITEM, {
      input: { collectionId: c.id, practiceId: a.practice.id, noteUk: 'Почати з цього' },
    });
    await a.session.ask(op.UPDATE_NOTE, {
      input: { itemId: added.addCollectionItem.items[0]!.id, noteUk: log.put('UpdateCollectionItemNoteInput.noteUk', a.p, 2000) },
    });
    await a.session.ask(op.ADD_ITEM, {
      input: { collectionId: c.id, caseStudyId: a.caseStudy.id, noteUk: log.put('AddCollectionItemInput.noteUk', a.p, 2000) },
    });
    await a.session.ask(op.ADD_CO_CURATOR, { collectionId: c.id, email: next(authors, a).session.email });
    a.collection = { id: c.id, path: listed ? `/collections/${c.slug}` : `/collections/shared/${c.shareToken}`, listed };

    const { reportAdoption } = await a.session.ask<{ reportAdoption: { id: string; status: string } }>(op.REPORT_ADOPTION, {
      input: {
        practiceId: a.practice.id,
        adoptedOn: '2025-06-15',
        participantCount: 25,
        resultUk: log.put('ReportAdoptionInput.resultUk', a.p, 2000),
        changesUk: log.put('ReportAdoptionInput.changesUk', a.p, 2000),
      },
    });
    if (reportAdoption.status !== 'PENDING') throw new Error(`a claimant's report is ${reportAdoption.status}, not PENDING`);
    await a.session.ask(op.UPDATE_ADOPTION, {
      id: reportAdoption.id,
      input: {
        resultUk: log.put('UpdateAdoptionInput.resultUk', a.p, 2000),
        changesUk: log.put('UpdateAdoptionInput.changesUk', a.p, 2000),
      },
    });
  });
}

/**
 * Decides every open submission of one kind about these authors' records, the payload as the moderator's words:
 * approves it, or sends it back to its authors.
 */
export async function decideAll(
  moderator: Session,
  authors: Author[],
  kind: op.Queued['kind'],
  type: op.Queued['recordType'],
  decision: 'approve' | 'requestChanges',
  log: FieldLog,
) {
  const open = await openSubmissions(moderator, authors, kind, type);
  if (open.length !== authors.length) throw new Error(`${open.length} open ${kind} submissions, expected ${authors.length}`);
  await inTurns(open, 4, ({ submission, author }) =>
    decision === 'approve'
      ? moderator.ask(op.APPROVE, { id: submission.id, comment: log.put('approveSubmission.comment', author.p, 2000) })
      : moderator.ask(op.REQUEST_CHANGES, { id: submission.id, comment: log.put('requestChanges.comment', author.p, 2000) }),
  );
}

/** The open submissions of one kind about these authors' records, each with its author. */
export async function openSubmissions(moderator: Session, authors: Author[], kind: op.Queued['kind'], type: op.Queued['recordType']) {
  const { reviewQueue } = await moderator.ask<{ reviewQueue: op.Queued[] }>(op.REVIEW_QUEUE);
  const byRecord = new Map(authors.map((a) => [type === 'PRACTICE' ? a.practice.id : a.caseStudy?.id, a]));
  return reviewQueue
    .filter((s) => s.kind === kind && s.recordType === type && byRecord.has(s.recordId))
    .map((s) => ({ submission: s, author: byRecord.get(s.recordId)! }));
}
