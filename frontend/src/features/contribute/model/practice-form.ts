import type {
  BudgetBand,
  EvidenceLevel,
  Licence,
  PartnerRole,
  PracticeContentInput,
  RecordContent_ContentFragment,
  SecurityContext,
} from '@/gql/graphql';
import { Checks, LIMITS, lines, optionalInt, optionalText, rowKey } from './form-helpers';
import type { FieldProblems } from '@/shared/forms/problems';

export interface StepRow {
  key: string;
  titleUk: string;
  detailsUk: string;
}

/** The practice form as the author types it: numbers stay text until sent, lists of lines stay text. */
export interface PracticeForm {
  titleUk: string;
  titleEn: string;
  summaryUk: string;
  summaryEn: string;
  descriptionUk: string;
  descriptionEn: string;
  themes: string[];
  goals: string;
  audiences: string[];
  formats: string[];
  groupMin: string;
  groupMax: string;
  durationMinutes: string;
  steps: StepRow[];
  staff: string;
  volunteers: string;
  materials: string;
  budgetBand: BudgetBand;
  partnersNeeded: PartnerRole[];
  worksInShelter: boolean;
  needsPower: boolean;
  needsInternet: boolean;
  securityContext: SecurityContext;
  consentRequired: boolean;
  noPhotosOfChildren: boolean;
  psychologistNeeded: boolean;
  safeguardingNotes: string;
  evidenceLevel: EvidenceLevel;
  originOrganization: string;
  adaptedFrom: string;
  licence: Licence;
}

export const emptyStep = (): StepRow => ({ key: rowKey(), titleUk: '', detailsUk: '' });

export function emptyPracticeForm(originOrganization = ''): PracticeForm {
  return {
    titleUk: '',
    titleEn: '',
    summaryUk: '',
    summaryEn: '',
    descriptionUk: '',
    descriptionEn: '',
    themes: [],
    goals: '',
    audiences: [],
    formats: [],
    groupMin: '',
    groupMax: '',
    durationMinutes: '',
    steps: [emptyStep()],
    staff: '1',
    volunteers: '0',
    materials: '',
    budgetBand: 'NONE',
    partnersNeeded: [],
    worksInShelter: false,
    needsPower: false,
    needsInternet: false,
    securityContext: 'ANY',
    consentRequired: false,
    noPhotosOfChildren: false,
    psychologistNeeded: false,
    safeguardingNotes: '',
    evidenceLevel: 'DESCRIBED',
    originOrganization,
    adaptedFrom: '',
    licence: 'CC_BY_4_0',
  };
}

/**
 * The form from a record's content as the API reads it back (`Contribution.content`: the pending changes
 * when there are some), in the shape it is sent; a case study's content gives an empty form.
 */
export function practiceFormFromContent(content: RecordContent_ContentFragment): PracticeForm {
  if (content.__typename !== 'PracticeContent') return emptyPracticeForm();
  const { groupSize, resources, conditions, safeguarding } = content;
  const steps = content.steps.map((s) => ({ key: rowKey(), titleUk: s.titleUk, detailsUk: s.detailsUk ?? '' }));
  return {
    titleUk: content.titleUk,
    titleEn: content.titleEn ?? '',
    summaryUk: content.summaryUk,
    summaryEn: content.summaryEn ?? '',
    descriptionUk: content.descriptionUk,
    descriptionEn: content.descriptionEn ?? '',
    themes: content.themes,
    goals: content.goals.join('\n'),
    audiences: content.audiences,
    formats: content.formats,
    groupMin: groupSize ? String(groupSize.min) : '',
    groupMax: groupSize ? String(groupSize.max) : '',
    durationMinutes: content.durationMinutes == null ? '' : String(content.durationMinutes),
    steps: steps.length ? steps : [emptyStep()],
    staff: String(resources.staff),
    volunteers: String(resources.volunteers),
    materials: (resources.materialsUk ?? []).join('\n'),
    budgetBand: resources.budgetBand,
    partnersNeeded: content.partnersNeeded ?? [],
    worksInShelter: conditions.worksInShelter,
    needsPower: conditions.needsPower,
    needsInternet: conditions.needsInternet,
    securityContext: conditions.securityContext,
    consentRequired: safeguarding.consentRequired,
    noPhotosOfChildren: safeguarding.noPhotosOfChildren,
    psychologistNeeded: safeguarding.psychologistNeeded,
    safeguardingNotes: safeguarding.notesUk ?? '',
    evidenceLevel: content.evidenceLevel,
    originOrganization: content.originOrganization,
    adaptedFrom: content.adaptedFrom ?? '',
    licence: content.licence ?? 'CC_BY_4_0',
  };
}

