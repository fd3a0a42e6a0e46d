import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { caseStudyContent, type CaseStudyContent } from '../case-study/case-study.content.js';
import { practiceContent, type PracticeContent } from '../practice/practice.content.js';
import { applyCaseStudyContent, applyPracticeContent, caseStudyContentOf, practiceContentOf } from './record-content.js';

/** Each kind of record people write: its entity and its content, typed together. */
interface Kinds {
  practice: { record: Practice; content: PracticeContent };
  case_study: { record: CaseStudy; content: CaseStudyContent };
}

export const RECORD_TYPES = ['practice', 'case_study'] as const satisfies readonly (keyof Kinds)[];
export type RecordType = (typeof RECORD_TYPES)[number];
export type RecordOf<T extends RecordType> = Kinds[T]['record'];
export type ContentOf<T extends RecordType> = Kinds[T]['content'];
export type ContributedRecord = RecordOf<RecordType>;

/** Everything the contribution and review services need to know about one kind of record. */
export interface RecordKind<T extends RecordType> {
  type: T;
  entity: new () => RecordOf<T>;
  rules: z.ZodType<ContentOf<T>>;
  apply(em: EntityManager, record: RecordOf<T>, content: ContentOf<T>): Promise<void>;
  contentOf(em: EntityManager, record: RecordOf<T>): Promise<ContentOf<T>>;
}

/** Lists whose order carries no meaning are compared sorted. */
const SETS = ['audiences', 'formats', 'partnersNeeded', 'partnerOrganizations'];
export function normalizeContent<C>(content: C): C {
  const c = structuredClone(content) as Record<string, unknown>;
  for (const key of SETS) if (Array.isArray(c[key])) (c[key] as string[]).sort();
  const participants = c.participants as { audiences?: string[] } | undefined;
  participants?.audiences?.sort();
  return c as C;
}

const KINDS: { [T in RecordType]: RecordKind<T> } = {
  practice: {
    type: 'practice',
    entity: Practice,
    rules: practiceContent,
    apply: applyPracticeContent,
    contentOf: async (em, p) => normalizeContent(await practiceContentOf(em, p)),
  },
  case_study: {
    type: 'case_study',
    entity: CaseStudy,
    rules: caseStudyContent,
    apply: applyCaseStudyContent,
    contentOf: async (em, c) => normalizeContent(await caseStudyContentOf(em, c)),
  },
};

/**
 * The kind of `type`, typed by it: called with one type (or inside a function generic in the type), the
 * record and content its methods take are that kind's, so the compiler keeps a practice's content away
 * from a case study.
 */
export const kindOf = <T extends RecordType>(type: T): RecordKind<T> => KINDS[type];

/**
 * Calls `use` with the kind of record a row points at (a submission, a revision) and that record, typed
 * together; throws when the row points at none.
 */
export function withRecordOf<R>(
  row: { practice?: Practice | null; caseStudy?: CaseStudy | null },
  use: <T extends RecordType>(kind: RecordKind<T>, record: RecordOf<T>) => R,
): R {
  if (row.practice) return use(KINDS.practice, row.practice);
  if (row.caseStudy) return use(KINDS.case_study, row.caseStudy);
  throw new Error('the row points at no practice and no case study');
}

/** How revision and submission rows point at a record: `{ practice: id }` or `{ caseStudy: id }`. */
export const recordRef = (type: RecordType, id: string): { practice?: string; caseStudy?: string } =>
  type === 'practice' ? { practice: id } : { caseStudy: id };
