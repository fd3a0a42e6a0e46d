import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/pagination.js';
import type { Notification } from './notification.entity.js';
import {
  DECISION_OUTCOMES,
  NOTIFICATION_KINDS,
  NOTIFICATION_RECORD_TYPES,
  type DecisionOutcome,
  type NotificationKind,
  type NotificationRecordType,
} from './notification.kinds.js';

const upper = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<string, T>;

export const NotificationKindEnum = upper(NOTIFICATION_KINDS);
export const NotificationRecordTypeEnum = upper(NOTIFICATION_RECORD_TYPES);
export const DecisionOutcomeEnum = upper(DECISION_OUTCOMES);

registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'submission_decided: a moderator decided on your submission; moderator_comment: a moderator hid your adoption report, with the reason; practice_tried: an organisation of another community tried your practice; co_author_invited, co_curator_invited: you are invited to co-author a record or co-curate a collection (answer on the notifications page); co_author_added, co_curator_added: from before invitations, when you were added at once',
});
registerEnumType(NotificationRecordTypeEnum, { name: 'NotificationRecordType', description: 'practice, case study or collection' });
registerEnumType(DecisionOutcomeEnum, { name: 'DecisionOutcome', description: 'approved, changes requested or rejected' });

@ObjectType('Notification', { description: 'A message to the signed-in user about something someone else did.' })
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Null while unread.' })
  readAt!: Date | null;

  @Field(() => NotificationRecordTypeEnum, { description: 'What the message is about.' })
  recordType!: NotificationRecordType;

  @Field(() => ID)
  recordId!: string;

  @Field(() => String)
  recordSlug!: string;

  @Field(() => String, { description: 'The record’s Ukrainian title when the event happened.' })
  title!: string;

  @Field(() => DecisionOutcomeEnum, { nullable: true, description: 'submission_decided only.' })
  outcome!: DecisionOutcome | null;

  @Field(() => String, { nullable: true, description: 'The moderator’s comment or reason (submission_decided, moderator_comment).' })
  comment!: string | null;

  @Field(() => String, { nullable: true, description: 'practice_tried: the organisation that tried it.' })
  organizationName!: string | null;

  @Field(() => String, { nullable: true, description: 'practice_tried: its community.' })
  communityName!: string | null;

  @Field(() => String, { nullable: true, description: 'co_author_added, co_curator_added: who added you.' })
  actorName!: string | null;

  static from(n: Notification): NotificationType {
    const p = n.payload;
    return Object.assign(new NotificationType(), {
      id: n.id,
      kind: n.kind,
      createdAt: n.createdAt,
      readAt: n.readAt ?? null,
      recordType: p.recordType,
      recordId: p.recordId,
      recordSlug: p.slug,
      title: p.title,
      outcome: p.outcome ?? null,
      comment: p.comment ?? null,
      organizationName: p.organizationName ?? null,
      communityName: p.communityName ?? null,
      actorName: p.actorName ?? null,
    });
  }
}

export const NotificationConnection = Connection('Notification', NotificationType);
