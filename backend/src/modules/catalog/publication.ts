import { Enum, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from './base.entity.js';
import { RECORD_STATUSES, type RecordStatus } from './catalog.limits.js';

/**
 * A record that goes through contribution and review: status, publication time and an optimistic
 * version that makes a second concurrent save fail instead of overwriting.
 */
export abstract class PublishableEntity<Optional = never> extends BaseEntity<'status' | 'version' | 'publishedAt' | Optional> {
  @Property({ type: 'string', length: 120, unique: true })
  slug!: string;

  @Index()
  @Enum({ items: [...RECORD_STATUSES], type: 'string', default: 'draft' })
  status: RecordStatus = 'draft';

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;

  // The author, co-authors and the review thread arrive with accounts; see docs/ARCHITECTURE.md.
}
