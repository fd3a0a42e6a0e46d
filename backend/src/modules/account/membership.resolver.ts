import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireUser } from './authz.js';
import { PersonType } from './account.type.js';
import { MembershipService } from './membership.service.js';

@Resolver()
export class MembershipResolver {
  @Query(() => [PersonType], {
    description:
      'People whose organisation is a claim you may confirm, oldest first (first ≤ 100). Moderators and admins (all), confirmed members (their organisation).',
  })
  async membershipClaims(
    @Ctx() { em, user }: Context,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number | null,
  ): Promise<PersonType[]> {
    const caller = requireUser(user);
    return (await new MembershipService(em).claims(caller, first)).map(PersonType.from);
  }

  @Mutation(() => PersonType, {
    description:
      'Confirm that a person works for the organisation in their profile; their waiting reports are published. Moderators, admins and confirmed members of that organisation.',
  })
  async confirmMembership(@Arg('userId', () => ID) userId: string, @Ctx() { em, user }: Context): Promise<PersonType> {
    const caller = requireUser(user);
    return PersonType.from(await new MembershipService(em).confirm(caller, userId));
  }
}
