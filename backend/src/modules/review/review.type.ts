import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RecordTypeEnum, SubmissionKindEnum, SubmissionOutcomeEnum } from '../../graphql/enums.js';
import { PersonType } from '../account/account.type.js';
import { CaseStudyType, FollowUpType } from '../case-study/case-study.type.js';
import { RecordContentUnion } from '../contribution/contribution.type.js';
import type { RecordType } from '../contribution/record-kinds.js';
import { PracticeType } from '../practice/practice.type.js';
import type { Revision } from '../contribution/revision.entity.js';
import type { Submission, SubmissionKind, SubmissionOutcome } from './review.entity.js';

const person = (u: Parameters<typeof PersonType.from>[0] | null | undefined) => (u ? PersonType.from(u) : null);

@ObjectType('Revision', { description: 'An approved change: who made it, who approved it, when, and which fields changed.' })
export class RevisionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => [String])
  changedFields!: string[];

  @Field(() => PersonType, { nullable: true })
  author!: PersonType | null;

  @Field(() => Date)
  approvedAt!: Date;

  @Field(() => PersonType, { nullable: true })
  approvedBy!: PersonType | null;

  static from(r: Revision): RevisionType {
    return Object.assign(new RevisionType(), {
      id: r.id,
      number: r.number!,
      changedFields: r.changedFields,
      author: person(r.author),
      approvedAt: r.approvedAt!,
      approvedBy: person(r.approvedBy),
    });
  }
}

@ObjectType('PendingChanges', { description: 'Changes to a published record waiting for its authors or for review.' })
export class PendingChangesType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'draft, submitted or changes_requested' })
  status!: string;

  @Field(() => Int, { description: 'Send it back with the next save.' })
  version!: number;

  @Field(() => [String])
  changedFields!: string[];

  @Field(() => RecordContentUnion, { description: 'The whole proposed record, in the input’s shape.' })
  content!: Record<string, unknown>;

  static from(r: Revision): PendingChangesType {
    return Object.assign(new PendingChangesType(), {
      id: r.id,
      status: r.status,
      version: r.version,
      changedFields: r.changedFields,
      content: r.content,
    });
  }
}

@ObjectType('Submission', { description: 'One trip through review, with the author’s note and the moderator’s decision.' })
export class SubmissionType {
  @Field(() => ID)
  id!: string;

  @Field(() => SubmissionKindEnum)
  kind!: SubmissionKind;

  @Field(() => RecordTypeEnum)
  recordType!: RecordType;

  @Field(() => ID)
  recordId!: string;

  @Field(() => String, { description: 'The record’s title as it is now.' })
  titleUk!: string;

  @Field(() => SubmissionOutcomeEnum)
  outcome!: SubmissionOutcome;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => PersonType, { nullable: true })
  submittedBy!: PersonType | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => PersonType, { nullable: true })
  decidedBy!: PersonType | null;

  @Field(() => String, { nullable: true, description: 'The moderator’s comment or reason.' })
  comment!: string | null;

  @Field(() => [String], { description: 'For changes to a published record: the fields they change.' })
  changedFields!: string[];

  @Field(() => RecordContentUnion, { nullable: true, description: 'For changes to a published record: the proposed content.' })
  proposed!: Record<string, unknown> | null;

  @Field(() => PracticeType, { nullable: true, description: 'The practice as stored (a draft for new records).' })
  practice!: PracticeType | null;

  @Field(() => CaseStudyType, { nullable: true, description: 'The case study as stored (a draft for new records).' })
  caseStudy!: CaseStudyType | null;

  @Field(() => FollowUpType, { nullable: true })
  followUp!: FollowUpType | null;

  static from(s: Submission): SubmissionType {
    const record = s.practice ?? s.caseStudy!;
    return Object.assign(new SubmissionType(), {
      id: s.id,
      kind: s.kind,
      recordType: s.practice ? 'practice' : 'case_study',
      recordId: record.id,
      titleUk: record.titleUk,
      outcome: s.outcome,
      submittedAt: s.submittedAt,
      submittedBy: person(s.submittedBy),
      note: s.note ?? null,
      decidedAt: s.decidedAt ?? null,
      decidedBy: person(s.decidedBy),
      comment: s.comment ?? null,
      changedFields: s.revision?.changedFields ?? [],
      proposed: s.kind === 'revision' ? (s.revision?.content ?? null) : null,
      practice: s.practice ? PracticeType.from(s.practice) : null,
      caseStudy: s.caseStudy ? CaseStudyType.from(s.caseStudy) : null,
      followUp: s.followUp ? FollowUpType.from(s.followUp) : null,
    });
  }
}
