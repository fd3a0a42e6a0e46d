import type { CaseStudyContentInput, ImpactStoryKind, RecordContent_ContentFragment } from '@/gql/graphql';
import { Checks, LIMITS, lines, optionalInt, optionalText, rowKey } from './form-helpers';
import type { FieldProblems } from '@/shared/forms/problems';

export interface AppliedPracticeRow {
  key: string;
  practice: string;
  adaptationUk: string;
}

export interface OutcomeRow {
  key: string;
  labelUk: string;
  value: string;
  unitUk: string;
}

export interface ImpactStoryRow {
  key: string;
  kind: ImpactStoryKind;
  textUk: string;
  attributionUk: string;
  consentGiven: boolean;
}

/** The case study form as the author types it. */
export interface CaseStudyForm {
  titleUk: string;
  titleEn: string;
  summaryUk: string;
  summaryEn: string;
  practices: AppliedPracticeRow[];
  organization: string;
  partnerOrganizations: string[];
  periodStart: string;
  periodEnd: string;
  needUk: string;
  whatWasDoneUk: string;
  participantAudiences: string[];
  participantCount: string;
  funders: string;
  budgetUah: string;
  volunteers: string;
  challengesUk: string;
  outcomes: OutcomeRow[];
  impactStories: ImpactStoryRow[];
  adviceUk: string;
}

export const emptyAppliedPractice = (practice = ''): AppliedPracticeRow => ({ key: rowKey(), practice, adaptationUk: '' });
export const emptyOutcome = (): OutcomeRow => ({ key: rowKey(), labelUk: '', value: '', unitUk: '' });
export const emptyImpactStory = (): ImpactStoryRow => ({
  key: rowKey(),
  kind: 'QUOTE',
  textUk: '',
  attributionUk: '',
  consentGiven: false,
});

export function emptyCaseStudyForm(prefill: Partial<CaseStudyForm> = {}): CaseStudyForm {
  return {
    titleUk: '',
    titleEn: '',
    summaryUk: '',
    summaryEn: '',
    practices: [emptyAppliedPractice()],
    organization: '',
    partnerOrganizations: [],
    periodStart: '',
    periodEnd: '',
    needUk: '',
    whatWasDoneUk: '',
    participantAudiences: [],
    participantCount: '',
    funders: '',
    budgetUah: '',
    volunteers: '0',
    challengesUk: '',
    outcomes: [],
    impactStories: [],
    adviceUk: '',
    ...prefill,
  };
}

/**
 * The form from a record's content as the API reads it back (`Contribution.content`), in the shape it is
 * sent; a practice's content gives an empty form.
 */
export function caseStudyFormFromContent(content: RecordContent_ContentFragment): CaseStudyForm {
  if (content.__typename !== 'CaseStudyContent') return emptyCaseStudyForm();
  const text = (v: string | number | null | undefined) => (v == null ? '' : String(v));
  const practices = content.practices.map((p) => ({ key: rowKey(), practice: p.practice, adaptationUk: p.adaptationUk ?? '' }));
  return {
    titleUk: content.titleUk,
    titleEn: text(content.titleEn),
    summaryUk: content.summaryUk,
    summaryEn: text(content.summaryEn),
    practices: practices.length ? practices : [emptyAppliedPractice()],
    organization: content.organization,
    partnerOrganizations: content.partnerOrganizations ?? [],
    periodStart: content.period.start,
    periodEnd: text(content.period.end),
    needUk: content.needUk,
    whatWasDoneUk: content.whatWasDoneUk,
    participantAudiences: content.participants.audiences,
    participantCount: String(content.participants.count),
    funders: (content.fundersUk ?? []).join('\n'),
    budgetUah: text(content.budgetUah),
    volunteers: text(content.volunteers),
    challengesUk: text(content.challengesUk),
    outcomes: (content.outcomes ?? []).map((o) => ({ key: rowKey(), labelUk: o.labelUk, value: String(o.value), unitUk: o.unitUk })),
    impactStories: (content.impactStories ?? []).map((s) => ({
      key: rowKey(),
      kind: s.kind,
      textUk: s.textUk,
      attributionUk: text(s.attributionUk),
      consentGiven: s.consentGiven,
    })),
    adviceUk: text(content.adviceUk),
  };
}

