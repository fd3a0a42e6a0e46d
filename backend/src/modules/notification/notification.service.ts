import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../graphql/errors.js';
import { checkPageSize, decodeCursor, encodeCursor, type Page } from '../../graphql/pagination.js';
import type { CurrentUser } from '../account/session.service.js';
import { User } from '../account/user.entity.js';
import { Notification } from './notification.entity.js';
import type { NotificationKind, NotificationPayload } from './notification.kinds.js';
import { queueMail } from './notification.mail.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NotificationEvent {
  kind: NotificationKind;
  /** Who did it: never notified about their own action. */
  actorId: string;
  /** Everyone the event concerns; duplicates, nulls and the actor are dropped. */
  recipients: readonly (string | null | undefined)[];
  payload: NotificationPayload;
}

/**
 * Writes one notification per recipient, inside the transaction of the event (`em` is that
 * transaction's EntityManager), so both commit or roll back together. The e-mails, when configured,
 * go out only after that transaction commits.
 */
export async function notify(em: EntityManager, event: NotificationEvent): Promise<Notification[]> {
  if (!em.isInTransaction()) throw new Error('notify() belongs inside the transaction of the event it reports');
  const ids = [...new Set(event.recipients.filter((id): id is string => !!id && id !== event.actorId))];
  if (!ids.length) return [];
  const users = await em.find(User, { id: { $in: ids } }, { fields: ['id', 'email', 'displayName'] });
  const rows = users.map((u) =>
    em.create(Notification, { recipient: em.getReference(User, u.id), kind: event.kind, payload: event.payload }),
  );
  await em.flush();
  queueMail(
    em,
    users.map((u) => ({ to: u.email, name: u.displayName, kind: event.kind, payload: event.payload })),
  );
  return rows;
}

/** The signed-in user's own notifications. */
export class NotificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: CurrentUser,
  ) {}

  /** Newest first, keyset-paginated by (createdAt, id). */
  async list(first: number | null | undefined, after: string | null | undefined, unreadOnly: boolean): Promise<Page<Notification>> {
    const size = checkPageSize(first);
    const cursor = decodeCursor(after);
    const where: Record<string, unknown> = { recipient: this.user.id };
    if (unreadOnly) where.readAt = null;
    const position = cursor ? new Date(String(cursor.v)) : null;
    if (position && Number.isNaN(position.getTime())) throw badInput('after', 'cursor', 'is not a cursor returned by this API');
    const page = position ? { $or: [{ createdAt: { $lt: position } }, { createdAt: position, id: { $lt: cursor!.id } }] } : {};
    const [totalCount, rows] = await Promise.all([
      this.em.count(Notification, where),
      this.em.find(Notification, { ...where, ...page }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: size + 1 }),
    ]);
    const edges = rows.slice(0, size).map((node) => ({ cursor: encodeCursor({ v: node.createdAt.toISOString(), id: node.id }), node }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  unreadCount(): Promise<number> {
    return this.em.count(Notification, { recipient: this.user.id, readAt: null });
  }

  /**
   * Marks the given notifications (all, when `ids` is omitted) read; returns how many changed. Ids of
   * someone else's notifications change nothing, so they reveal nothing.
   */
  async markRead(ids: readonly string[] | null | undefined): Promise<number> {
    const where: Record<string, unknown> = { recipient: this.user.id, readAt: null };
    if (ids) {
      if (ids.length > 100) throw badInput('ids', 'tooMany', 'at most 100 at once', { max: 100 });
      const valid = ids.filter((id) => UUID.test(id));
      if (!valid.length) return 0;
      where.id = { $in: valid };
    }
    return this.em.nativeUpdate(Notification, where, { readAt: new Date() });
  }
}
