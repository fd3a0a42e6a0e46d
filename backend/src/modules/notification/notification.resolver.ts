import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { Page } from '../../graphql/pagination.js';
import { requireUser } from '../account/authz.js';
import { NotificationService } from './notification.service.js';
import { NotificationConnection, NotificationType } from './notification.type.js';

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first (first ≤ 100). Signed-in users.' })
  async notifications(
    @Ctx() { em, user }: Context,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only those not yet read.' }) unreadOnly?: boolean | null,
  ): Promise<Page<NotificationType>> {
    const caller = requireUser(user);
    const page = await new NotificationService(em, caller).list(first, after, !!unreadOnly);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: NotificationType.from(e.node) })) };
  }

  @Query(() => Int, { description: 'How many of your notifications are unread. Signed-in users.' })
  async unreadNotificationCount(@Ctx() { em, user }: Context): Promise<number> {
    const caller = requireUser(user);
    return new NotificationService(em, caller).unreadCount();
  }

  @Mutation(() => Int, {
    description:
      'Marks your notifications read: those with the given ids (≤ 100), or all when ids is omitted. Returns how many changed. Signed-in users.',
  })
  async markNotificationsRead(
    @Ctx() { em, user }: Context,
    @Arg('ids', () => [ID], { nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    const caller = requireUser(user);
    return new NotificationService(em, caller).markRead(ids);
  }
}