export function caseStudyInput(f: CaseStudyForm): CaseStudyContentInput {
  return {
    titleUk: f.titleUk.trim(),
    titleEn: optionalText(f.titleEn),
    summaryUk: f.summaryUk.trim(),
    summaryEn: optionalText(f.summaryEn),
    practices: f.practices.map((p) => ({ practice: p.practice, adaptationUk: optionalText(p.adaptationUk) })),
    organization: f.organization,
    partnerOrganizations: f.partnerOrganizations,
    period: { start: f.periodStart, end: f.periodEnd || null },
    needUk: f.needUk.trim(),
    whatWasDoneUk: f.whatWasDoneUk.trim(),
    participants: { audiences: f.participantAudiences, count: optionalInt(f.participantCount) ?? 0 },
    fundersUk: lines(f.funders),
    budgetUah: optionalInt(f.budgetUah),
    volunteers: optionalInt(f.volunteers),
    challengesUk: optionalText(f.challengesUk),
    outcomes: f.outcomes.map((o) => ({ labelUk: o.labelUk.trim(), value: Number(o.value), unitUk: o.unitUk.trim() })),
    impactStories: f.impactStories.map((s) => ({
      kind: s.kind,
      textUk: s.textUk.trim(),
      attributionUk: optionalText(s.attributionUk),
      consentGiven: s.consentGiven,
    })),
    adviceUk: optionalText(f.adviceUk),
  };
}

/** The API's main rules for a case study, checked before sending. */
export function checkCaseStudy(f: CaseStudyForm): FieldProblems {
  const c = new Checks();
  c.required('titleUk', f.titleUk, LIMITS.title);
  c.optional('titleEn', f.titleEn, LIMITS.title);
  c.required('summaryUk', f.summaryUk, LIMITS.summary);
  c.optional('summaryEn', f.summaryEn, LIMITS.summary);
  if (f.practices.length < 1) c.fail('practices', { kind: 'tooFew', min: 1 });
  f.practices.forEach((p, i) => {
    if (!p.practice) c.fail(`practices.${i}.practice`, { kind: 'required' });
    c.optional(`practices.${i}.adaptationUk`, p.adaptationUk, LIMITS.shortText);
  });
  if (!f.organization) c.fail('organization', { kind: 'required' });
  c.date('period.start', f.periodStart, true);
  c.date('period.end', f.periodEnd, false);
  if (f.periodStart && f.periodEnd && f.periodEnd < f.periodStart) c.fail('period.end', { kind: 'endBeforeStart' });
  c.required('needUk', f.needUk, LIMITS.longText);
  c.required('whatWasDoneUk', f.whatWasDoneUk, LIMITS.longText);
  c.list('participants.audiences', f.participantAudiences, 1, Infinity);
  c.int('participants.count', f.participantCount, 0, { required: true });
  lines(f.funders).forEach((x, i) => c.optional(`fundersUk.${i}`, x, LIMITS.listItem));
  c.int('budgetUah', f.budgetUah, 0);
  c.int('volunteers', f.volunteers, 0);
  c.optional('challengesUk', f.challengesUk, LIMITS.longText);
  if (f.outcomes.length > LIMITS.outcomes) c.fail('outcomes', { kind: 'tooMany', max: LIMITS.outcomes });
  f.outcomes.forEach((o, i) => {
    c.required(`outcomes.${i}.labelUk`, o.labelUk, LIMITS.listItem);
    if (!o.value.trim()) c.fail(`outcomes.${i}.value`, { kind: 'required' });
    else if (!Number.isFinite(Number(o.value))) c.fail(`outcomes.${i}.value`, { kind: 'number' });
    c.required(`outcomes.${i}.unitUk`, o.unitUk, LIMITS.unit);
  });
  if (f.impactStories.length > LIMITS.impactStories) c.fail('impactStories', { kind: 'tooMany', max: LIMITS.impactStories });
  f.impactStories.forEach((s, i) => {
    c.required(`impactStories.${i}.textUk`, s.textUk, LIMITS.shortText);
    c.optional(`impactStories.${i}.attributionUk`, s.attributionUk, LIMITS.listItem);
  });
  c.optional('adviceUk', f.adviceUk, LIMITS.longText);
  return c.problems;
}
