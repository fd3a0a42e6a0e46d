import { z } from 'zod';
import { BUDGET_BANDS, EVIDENCE_LEVELS, LICENCES, LIMITS, PARTNER_ROLES, SECURITY_CONTEXTS } from '../catalog/catalog.limits.js';
import { slug, text } from '../catalog/catalog.schema.js';

/**
 * What a practice must satisfy, written by a contributor or loaded from seeds/: everything but what the
 * system decides itself (slug, status, publication date), which the seed files add (seed/seed.schema.ts).
 */
export const practiceContent = z.strictObject({
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
});

export type PracticeContent = z.infer<typeof practiceContent>;
