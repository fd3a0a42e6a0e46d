import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import type { Role } from './account.limits.js';
import type { User } from './user.entity.js';

/** A person as others see them: a name and, when set, their organisation. Never an email. */
@ObjectType('Person')
export class PersonType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  organizationId!: string | null;

  static from(u: User): PersonType {
    return Object.assign(new PersonType(), { id: u.id, displayName: u.displayName, organizationId: u.organization?.id ?? null });
  }
}

/** The signed-in user's own account (and what an admin sees of any account). */
@ObjectType('Account')
export class AccountType extends PersonType {
  @Field(() => String)
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Boolean, { description: 'The organisation is confirmed, not only claimed: reports publish at once.' })
  organizationConfirmed!: boolean;

  static override from(u: User): AccountType {
    return Object.assign(new AccountType(), {
      ...PersonType.from(u),
      email: u.email,
      role: u.role,
      createdAt: u.createdAt,
      organizationConfirmed: !!u.organization && !!u.organizationConfirmedAt,
    });
  }
}
