import type { BudgetBand, EvidenceLevel, ImpactStoryKind, Licence, PartnerRole, SecurityContext } from '@/gql/graphql';

// The API stores content with its own values ('described', 'CC-BY-4.0'); GraphQL names them in
// UPPER_SNAKE ('DESCRIBED', 'CC_BY_4_0'). Content read back from `Contribution.content` needs this.
/** A stored enum value as its GraphQL name: 'CC-BY-4.0' → 'CC_BY_4_0'. Already-upper values pass through. */
export function graphqlEnumName(value: unknown): string {
  return typeof value === 'string' ? value.toUpperCase().replace(/[^A-Z0-9]+/g, '_') : '';
}

function pick<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  const name = graphqlEnumName(value);
  return (values as readonly string[]).includes(name) ? (name as T) : fallback;
}

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

export const toEvidenceLevel = (v: unknown) => pick<EvidenceLevel>(EVIDENCE_LEVELS, v, 'DESCRIBED');
export const toBudgetBand = (v: unknown) => pick<BudgetBand>(BUDGET_BANDS, v, 'NONE');
export const toSecurityContext = (v: unknown) => pick<SecurityContext>(SECURITY_CONTEXTS, v, 'ANY');
export const toLicence = (v: unknown) => pick<Licence>(LICENCES, v, 'CC_BY_4_0');
export const toImpactStoryKind = (v: unknown) => pick<ImpactStoryKind>(IMPACT_STORY_KINDS, v, 'QUOTE');
export const toPartnerRoles = (v: unknown): PartnerRole[] =>
  Array.isArray(v) ? v.map(graphqlEnumName).filter((r): r is PartnerRole => (PARTNER_ROLES as readonly string[]).includes(r)) : [];
