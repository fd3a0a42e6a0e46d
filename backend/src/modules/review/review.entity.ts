import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { User } from '../account/user.entity.js';
import { BaseEntity } from '../catalog/base.entity.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { FollowUp } from '../case-study/impact.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { Revision } from '../contribution/revision.entity.js';

export const SUBMISSION_KINDS = ['record', 'revision', 'follow_up'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

export const SUBMISSION_OUTCOMES = ['open', 'approved', 'changes_requested', 'rejected', 'withdrawn'] as const;
export type SubmissionOutcome = (typeof SUBMISSION_OUTCOMES)[number];

/** One trip through review: what was submitted, by whom, with which note, and the moderator's decision. */
@Entity({ tableName: 'submission' })
@Check({
  name: 'submission_one_target',
  expression: `(case when practice_id is null then 0 else 1 end) + (case when case_study_id is null then 0 else 1 end) = 1`,
})
@Index({ properties: ['outcome', 'submittedAt'] })
export class Submission extends BaseEntity<'outcome' | 'submittedAt'> {
  @Enum({ items: [...SUBMISSION_KINDS], type: 'string' })
  kind!: SubmissionKind;

  @ManyToOne({ entity: () => Practice, nullable: true, deleteRule: 'cascade', index: true })
  practice?: Rel<Practice> | null;

  /** Set for case studies and for follow-ups (their case study). */
  @ManyToOne({ entity: () => CaseStudy, nullable: true, deleteRule: 'cascade', index: true })
  caseStudy?: Rel<CaseStudy> | null;

  @ManyToOne({ entity: () => Revision, nullable: true, deleteRule: 'cascade' })
  revision?: Rel<Revision> | null;

  @ManyToOne({ entity: () => FollowUp, nullable: true, deleteRule: 'cascade' })
  followUp?: Rel<FollowUp> | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  submittedBy?: Rel<User> | null;

  @Property({ type: 'datetime' })
  submittedAt: Date = new Date();

  /** The author's note to the moderator. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Enum({ items: [...SUBMISSION_OUTCOMES], type: 'string', default: 'open' })
  outcome: SubmissionOutcome = 'open';

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  decidedBy?: Rel<User> | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  /** Required when changes are requested or the submission is rejected. */
  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}
