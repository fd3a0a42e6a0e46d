import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../account/user.entity.js';
import { NOTIFICATION_RECORD_TYPES, type NotificationRecordType } from '../notification/notification.kinds.js';

/**
 * An invitation to co-author a practice or case study, or to co-curate a collection, sent to an e-mail
 * address whether or not an account uses it. It waits until someone signed in with that address accepts or
 * declines it, or the inviter takes it back; so inviting tells the inviter nothing about who has an account.
 */
@Entity({ tableName: 'invitation' })
@Unique({ properties: ['recordType', 'recordId', 'email'] })
export class Invitation {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** A collection invites a co-curator; a practice or case study a co-author. */
  @Enum({ items: [...NOTIFICATION_RECORD_TYPES], type: 'string' })
  recordType!: NotificationRecordType;

  @Property({ type: 'uuid' })
  recordId!: string;

  /** Normalised (trimmed, lower case), as accounts store theirs. */
  @Index()
  @Property({ type: 'string', length: 254 })
  email!: string;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  invitedBy!: Rel<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
