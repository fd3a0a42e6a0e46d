import { DomainError } from '../../graphql/errors.js';
import type { RecordStatus } from '../catalog/catalog.limits.js';

/**
 * The one place that says which status changes exist and who may make them. Records, pending
 * revisions and follow-ups all move through the same table ('published' means approved and live).
 */
export const REVIEW_ACTIONS = ['submit', 'withdraw', 'approve', 'request_changes', 'reject', 'archive', 'restore'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** editor: the author or a co-author. */
type Actor = 'editor' | 'moderator';

const TRANSITIONS: Record<ReviewAction, { from: readonly RecordStatus[]; to: RecordStatus; by: readonly Actor[] }> = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', by: ['editor'] },
  withdraw: { from: ['submitted'], to: 'draft', by: ['editor'] },
  approve: { from: ['submitted'], to: 'published', by: ['moderator'] },
  request_changes: { from: ['submitted'], to: 'changes_requested', by: ['moderator'] },
  reject: { from: ['submitted'], to: 'rejected', by: ['moderator'] },
  archive: { from: ['published'], to: 'archived', by: ['editor', 'moderator'] },
  restore: { from: ['archived'], to: 'published', by: ['moderator'] },
};

/** Statuses of a revision still open: being written, in review, or sent back. At most one per record. */
export const OPEN_REVISION: readonly RecordStatus[] = ['draft', 'submitted', 'changes_requested'];

/** Statuses in which the editors change the record itself (never published yet). */
export const EDITABLE_IN_PLACE: readonly RecordStatus[] = ['draft', 'changes_requested'];

export interface ActingAs {
  isEditor: boolean;
  isModerator: boolean;
}

/** The status after `action`, or a FORBIDDEN / CONFLICT error saying why the change is not allowed. */
export function transition(current: RecordStatus, action: ReviewAction, actor: ActingAs): RecordStatus {
  const rule = TRANSITIONS[action];
  const may = rule.by.some((who) => (who === 'editor' ? actor.isEditor : actor.isModerator));
  if (!may) {
    throw new DomainError(
      'FORBIDDEN',
      `Only ${rule.by.map((w) => (w === 'editor' ? 'the authors' : 'moderators')).join(' or ')} may ${action.replace('_', ' ')}`,
    );
  }
  if (!rule.from.includes(current)) {
    throw new DomainError(
      'CONFLICT',
      `status: cannot ${action.replace('_', ' ')} from ${current}; allowed from ${rule.from.join(', ')}`,
      'status',
    );
  }
  return rule.to;
}
