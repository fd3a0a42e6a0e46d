/** What a notification tells its recipient about; a closed set, stored as text and checked by the database. */
export const NOTIFICATION_KINDS = [
  'submission_decided',
  'moderator_comment',
  'practice_tried',
  // Stored by earlier versions, which added co-authors and co-curators at once; now they are invited.
  'co_author_added',
  'co_curator_added',
  'co_author_invited',
  'co_curator_invited',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The record a notification links to. */
export const NOTIFICATION_RECORD_TYPES = ['practice', 'case_study', 'collection'] as const;
export type NotificationRecordType = (typeof NOTIFICATION_RECORD_TYPES)[number];

export const DECISION_OUTCOMES = ['approved', 'changes_requested', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/**
 * Everything a message needs, copied when the event happens: the message still reads the same after
 * the record is renamed, and the list costs one query. Fields that a kind does not use stay unset.
 */
export interface NotificationPayload {
  recordType: NotificationRecordType;
  recordId: string;
  slug: string;
  title: string;
  /** submission_decided */
  outcome?: DecisionOutcome;
  /** submission_decided: a new record, changes to a published one, or a follow-up. */
  submissionKind?: 'record' | 'revision' | 'follow_up';
  /** submission_decided, moderator_comment: the moderator's words. */
  comment?: string | null;
  /** practice_tried: who tried it, and where. */
  organizationName?: string;
  communityName?: string;
  /** co_author_*, co_curator_*: who added or invited the recipient. */
  actorName?: string;
}
