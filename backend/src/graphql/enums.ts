import { registerEnumType } from 'type-graphql';
import {
  BUDGET_BANDS,
  COLLECTION_ITEM_KINDS,
  COLLECTION_VISIBILITIES,
  COMMUNITY_KINDS,
  EVIDENCE_LEVELS,
  IMPACT_STORY_KINDS,
  LICENCES,
  ORGANIZATION_KINDS,
  PARTNER_ROLES,
  SECURITY_CONTEXTS,
  RECORD_STATUSES,
} from '../modules/catalog/catalog.limits.js';
import { ROLES } from '../modules/account/account.limits.js';
import { RECORD_TYPES } from '../modules/contribution/record-kinds.js';
import { SUBMISSION_KINDS, SUBMISSION_OUTCOMES } from '../modules/review/review.entity.js';

/** GraphQL enum names are UPPER_SNAKE; the stored values stay as they are in catalog.limits. */
function graphqlEnum<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), v]));
}

export const CommunityKindEnum = graphqlEnum(COMMUNITY_KINDS);
export const OrganizationKindEnum = graphqlEnum(ORGANIZATION_KINDS);
export const EvidenceLevelEnum = graphqlEnum(EVIDENCE_LEVELS);
export const BudgetBandEnum = graphqlEnum(BUDGET_BANDS);
export const PartnerRoleEnum = graphqlEnum(PARTNER_ROLES);
export const SecurityContextEnum = graphqlEnum(SECURITY_CONTEXTS);
export const ImpactStoryKindEnum = graphqlEnum(IMPACT_STORY_KINDS);
export const CollectionVisibilityEnum = graphqlEnum(COLLECTION_VISIBILITIES);
export const CollectionItemKindEnum = graphqlEnum(COLLECTION_ITEM_KINDS);
export const LicenceEnum = graphqlEnum(LICENCES);
export const RoleEnum = graphqlEnum(ROLES);
export const RecordStatusEnum = graphqlEnum(RECORD_STATUSES);
export const RecordTypeEnum = graphqlEnum(RECORD_TYPES);
export const SubmissionKindEnum = graphqlEnum(SUBMISSION_KINDS);
export const SubmissionOutcomeEnum = graphqlEnum(SUBMISSION_OUTCOMES);

registerEnumType(CommunityKindEnum, { name: 'CommunityKind', description: 'frontline (прифронтова), rear (тилова) or other' });
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(EvidenceLevelEnum, {
  name: 'EvidenceLevel',
  description: 'described → documented outcomes → evaluated → replicated elsewhere',
});
registerEnumType(BudgetBandEnum, { name: 'BudgetBand' });
registerEnumType(PartnerRoleEnum, { name: 'PartnerRole' });
registerEnumType(SecurityContextEnum, { name: 'SecurityContext' });
registerEnumType(ImpactStoryKindEnum, { name: 'ImpactStoryKind' });
registerEnumType(CollectionVisibilityEnum, { name: 'CollectionVisibility' });
registerEnumType(CollectionItemKindEnum, { name: 'CollectionItemKind' });
registerEnumType(LicenceEnum, { name: 'Licence' });
registerEnumType(RoleEnum, { name: 'Role', description: 'librarian (default), partner, trainer (методист), moderator, admin' });
registerEnumType(RecordStatusEnum, { name: 'RecordStatus' });
registerEnumType(RecordTypeEnum, { name: 'RecordType', description: 'practice or case study' });
registerEnumType(SubmissionKindEnum, { name: 'SubmissionKind', description: 'a new record, changes to a published one, or a follow-up' });
registerEnumType(SubmissionOutcomeEnum, { name: 'SubmissionOutcome' });
