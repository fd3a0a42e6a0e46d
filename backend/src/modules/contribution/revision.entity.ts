import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { User } from '../account/user.entity.js';
import { BaseEntity } from '../catalog/base.entity.js';
import { RECORD_STATUSES, type RecordStatus } from '../catalog/catalog.limits.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { Practice } from '../practice/practice.entity.js';

/**
 * A change to a published record, kept apart until a moderator approves it, then kept as history.
 * `content` is the whole proposed record in the contribution input's shape.
 */
@Entity({ tableName: 'revision' })
@Check({ name: 'revision_one_target', expression: '(practice_id is null) <> (case_study_id is null)' })
// At most one open revision per record, so two editors cannot fork a record's changes.
@Index({
  name: 'revision_one_open_per_record',
  expression: `create unique index revision_one_open_per_record on revision (coalesce(practice_id, case_study_id)) where status in ('draft', 'submitted', 'changes_requested')`,
})
export class Revision extends BaseEntity<'version' | 'number' | 'approvedAt' | 'approvedBy'> {
  @ManyToOne({ entity: () => Practice, nullable: true, deleteRule: 'cascade', index: true })
  practice?: Rel<Practice> | null;

  @ManyToOne({ entity: () => CaseStudy, nullable: true, deleteRule: 'cascade', index: true })
  caseStudy?: Rel<CaseStudy> | null;

  /** 1, 2, … among the approved revisions of the record; null until approved. */
  @Property({ type: 'integer', nullable: true })
  number?: number | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  author?: Rel<User> | null;

  @Enum({ items: [...RECORD_STATUSES], type: 'string' })
  status!: RecordStatus;

  @Property({ type: 'json' })
  content!: Record<string, unknown>;

  @Property({ type: 'json' })
  changedFields: string[] = [];

  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  approvedBy?: Rel<User> | null;
}
