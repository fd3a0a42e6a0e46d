import { Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { User } from '../account/user.entity.js';
import { BaseEntity } from './base.entity.js';
import { RECORD_STATUSES, type RecordStatus } from './catalog.limits.js';

/**
 * A record that goes through contribution and review: status, publication time and an optimistic
 * version that makes a second concurrent save fail instead of overwriting.
 */
export abstract class PublishableEntity<Optional = never> extends BaseEntity<
  'status' | 'version' | 'publishedAt' | 'author' | 'submittedAt' | Optional
> {
  @Property({ type: 'string', length: 120, unique: true })
  slug!: string;

  @Index()
  @Enum({ items: [...RECORD_STATUSES], type: 'string', default: 'draft' })
  status: RecordStatus = 'draft';

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;

  /** Who created the record; null for the editorial catalogue loaded from seeds/. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null', index: true })
  author?: Rel<User> | null;

  /** When it last went to review; orders the review queue. */
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;
}
