import { fitting, type Payload } from './corpus';

/**
 * Which user-writable fields got which payloads. Each field is named as the schema names it
 * (`Input.field`, `[]` for list items), so the report lists exactly what was covered.
 */
export class FieldLog {
  private readonly written = new Map<string, Set<number>>();
  private readonly tooLong = new Map<string, Set<number>>();

  /** The payload (or its short form) for a field of at most `max` characters; the bare marker when neither fits. */
  put(field: string, p: Payload, max: number): string {
    const text = fitting(p, max);
    const into = text ? this.written : this.tooLong;
    if (!into.has(field)) into.set(field, new Set());
    into.get(field)!.add(p.n);
    return text ?? `Зразок ${p.n}`;
  }

  /** Payload × field pairs written. */
  get writes(): number {
    return [...this.written.values()].reduce((sum, s) => sum + s.size, 0);
  }

  get fields(): string[] {
    return [...this.written.keys()].sort();
  }

  /** Fields whose limit is below some payloads (they got only the marker), with how many. */
  get shortfalls(): string[] {
    return [...this.tooLong].map(([field, s]) => `${field}: ${s.size}`);
  }
}

// Limits from backend/src/modules/catalog/catalog.limits.ts and the account and collection limits.
const TITLE = 160;
const SUMMARY = 600;
const LONG = 20_000;
const SHORT = 2_000;
const ITEM = 300;

export interface Vocabulary {
  theme: string;
  audience: string;
  format: string;
}

/** Every text of a practice; `edition` marks a later version of the same practice. */
export function practiceInput(log: FieldLog, p: Payload, v: Vocabulary, origin: string, edition = '') {
  const at = (field: string, max: number) => log.put(`PracticeContentInput.${field}`, p, max);
  return {
    titleUk: at('titleUk', TITLE),
    titleEn: at('titleEn', TITLE),
    summaryUk: `${at('summaryUk', SUMMARY)}${edition}`,
    summaryEn: at('summaryEn', SUMMARY),
    descriptionUk: at('descriptionUk', LONG),
    descriptionEn: at('descriptionEn', LONG),
    themes: [v.theme],
    goals: [at('goals[]', ITEM), `Друга ціль${edition}`],
    audiences: [v.audience],
    formats: [v.format],
    steps: [
      { titleUk: log.put('StepInput.titleUk', p, TITLE), detailsUk: log.put('StepInput.detailsUk', p, SHORT) },
      { titleUk: 'Підсумок' },
    ],
    resources: { staff: 1, volunteers: 0, budgetBand: 'NONE', materialsUk: [log.put('ResourcesInput.materialsUk[]', p, ITEM)] },
    conditions: { worksInShelter: true, needsPower: false, needsInternet: false, securityContext: 'ANY' },
    safeguarding: {
      consentRequired: true,
      noPhotosOfChildren: true,
      psychologistNeeded: false,
      notesUk: log.put('SafeguardingInput.notesUk', p, SHORT),
    },
    evidenceLevel: 'DESCRIBED',
    originOrganization: origin,
    groupSize: { min: 5, max: 15 },
    durationMinutes: 45,
  };
}

/** Every text of a case study, impact stories given with consent so that they are public. */
export function caseStudyInput(log: FieldLog, p: Payload, v: Vocabulary, practices: string[], organization: string, partner: string) {
  const at = (field: string, max: number) => log.put(`CaseStudyContentInput.${field}`, p, max);
  return {
    titleUk: at('titleUk', TITLE),
    titleEn: at('titleEn', TITLE),
    summaryUk: at('summaryUk', SUMMARY),
    summaryEn: at('summaryEn', SUMMARY),
    practices: practices.map((practice) => ({ practice, adaptationUk: log.put('AppliedPracticeInput.adaptationUk', p, SHORT) })),
    organization,
    partnerOrganizations: [partner],
    period: { start: '2025-02-01', end: '2025-05-31' },
    needUk: at('needUk', LONG),
    whatWasDoneUk: at('whatWasDoneUk', LONG),
    challengesUk: at('challengesUk', LONG),
    adviceUk: at('adviceUk', LONG),
    participants: { audiences: [v.audience], count: 30 },
    fundersUk: [at('fundersUk[]', ITEM)],
    budgetUah: 1200,
    volunteers: 2,
    // A unit the label already names is not printed, so each carries the payload next to plain words.
    outcomes: [
      { labelUk: log.put('OutcomeInput.labelUk', p, ITEM), unitUk: 'осіб', value: 12 },
      { labelUk: 'Проведено зустрічей', unitUk: log.put('OutcomeInput.unitUk', p, 60), value: 8 },
    ],
    impactStories: [
      {
        kind: 'QUOTE',
        textUk: log.put('ImpactStoryInput.textUk', p, SHORT),
        attributionUk: log.put('ImpactStoryInput.attributionUk', p, ITEM),
        consentGiven: true,
      },
      { kind: 'OBSERVED_CHANGE', textUk: `Спостереження: ${log.put('ImpactStoryInput.textUk', p, SHORT)}`, consentGiven: true },
    ],
  };
}
