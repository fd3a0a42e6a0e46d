import { z } from 'zod';
import { IMPACT_STORY_KINDS, LIMITS } from '../catalog/catalog.limits.js';
import { isoDate, slug, text } from '../catalog/catalog.schema.js';

/**
 * What a case study must satisfy, written by a contributor or loaded from seeds/: everything but what the
 * system decides (slug, status, publication date) and its follow-ups, which go through review on their
 * own; the seed files add those (seed/seed.schema.ts).
 */
export const caseStudyContent = z.strictObject({
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
  adviceUk: text(LIMITS.longText).optional(),
});

export type CaseStudyContent = z.infer<typeof caseStudyContent>;
