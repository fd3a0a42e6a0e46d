import { z } from 'zod';
import {
  COLLECTION_ITEM_KINDS,
  COLLECTION_VISIBILITIES,
  COMMUNITY_KINDS,
  LIMITS,
  ORGANIZATION_KINDS,
  RECORD_STATUSES,
} from '../modules/catalog/catalog.limits.js';
import { isoDate, slug, text } from '../modules/catalog/catalog.schema.js';
import { caseStudyContent } from '../modules/case-study/case-study.content.js';
import { practiceContent } from '../modules/practice/practice.content.js';

/** The shape of every file under seeds/. References between files are checked in seed.validate.ts. */

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

export const practiceSeed = practiceContent.extend({ slug, ...publication });

export const caseStudySeed = caseStudyContent.extend({
  slug,
  followUps: z
    .array(
      z.strictObject({
        monthsAfter: z.union([z.literal(3), z.literal(6), z.literal(12)]),
        recordedOn: isoDate,
        textUk: text(LIMITS.shortText),
      }),
    )
    .default([]),
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
