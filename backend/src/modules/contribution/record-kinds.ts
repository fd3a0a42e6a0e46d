import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { caseStudyContent, type CaseStudyContent } from '../case-study/case-study.content.js';
import { practiceContent, type PracticeContent } from '../practice/practice.content.js';
import { applyCaseStudyContent, applyPracticeContent, caseStudyContentOf, practiceContentOf } from './record-content.js';

export const RECORD_TYPES = ['practice', 'case_study'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
export type ContributedRecord = Practice | CaseStudy;

/** Everything the contribution and review services need to know about one kind of record. */
export interface RecordKind<E extends ContributedRecord = ContributedRecord, C = unknown> {
  type: RecordType;
  entity: new () => E;
  rules: z.ZodType<C>;
  apply(em: EntityManager, record: E, content: C): Promise<void>;
  contentOf(em: EntityManager, record: E): Promise<C>;
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

export const PRACTICE_KIND: RecordKind<Practice, PracticeContent> = {
  type: 'practice',
  entity: Practice,
  rules: practiceContent,
  apply: applyPracticeContent,
  contentOf: async (em, p) => normalizeContent(await practiceContentOf(em, p)),
};

export const CASE_STUDY_KIND: RecordKind<CaseStudy, CaseStudyContent> = {
  type: 'case_study',
  entity: CaseStudy,
  rules: caseStudyContent,
  apply: applyCaseStudyContent,
  contentOf: async (em, c) => normalizeContent(await caseStudyContentOf(em, c)),
};

export const kindOf = (type: RecordType): RecordKind => (type === 'practice' ? PRACTICE_KIND : CASE_STUDY_KIND) as RecordKind;

/** How revision and submission rows point at a record: `{ practice: id }` or `{ caseStudy: id }`. */
export const recordRef = (type: RecordType, id: string): { practice?: string; caseStudy?: string } =>
  type === 'practice' ? { practice: id } : { caseStudy: id };
