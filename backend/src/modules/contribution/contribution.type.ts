import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { RecordStatusEnum, RecordTypeEnum } from '../../graphql/enums.js';
import { PersonType } from '../account/account.type.js';
import type { RecordStatus } from '../catalog/catalog.limits.js';
import { CaseStudyType } from '../case-study/case-study.type.js';
import type { CaseStudy } from '../case-study/case-study.entity.js';
import { PracticeType } from '../practice/practice.type.js';
import type { Practice } from '../practice/practice.entity.js';
import { CaseStudyContentInput, PracticeContentInput } from './contribution.input.js';
import type { ContributedRecord, RecordType } from './record-kinds.js';

/**
 * A record's content in the shape its authors send it (stored with pending changes and read back from
 * records): a practice's or a case study's, told apart by the fields only a practice has.
 */
export const RecordContentUnion = createUnionType({
  name: 'RecordContent',
  description: 'A practice or case study as its authors write it: what the edit form starts from, or what review is asked to approve.',
  types: () => [PracticeContentInput, CaseStudyContentInput] as const,
  resolveType: (content: object) => ('descriptionUk' in content ? 'PracticeContent' : 'CaseStudyContent'),
});

/**
 * A practice or case study as its authors (and moderators) see it: any status, with its content to
 * edit, pending changes and review thread (resolved in contribution.resolver.ts).
 */
@ObjectType('Contribution')
export class ContributionType {
  @Field(() => RecordTypeEnum)
  type!: RecordType;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  titleUk!: string;

  @Field(() => RecordStatusEnum)
  status!: RecordStatus;

  @Field(() => Int, { description: 'The record’s version; send it back when saving a draft.' })
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => PersonType, { nullable: true })
  author!: PersonType | null;

  @Field(() => [PersonType])
  coAuthors!: PersonType[];

  @Field(() => PracticeType, { nullable: true, description: 'The practice as stored (its draft, before publication).' })
  practice!: PracticeType | null;

  @Field(() => CaseStudyType, { nullable: true, description: 'The case study as stored (its draft, before publication).' })
  caseStudy!: CaseStudyType | null;

  static from(type: RecordType, r: ContributedRecord): ContributionType {
    return Object.assign(new ContributionType(), {
      type,
      id: r.id,
      slug: r.slug,
      titleUk: r.titleUk,
      status: r.status,
      version: r.version,
      updatedAt: r.updatedAt,
      submittedAt: r.submittedAt ?? null,
      publishedAt: r.publishedAt ?? null,
      author: r.author ? PersonType.from(r.author) : null,
      coAuthors: r.coAuthors.isInitialized() ? r.coAuthors.getItems().map(PersonType.from) : [],
      practice: type === 'practice' ? PracticeType.from(r as Practice) : null,
      caseStudy: type === 'case_study' ? CaseStudyType.from(r as CaseStudy) : null,
    });
  }
}
