import type { BudgetBand, EvidenceLevel, ImpactStoryKind, Licence, PartnerRole, SecurityContext } from '@/gql/graphql';

// The closed lists the editors' selects offer, held to the schema's enums by `satisfies`.
export const EVIDENCE_LEVELS = ['DESCRIBED', 'DOCUMENTED', 'EVALUATED', 'REPLICATED'] as const satisfies readonly EvidenceLevel[];
export const BUDGET_BANDS = ['NONE', 'LOW', 'MEDIUM', 'HIGH'] as const satisfies readonly BudgetBand[];
export const SECURITY_CONTEXTS = ['ANY', 'FRONTLINE', 'REAR'] as const satisfies readonly SecurityContext[];
export const LICENCES = ['CC_BY_4_0', 'CC_BY_SA_4_0', 'CC_BY_NC_4_0', 'ALL_RIGHTS_RESERVED'] as const satisfies readonly Licence[];
export const IMPACT_STORY_KINDS = ['QUOTE', 'OBSERVED_CHANGE'] as const satisfies readonly ImpactStoryKind[];
export const PARTNER_ROLES = [
  'PSYCHOLOGIST',
  'NGO',
  'SCHOOL',
  'KINDERGARTEN',
  'LOCAL_AUTHORITY',
  'INTERNATIONAL_ORGANIZATION',
  'FOUNDATION',
  'VOLUNTEERS',
  'MUSEUM',
  'MILITARY_ADMINISTRATION',
  'VETERANS_ASSOCIATION',
  'MEDIA',
] as const satisfies readonly PartnerRole[];
