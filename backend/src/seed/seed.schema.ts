import { z } from 'zod';
import {
  BUDGET_BANDS,
  COLLECTION_ITEM_KINDS,
  COLLECTION_VISIBILITIES,
  COMMUNITY_KINDS,
  EVIDENCE_LEVELS,
  IMPACT_STORY_KINDS,
  LICENCES,
  LIMITS,
  ORGANIZATION_KINDS,
  PARTNER_ROLES,
  RECORD_STATUSES,
  SECURITY_CONTEXTS,
  SLUG_PATTERN,
} from '../modules/catalog/catalog.limits.js';

/** The shape of every file under seeds/. References between files are checked in seed.validate.ts. */

const slug = z.string().max(LIMITS.slug).regex(SLUG_PATTERN, 'must be lower-case latin words joined by hyphens');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const isoDate = z.iso.date();

const named = {
  slug,
  nameUk: text(LIMITS.title),
  nameEn: text(LIMITS.title),
};

export const taxonomyTermSeed = z.strictObject({ ...named, descriptionUk: text(LIMITS.shortText).optional() });
export const oblastSeed = z.strictObject(named);

export const communitySeed = z.strictObject({
  ...named,
  kind: z.enum(COMMUNITY_KINDS),
  oblast: slug,
});

export const partnershipSeed = z.strictObject({
  slug,
  communities: z.tuple([slug, slug]),
  programmeUk: text(LIMITS.title),
  programmeEn: text(LIMITS.title).optional(),
  signedOn: isoDate.optional(),
  noteUk: text(LIMITS.shortText).optional(),
  noteEn: text(LIMITS.shortText).optional(),
});

export const organizationSeed = z.strictObject({
  ...named,
  kind: z.enum(ORGANIZATION_KINDS),
  community: slug.optional(),
  parent: slug.optional(),
  website: z.url().optional(),
  descriptionUk: text(LIMITS.shortText).optional(),
});

const publication = {
  status: z.enum(RECORD_STATUSES).default('published'),
  publishedOn: isoDate.optional(),
};

export const practiceSeed = z.strictObject({
  slug,
  titleUk: text(LIMITS.title),
  titleEn: text(LIMITS.title).optional(),
  summaryUk: text(LIMITS.summary),
  summaryEn: text(LIMITS.summary).optional(),
  descriptionUk: text(LIMITS.longText),
  descriptionEn: text(LIMITS.longText).optional(),
  themes: z.array(slug).min(1).max(LIMITS.themesPerPractice),
  goals: z.array(text(LIMITS.listItem)).min(1).max(LIMITS.goals),
  audiences: z.array(slug).min(1),
  formats: z.array(slug).min(1),
  groupSize: z.strictObject({ min: z.int().min(1), max: z.int().min(1) }).optional(),
  durationMinutes: z
    .int()
    .min(5)
    .max(24 * 60)
    .optional(),
  steps: z
    .array(z.strictObject({ titleUk: text(LIMITS.title), detailsUk: text(LIMITS.shortText).optional() }))
    .min(1)
    .max(LIMITS.steps),
  resources: z.strictObject({
    staff: z.int().min(0).max(100),
    volunteers: z.int().min(0).max(1000),
    materialsUk: z.array(text(LIMITS.listItem)).default([]),
    budgetBand: z.enum(BUDGET_BANDS),
  }),
  partnersNeeded: z.array(z.enum(PARTNER_ROLES)).default([]),
  conditions: z.strictObject({
    worksInShelter: z.boolean(),
    needsPower: z.boolean(),
    needsInternet: z.boolean(),
    securityContext: z.enum(SECURITY_CONTEXTS),
  }),
  safeguarding: z.strictObject({
    consentRequired: z.boolean(),
    noPhotosOfChildren: z.boolean(),
    psychologistNeeded: z.boolean(),
    notesUk: text(LIMITS.shortText).optional(),
  }),
  evidenceLevel: z.enum(EVIDENCE_LEVELS),
  originOrganization: slug,
  adaptedFrom: slug.optional(),
  licence: z.enum(LICENCES).default('CC-BY-4.0'),
  ...publication,
});

export const caseStudySeed = z.strictObject({
  slug,
  titleUk: text(LIMITS.title),
  titleEn: text(LIMITS.title).optional(),
  summaryUk: text(LIMITS.summary),
  summaryEn: text(LIMITS.summary).optional(),
  practices: z.array(z.strictObject({ practice: slug, adaptationUk: text(LIMITS.shortText).optional() })).min(1),
  organization: slug,
  partnerOrganizations: z.array(slug).default([]),
  period: z.strictObject({ start: isoDate, end: isoDate.optional() }),
  needUk: text(LIMITS.longText),
  whatWasDoneUk: text(LIMITS.longText),
  participants: z.strictObject({ audiences: z.array(slug).min(1), count: z.int().min(0) }),
  fundersUk: z.array(text(LIMITS.listItem)).default([]),
  budgetUah: z.int().min(0).optional(),
  volunteers: z.int().min(0).default(0),
  challengesUk: text(LIMITS.longText).optional(),
  outcomes: z
    .array(z.strictObject({ labelUk: text(LIMITS.listItem), value: z.number(), unitUk: text(LIMITS.unit) }))
    .max(LIMITS.outcomes)
    .default([]),
  impactStories: z
    .array(
      z.strictObject({
        kind: z.enum(IMPACT_STORY_KINDS),
        textUk: text(LIMITS.shortText),
        attributionUk: text(LIMITS.listItem).optional(),
        consentGiven: z.boolean(),
      }),
    )
    .max(LIMITS.impactStories)
    .default([]),
  followUps: z
    .array(
      z.strictObject({
        monthsAfter: z.union([z.literal(3), z.literal(6), z.literal(12)]),
        recordedOn: isoDate,
        textUk: text(LIMITS.shortText),
      }),
    )
    .default([]),
  adviceUk: text(LIMITS.longText).optional(),
  ...publication,
});

export const collectionSeed = z.strictObject({
  slug,
  titleUk: text(LIMITS.title),
  titleEn: text(LIMITS.title).optional(),
  descriptionUk: text(LIMITS.longText),
  descriptionEn: text(LIMITS.longText).optional(),
  curatorNameUk: text(LIMITS.title),
  visibility: z.enum(COLLECTION_VISIBILITIES).default('public'),
  items: z
    .array(z.strictObject({ kind: z.enum(COLLECTION_ITEM_KINDS), ref: slug, noteUk: text(LIMITS.shortText).optional() }))
    .min(1)
    .max(LIMITS.collectionItems),
});

export type TaxonomyTermSeed = z.infer<typeof taxonomyTermSeed>;
export type OblastSeed = z.infer<typeof oblastSeed>;
export type CommunitySeed = z.infer<typeof communitySeed>;
export type PartnershipSeed = z.infer<typeof partnershipSeed>;
export type OrganizationSeed = z.infer<typeof organizationSeed>;
export type PracticeSeed = z.infer<typeof practiceSeed>;
export type CaseStudySeed = z.infer<typeof caseStudySeed>;
export type CollectionSeed = z.infer<typeof collectionSeed>;
