import { Field, ID, ObjectType } from 'type-graphql';
import { NotificationRecordTypeEnum } from '../notification/notification.type.js';
import type { NotificationRecordType } from '../notification/notification.kinds.js';
import type { Invitation } from './invitation.entity.js';
import type { ReceivedInvitation } from './invitation.service.js';

@ObjectType('SentInvitation', { description: 'An invitation not yet answered, as those who may invite to its record see it.' })
export class SentInvitationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The address it was sent to, as typed (normalised).' })
  email!: string;

  @Field(() => Date)
  createdAt!: Date;

  static from(i: Invitation): SentInvitationType {
    return Object.assign(new SentInvitationType(), { id: i.id, email: i.email, createdAt: i.createdAt });
  }
}

@ObjectType('ReceivedInvitation', { description: 'An invitation to the signed-in user’s address, waiting for an answer.' })
export class ReceivedInvitationType {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationRecordTypeEnum, { description: 'A collection invites a co-curator; a practice or case study a co-author.' })
  recordType!: NotificationRecordType;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Who sent it: their display name.' })
  invitedBy!: string;

  @Field(() => Date)
  createdAt!: Date;

  static from(r: ReceivedInvitation): ReceivedInvitationType {
    return Object.assign(new ReceivedInvitationType(), {
      id: r.invitation.id,
      recordType: r.invitation.recordType,
      slug: r.slug,
      title: r.title,
      invitedBy: r.invitation.invitedBy.displayName,
      createdAt: r.invitation.createdAt,
    });
  }
}

@ObjectType('AcceptedInvitation', { description: 'Where an accepted invitation leads.' })
export class AcceptedInvitationType {
  @Field(() => NotificationRecordTypeEnum)
  recordType!: NotificationRecordType;

  @Field(() => ID)
  recordId!: string;

  @Field(() => String)
  slug!: string;
}