/** What the API receives. */
export function practiceInput(f: PracticeForm): PracticeContentInput {
  const groupMin = optionalInt(f.groupMin);
  const groupMax = optionalInt(f.groupMax);
  return {
    titleUk: f.titleUk.trim(),
    titleEn: optionalText(f.titleEn),
    summaryUk: f.summaryUk.trim(),
    summaryEn: optionalText(f.summaryEn),
    descriptionUk: f.descriptionUk.trim(),
    descriptionEn: optionalText(f.descriptionEn),
    themes: f.themes,
    goals: lines(f.goals),
    audiences: f.audiences,
    formats: f.formats,
    groupSize: groupMin !== null || groupMax !== null ? { min: groupMin ?? 0, max: groupMax ?? 0 } : null,
    durationMinutes: optionalInt(f.durationMinutes),
    steps: f.steps.map((s) => ({ titleUk: s.titleUk.trim(), detailsUk: optionalText(s.detailsUk) })),
    resources: {
      staff: optionalInt(f.staff) ?? 0,
      volunteers: optionalInt(f.volunteers) ?? 0,
      materialsUk: lines(f.materials),
      budgetBand: f.budgetBand,
    },
    partnersNeeded: f.partnersNeeded,
    conditions: {
      worksInShelter: f.worksInShelter,
      needsPower: f.needsPower,
      needsInternet: f.needsInternet,
      securityContext: f.securityContext,
    },
    safeguarding: {
      consentRequired: f.consentRequired,
      noPhotosOfChildren: f.noPhotosOfChildren,
      psychologistNeeded: f.psychologistNeeded,
      notesUk: optionalText(f.safeguardingNotes),
    },
    evidenceLevel: f.evidenceLevel,
    originOrganization: f.originOrganization,
    adaptedFrom: optionalText(f.adaptedFrom),
    licence: f.licence,
  };
}

/**
 * The API's main rules, checked before sending: required texts and their lengths, 1–3 themes, at
 * least one goal, audience, format and step. Ranges of numbers (duration, group size) are left to the
 * API, whose answer is shown at the field all the same.
 */
export function checkPractice(f: PracticeForm): FieldProblems {
  const c = new Checks();
  c.required('titleUk', f.titleUk, LIMITS.title);
  c.optional('titleEn', f.titleEn, LIMITS.title);
  c.required('summaryUk', f.summaryUk, LIMITS.summary);
  c.optional('summaryEn', f.summaryEn, LIMITS.summary);
  c.required('descriptionUk', f.descriptionUk, LIMITS.longText);
  c.optional('descriptionEn', f.descriptionEn, LIMITS.longText);
  c.list('themes', f.themes, 1, LIMITS.themes);
  c.list('goals', lines(f.goals), 1, LIMITS.goals, LIMITS.listItem);
  c.list('audiences', f.audiences, 1, Infinity);
  c.list('formats', f.formats, 1, Infinity);
  if (f.steps.length < 1) c.fail('steps', { kind: 'tooFew', min: 1 });
  if (f.steps.length > LIMITS.steps) c.fail('steps', { kind: 'tooMany', max: LIMITS.steps });
  f.steps.forEach((s, i) => {
    c.required(`steps.${i}.titleUk`, s.titleUk, LIMITS.title);
    c.optional(`steps.${i}.detailsUk`, s.detailsUk, LIMITS.shortText);
  });
  c.int('groupSize.min', f.groupMin, 0);
  c.int('groupSize.max', f.groupMax, 0);
  c.int('durationMinutes', f.durationMinutes, 0);
  c.int('resources.staff', f.staff, 0, { required: true });
  c.int('resources.volunteers', f.volunteers, 0, { required: true });
  lines(f.materials).forEach((m, i) => c.optional(`resources.materialsUk.${i}`, m, LIMITS.listItem));
  c.optional('safeguarding.notesUk', f.safeguardingNotes, LIMITS.shortText);
  if (!f.originOrganization) c.fail('originOrganization', { kind: 'required' });
  return c.problems;
}
