import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireUser } from '../account/authz.js';
import { ContributionType } from '../contribution/contribution.type.js';
import { InvitationService } from './invitation.service.js';
import { AcceptedInvitationType, ReceivedInvitationType, SentInvitationType } from './invitation.type.js';

/** The addressee's side of invitations (sending them is `addCoAuthor` / `addCollectionCoCurator`). */
@Resolver()
export class InvitationResolver {
  @Query(() => [ReceivedInvitationType], { description: 'Invitations to the signed-in user’s address, newest first. Signed in.' })
  async myInvitations(@Ctx() { em, user }: Context): Promise<ReceivedInvitationType[]> {
    const me = requireUser(user);
    return (await new InvitationService(em).received(me)).map((r) => ReceivedInvitationType.from(r));
  }

  @Mutation(() => AcceptedInvitationType, { description: 'Joins the record as co-author or co-curator. The addressee.' })
  async acceptInvitation(@Arg('id', () => ID) id: string, @Ctx() { em, user }: Context): Promise<AcceptedInvitationType> {
    const me = requireUser(user);
    return Object.assign(new AcceptedInvitationType(), await new InvitationService(em).accept(me, id));
  }

  @Mutation(() => Boolean, { description: 'Says no; the inviter may invite again. The addressee.' })
  async declineInvitation(@Arg('id', () => ID) id: string, @Ctx() { em, user }: Context): Promise<boolean> {
    return new InvitationService(em).decline(requireUser(user), id);
  }

  @Mutation(() => Boolean, { description: 'Takes an invitation back. Whoever sent it, the record’s author or owner, admins.' })
  async revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() { em, user }: Context): Promise<boolean> {
    return new InvitationService(em).revoke(requireUser(user), id);
  }
}

/** What invitations add to a record being written: the co-author invitations still waiting. */
@Resolver(() => ContributionType)
export class ContributionInvitationResolver {
  @FieldResolver(() => [SentInvitationType], { description: 'Co-author invitations not yet answered, oldest first.' })
  async invitations(@Root() c: ContributionType, @Ctx() { em }: Context): Promise<SentInvitationType[]> {
    return (await new InvitationService(em).waitingFor(c.type, c.id)).map((i) => SentInvitationType.from(i));
  }
}
