import { useTranslation } from '@/i18n/react';
import { useFieldError } from '@/shared/forms/useFieldError';
import { emptyAppliedPractice, emptyImpactStory, emptyOutcome, type CaseStudyForm, type ImpactStoryRow } from '../model/case-study-form';
import { IMPACT_STORY_KINDS } from '../model/enums';
import { LIMITS } from '../model/form-helpers';
import { Checkbox, CheckboxGroup, SelectField, TextField } from '@/shared/forms/fields';
import { MarkdownField } from '@/shared/forms/MarkdownField';
import { RowList } from '@/shared/forms/RowList';
import type { FormProps } from './form-props';

/** Every field of a case study (CaseStudyContentInput): context, what was done, outcomes and stories. */
export function CaseStudyFields({ form, setForm, problems, vocabulary }: FormProps<CaseStudyForm>) {
  const { t } = useTranslation();
  const error = useFieldError(problems);
  const set =
    <K extends keyof CaseStudyForm>(key: K) =>
    (value: CaseStudyForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof CaseStudyForm & string, options: { required?: boolean; lang?: string; path?: string } = {}) => ({
    label: t(`contribute.caseStudy.${key}` as 'contribute.caseStudy.titleUk'),
    value: form[key] as string,
    onChange: set(key) as (v: string) => void,
    error: error(options.path ?? key),
    path: options.path ?? key,
    required: options.required,
    lang: options.lang,
  });

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('contribute.caseStudy.sectionMain')}</legend>
        <TextField {...text('titleUk', { required: true })} hint={t('contribute.hints.title')} />
        <TextField {...text('summaryUk', { required: true })} multiline rows={3} hint={t('contribute.hints.summary')} />
        <details className="form-translation">
          <summary>{t('contribute.practice.english')}</summary>
          <TextField {...text('titleEn', { lang: 'en' })} />
          <TextField {...text('summaryEn', { lang: 'en' })} multiline rows={3} />
        </details>
      </fieldset>

      <RowList
        legend={t('contribute.caseStudy.practices')}
        hint={t('contribute.hints.appliedPractices')}
        items={form.practices}
        onChange={set('practices')}
        itemLabel={(i) => t('contribute.caseStudy.appliedPractice', { number: i + 1 })}
        newItem={() => emptyAppliedPractice()}
        addLabel={t('contribute.caseStudy.addPractice')}
        min={1}
        error={error('practices')}
        path="practices"
        renderRow={(row, i, update) => (
          <>
            <SelectField
              label={t('contribute.caseStudy.practice', { number: i + 1 })}
              required
              emptyLabel={t('contribute.choose')}
              options={vocabulary.practices}
              value={row.practice}
              onChange={(v) => update({ practice: v })}
              error={error(`practices.${i}.practice`)}
              path={`practices.${i}.practice`}
            />
            <TextField
              label={t('contribute.caseStudy.adaptation', { number: i + 1 })}
              multiline
              rows={3}
              value={row.adaptationUk}
              onChange={(v) => update({ adaptationUk: v })}
              error={error(`practices.${i}.adaptationUk`)}
              path={`practices.${i}.adaptationUk`}
            />
          </>
        )}
      />

      <fieldset className="form-section">
        <legend>{t('contribute.caseStudy.sectionWhere')}</legend>
        <SelectField
          label={t('contribute.caseStudy.organization')}
          required
          emptyLabel={t('contribute.choose')}
          options={vocabulary.organizations}
          value={form.organization}
          onChange={set('organization')}
          error={error('organization')}
          path="organization"
        />
        <CheckboxGroup
          label={t('contribute.caseStudy.partnerOrganizations')}
          options={vocabulary.organizations.filter((o) => o.value !== form.organization)}
          value={form.partnerOrganizations}
          onChange={set('partnerOrganizations')}
          error={error('partnerOrganizations')}
          path="partnerOrganizations"
        />
        <div className="field-row">
          <TextField {...text('periodStart', { required: true, path: 'period.start' })} type="date" />
          <TextField {...text('periodEnd', { path: 'period.end' })} type="date" hint={t('contribute.hints.ongoing')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('contribute.caseStudy.sectionStory')}</legend>
        <MarkdownField {...text('needUk', { required: true })} />
        <MarkdownField {...text('whatWasDoneUk', { required: true })} rows={8} />
        <CheckboxGroup
          label={t('contribute.caseStudy.participantAudiences')}
          required
          options={vocabulary.audiences}
          value={form.participantAudiences}
          onChange={set('participantAudiences')}
          error={error('participants.audiences')}
          path="participants.audiences"
        />
        <TextField {...text('participantCount', { required: true, path: 'participants.count' })} type="number" inputMode="numeric" />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('contribute.caseStudy.sectionResources')}</legend>
        <TextField {...text('funders', { path: 'fundersUk' })} multiline rows={3} hint={t('contribute.hints.onePerLine')} />
        <div className="field-row">
          <TextField {...text('budgetUah')} type="number" inputMode="numeric" />
          <TextField {...text('volunteers')} type="number" inputMode="numeric" />
        </div>
        <MarkdownField {...text('challengesUk')} />
      </fieldset>

      <RowList
        legend={t('contribute.caseStudy.outcomes')}
        hint={t('contribute.hints.outcomes')}
        items={form.outcomes}
        onChange={set('outcomes')}
        itemLabel={(i) => t('contribute.caseStudy.outcome', { number: i + 1 })}
        newItem={emptyOutcome}
        addLabel={t('contribute.caseStudy.addOutcome')}
        max={LIMITS.outcomes}
        error={error('outcomes')}
        path="outcomes"
        renderRow={(row, i, update) => (
          <div className="field-row">
            <TextField
              label={t('contribute.caseStudy.outcomeLabel', { number: i + 1 })}
              required
              value={row.labelUk}
              onChange={(v) => update({ labelUk: v })}
              error={error(`outcomes.${i}.labelUk`)}
              path={`outcomes.${i}.labelUk`}
            />
            <TextField
              label={t('contribute.caseStudy.outcomeValue', { number: i + 1 })}
              required
              type="number"
              inputMode="decimal"
              value={row.value}
              onChange={(v) => update({ value: v })}
              error={error(`outcomes.${i}.value`)}
              path={`outcomes.${i}.value`}
            />
            <TextField
              label={t('contribute.caseStudy.outcomeUnit', { number: i + 1 })}
              required
              value={row.unitUk}
              onChange={(v) => update({ unitUk: v })}
              error={error(`outcomes.${i}.unitUk`)}
              path={`outcomes.${i}.unitUk`}
            />
          </div>
        )}
      />

      <RowList
        legend={t('contribute.caseStudy.impactStories')}
        hint={t('contribute.hints.impactStories')}
        items={form.impactStories}
        onChange={set('impactStories')}
        itemLabel={(i) => t('contribute.caseStudy.story', { number: i + 1 })}
        newItem={emptyImpactStory}
        addLabel={t('contribute.caseStudy.addStory')}
        max={LIMITS.impactStories}
        error={error('impactStories')}
        path="impactStories"
        renderRow={(row, i, update) => (
          <>
            <SelectField
              label={t('contribute.caseStudy.storyKind', { number: i + 1 })}
              options={IMPACT_STORY_KINDS.map((k) => ({ value: k, label: t(`contribute.storyKind.${k}`) }))}
              value={row.kind}
              onChange={(v) => update({ kind: v as ImpactStoryRow['kind'] })}
            />
            <TextField
              label={t('contribute.caseStudy.storyText', { number: i + 1 })}
              required
              multiline
              rows={3}
              value={row.textUk}
              onChange={(v) => update({ textUk: v })}
              error={error(`impactStories.${i}.textUk`)}
              path={`impactStories.${i}.textUk`}
            />
            <TextField
              label={t('contribute.caseStudy.storyAttribution', { number: i + 1 })}
              hint={t('contribute.hints.attribution')}
              value={row.attributionUk}
              onChange={(v) => update({ attributionUk: v })}
              error={error(`impactStories.${i}.attributionUk`)}
              path={`impactStories.${i}.attributionUk`}
            />
            <Checkbox
              label={t('contribute.caseStudy.storyConsent', { number: i + 1 })}
              hint={t('contribute.hints.consent')}
              checked={row.consentGiven}
              onChange={(v) => update({ consentGiven: v })}
            />
          </>
        )}
      />

      <fieldset className="form-section">
        <legend>{t('contribute.caseStudy.sectionAdvice')}</legend>
        <MarkdownField {...text('adviceUk')} />
      </fieldset>
    </>
  );
}
