/**
 * Field limits and closed vocabularies of the catalogue, in one place.
 * Seeds, GraphQL inputs and the database columns all read them from here.
 */
export const LIMITS = {
  slug: 120,
  title: 160,
  summary: 600,
  longText: 20_000,
  shortText: 2_000,
  listItem: 300,
  themesPerPractice: 3,
  steps: 30,
  outcomes: 30,
  impactStories: 20,
  goals: 10,
  /** An outcome's unit («дітей», «зустрічей»). */
  unit: 60,
  collectionItems: 200,
} as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** class-validator options for a list of slugs. */
export const SLUG_LIST = { each: true, message: 'each value must be a slug' } as const;

export const RECORD_STATUSES = ['draft', 'submitted', 'changes_requested', 'published', 'rejected', 'archived'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const COMMUNITY_KINDS = ['frontline', 'rear', 'other'] as const;
export type CommunityKind = (typeof COMMUNITY_KINDS)[number];

export const ORGANIZATION_KINDS = [
  'library_system',
  'central_library',
  'childrens_library',
  'branch_library',
  'school_library',
  'ngo',
  'international_organization',
  'foundation',
  'local_authority',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** described → documented outcomes → evaluated → replicated elsewhere */
export const EVIDENCE_LEVELS = ['described', 'documented', 'evaluated', 'replicated'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const BUDGET_BANDS = ['none', 'low', 'medium', 'high'] as const;
export type BudgetBand = (typeof BUDGET_BANDS)[number];

export const PARTNER_ROLES = [
  'psychologist',
  'ngo',
  'school',
  'kindergarten',
  'local_authority',
  'international_organization',
  'foundation',
  'volunteers',
  'museum',
  'military_administration',
  'veterans_association',
  'media',
] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** The community security situation a practice was designed for. */
export const SECURITY_CONTEXTS = ['any', 'frontline', 'rear'] as const;
export type SecurityContext = (typeof SECURITY_CONTEXTS)[number];

export const IMPACT_STORY_KINDS = ['quote', 'observed_change'] as const;
export type ImpactStoryKind = (typeof IMPACT_STORY_KINDS)[number];

export const COLLECTION_VISIBILITIES = ['private', 'unlisted', 'public'] as const;
export type CollectionVisibility = (typeof COLLECTION_VISIBILITIES)[number];

export const COLLECTION_ITEM_KINDS = ['practice', 'case_study'] as const;
export type CollectionItemKind = (typeof COLLECTION_ITEM_KINDS)[number];

export const LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'all-rights-reserved'] as const;
export type Licence = (typeof LICENCES)[number];
