import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { SEARCH_TYPES, type SearchType } from './search-index.js';

/**
 * A record whose search document must be refreshed. Written in the same transaction as the change
 * (see search-outbox.subscriber.ts) and drained by the indexer, which marks a row processed only once
 * the engine has confirmed it.
 */
@Entity({ tableName: 'search_outbox' })
@Index({ name: 'search_outbox_pending_index', properties: ['processedAt', 'nextAttemptAt'] })
export class SearchOutbox {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Enum({ items: [...SEARCH_TYPES], type: 'string' })
  recordType!: SearchType;

  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', nullable: true })
  processedAt?: Date | null;
}
