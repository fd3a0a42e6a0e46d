import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { User } from './user.entity.js';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
 * table does not let anyone sign in. Signing out deletes the row.
 */
@Entity({ tableName: 'user_session' })
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade', index: true })
  user!: Rel<User>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  lastSeenAt: Date = new Date();

  /** The idle deadline, pushed forward as the session is used. */
  @Property({ type: 'datetime', index: true })
  expiresAt!: Date;

  /** Never pushed forward. */
  @Property({ type: 'datetime' })
  absoluteExpiresAt!: Date;
}

/** Sign-in attempts and failures, counted in the database so every server process agrees (login-throttle.ts). */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  /** `pair:<email>|<address>`, `account:<email>`, `ip:<address>` or `register:<address>` */
  @PrimaryKey({ type: 'string', length: 300 })
  key!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'datetime' })
  windowStart!: Date;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  /** While an account or address is slowed down: the earliest moment its next password may be checked. */
  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt?: Date | null;
}
