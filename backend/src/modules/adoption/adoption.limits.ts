import { LIMITS } from '../catalog/catalog.limits.js';
import { LIBRARY_TIME_ZONE } from '../catalog/calendar.js';

/** Field limits of adoption reports, in one place: inputs, services and tests read them from here. */
export const ADOPTION_LIMITS = {
  /** The war, and library work with displaced families, began in 2014; nothing this catalogue records is older. */
  earliestOn: '2014-01-01',
  /** Dates are the librarian's calendar date, so "today" is today in Ukraine, not in UTC. */
  timeZone: LIBRARY_TIME_ZONE,
  changes: LIMITS.shortText,
  resultMin: 10,
  result: LIMITS.shortText,
  participantsMax: 100_000,
  hideReasonMin: 5,
  hideReason: 500,
} as const;

/** published: public · pending: from a member whose organisation is not confirmed yet · hidden: by a moderator. */
export const ADOPTION_STATUSES = ['published', 'pending', 'hidden'] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];
