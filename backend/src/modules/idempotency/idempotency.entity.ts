import { Entity, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import { User } from '../account/user.entity.js';

/**
 * The answer the server gave to one signed-in user's request sent with an `Idempotency-Key`, kept so
 * that a retry with the same key gets the same answer instead of making a second record. A row is
 * written only for a successful answer, in the same transaction as the work it answers, so there is no
 * "pending" row: a request still running holds a transaction-scoped advisory lock instead.
 */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKey {
  [PrimaryKeyProp]?: ['user', 'key'];
  [OptionalProps]?: 'createdAt';

  @ManyToOne({ entity: () => User, primary: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  /** Chosen on the device: 8–128 characters of A–Z, a–z, 0–9, `_` and `-`. */
  @PrimaryKey({ type: 'string', length: 128 })
  key!: string;

  /** The covered root fields the request ran, e.g. `createPractice` (for people reading the table). */
  @Property({ type: 'string', length: 200 })
  operation!: string;

  /** SHA-256 (hex) of the canonical request: operation name, query text and variables with sorted keys. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  /** The GraphQL result exactly as serialised the first time; `text`, not `jsonb`, so a replay is byte for byte the same. */
  @Property({ type: 'text' })
  response!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()', index: true })
  createdAt: Date = new Date();
}
