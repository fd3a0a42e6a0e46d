import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../catalog/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { ROLES, type Role } from './account.limits.js';

/**
 * A person who signs in. Belongs to at most one organisation: a claim until an admin, a moderator or an
 * already confirmed member of that organisation confirms it (`organizationConfirmedAt`).
 */
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity<'role'> {
  /** Stored lower-cased; compared lower-cased. */
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'string', length: 80 })
  displayName!: string;

  @Enum({ items: [...ROLES], type: 'string', default: 'librarian' })
  role: Role = 'librarian';

  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'set null', index: true })
  organization?: Rel<Organization> | null;

  /** When the membership was confirmed; null while it is a claim (or there is no organisation). */
  @Property({ type: 'datetime', nullable: true })
  organizationConfirmedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  organizationConfirmedBy?: Rel<User> | null;
}
