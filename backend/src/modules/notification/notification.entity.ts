import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../account/user.entity.js';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPayload } from './notification.kinds.js';

/**
 * A message to one person about something another person did: written in the same transaction as the
 * event, read in the app, and e-mailed after commit when SMTP is configured. Never edited except `readAt`.
 */
@Entity({ tableName: 'notification' })
// The recipient's list (newest first) and their unread count read this index.
@Index({ properties: ['recipient', 'createdAt', 'id'] })
export class Notification {
  [OptionalProps]?: 'createdAt' | 'readAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  recipient!: Rel<User>;

  @Enum({ items: [...NOTIFICATION_KINDS], type: 'string' })
  kind!: NotificationKind;

  @Property({ type: 'json' })
  payload!: NotificationPayload;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;
}
