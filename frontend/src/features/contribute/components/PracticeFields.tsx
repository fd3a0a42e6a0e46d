import { useTranslation } from '@/i18n/react';
import { useFieldError } from '@/shared/forms/useFieldError';
import { BUDGET_BANDS, EVIDENCE_LEVELS, LICENCES, PARTNER_ROLES, SECURITY_CONTEXTS } from '../model/enums';
import { emptyStep, type PracticeForm } from '../model/practice-form';
import { Checkbox, CheckboxGroup, SelectField, TextField } from '@/shared/forms/fields';
import { MarkdownField } from '@/shared/forms/MarkdownField';
import { RowList } from '@/shared/forms/RowList';
import type { FormProps } from './form-props';

/** Every field of a practice (PracticeContentInput), grouped as the public page shows them. */
export function PracticeFields({ form, setForm, problems, vocabulary }: FormProps<PracticeForm>) {
  const { t } = useTranslation();
  const error = useFieldError(problems);
  const set =
    <K extends keyof PracticeForm>(key: K) =>
    (value: PracticeForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof PracticeForm & string, options: { required?: boolean; lang?: string } = {}) => ({
    label: t(`contribute.practice.${key}` as 'contribute.practice.titleUk'),
    value: form[key] as string,
    onChange: set(key) as (v: string) => void,
    error: error(key),
    path: key,
    ...options,
  });

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('contribute.practice.sectionMain')}</legend>
        <TextField {...text('titleUk', { required: true })} hint={t('contribute.hints.title')} />
        <TextField {...text('summaryUk', { required: true })} multiline rows={3} hint={t('contribute.hints.summary')} />
        <MarkdownField {...text('descriptionUk', { required: true })} rows={8} />
        <TextField {...text('goals', { required: true })} multiline rows={3} hint={t('contribute.hints.onePerLine')} />
        <details className="form-translation">
          <summary>{t('contribute.practice.english')}</summary>
          <TextField {...text('titleEn', { lang: 'en' })} />
          <TextField {...text('summaryEn', { lang: 'en' })} multiline rows={3} />
          <MarkdownField {...text('descriptionEn', { lang: 'en' })} />
        </details>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('contribute.practice.sectionWho')}</legend>
        <CheckboxGroup
          label={t('contribute.practice.themes')}
          hint={t('contribute.hints.themes')}
          required
          firstMark={t('contribute.practice.mainTheme')}
          options={vocabulary.themes}
          value={form.themes}
          onChange={set('themes')}
          error={error('themes')}
          path="themes"
        />
        <CheckboxGroup
          label={t('contribute.practice.audiences')}
          required
          options={vocabulary.audiences}
          value={form.audiences}
          onChange={set('audiences')}
          error={error('audiences')}
          path="audiences"
        />
        <CheckboxGroup
          label={t('contribute.practice.formats')}
          required
          options={vocabulary.formats}
          value={form.formats}
          onChange={set('formats')}
          error={error('formats')}
          path="formats"
        />
        <div className="field-row">
          <TextField
            label={t('contribute.practice.groupMin')}
            type="number"
            inputMode="numeric"
            value={form.groupMin}
            onChange={set('groupMin')}
            error={error('groupSize.min') ?? error('groupSize')}
            path="groupSize.min"
          />
          <TextField
            label={t('contribute.practice.groupMax')}
            type="number"
            inputMode="numeric"
            value={form.groupMax}
            onChange={set('groupMax')}
            error={error('groupSize.max')}
            path="groupSize.max"
          />
          <TextField
            label={t('contribute.practice.durationMinutes')}
            type="number"
            inputMode="numeric"
            value={form.durationMinutes}
            onChange={set('durationMinutes')}
            error={error('durationMinutes')}
            path="durationMinutes"
          />
        </div>
      </fieldset>

      <RowList
        legend={t('contribute.practice.steps')}
        hint={t('contribute.hints.steps')}
        items={form.steps}
        onChange={set('steps')}
        itemLabel={(i) => t('contribute.practice.step', { number: i + 1 })}
        newItem={emptyStep}
        addLabel={t('contribute.practice.addStep')}
        min={1}
        max={30}
        error={problems.steps ? error('steps') : undefined}
        path="steps"
        renderRow={(step, i, update) => (
          <>
            <TextField
              label={t('contribute.practice.stepTitle', { number: i + 1 })}
              required
              value={step.titleUk}
              onChange={(v) => update({ titleUk: v })}
              error={error(`steps.${i}.titleUk`)}
              path={`steps.${i}.titleUk`}
            />
            <MarkdownField
              label={t('contribute.practice.stepDetails', { number: i + 1 })}
              rows={3}
              value={step.detailsUk}
              onChange={(v) => update({ detailsUk: v })}
              error={error(`steps.${i}.detailsUk`)}
              path={`steps.${i}.detailsUk`}
            />
          </>
        )}
      />

      <fieldset className="form-section">
        <legend>{t('contribute.practice.sectionResources')}</legend>
        <div className="field-row">
          <TextField
            label={t('contribute.practice.staff')}
            type="number"
            inputMode="numeric"
            required
            value={form.staff}
            onChange={set('staff')}
            error={error('resources.staff')}
            path="resources.staff"
          />
          <TextField
            label={t('contribute.practice.volunteers')}
            type="number"
            inputMode="numeric"
            required
            value={form.volunteers}
            onChange={set('volunteers')}
            error={error('resources.volunteers')}
            path="resources.volunteers"
          />
          <SelectField
            label={t('contribute.practice.budgetBand')}
            value={form.budgetBand}
            onChange={(v) => set('budgetBand')(v as PracticeForm['budgetBand'])}
            options={BUDGET_BANDS.map((b) => ({ value: b, label: t(`budgetBand.${b}`) }))}
          />
        </div>
        <TextField
          label={t('contribute.practice.materials')}
          hint={t('contribute.hints.onePerLine')}
          multiline
          rows={3}
          value={form.materials}
          onChange={set('materials')}
          error={error('resources.materialsUk')}
          path="resources.materialsUk"
        />
        <CheckboxGroup
          label={t('contribute.practice.partnersNeeded')}
          options={PARTNER_ROLES.map((r) => ({ value: r, label: t(`partnerRole.${r}`) }))}
          value={form.partnersNeeded}
          onChange={(v) => set('partnersNeeded')(v as PracticeForm['partnersNeeded'])}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('contribute.practice.sectionConditions')}</legend>
        <Checkbox label={t('contribute.practice.worksInShelter')} checked={form.worksInShelter} onChange={set('worksInShelter')} />
        <Checkbox label={t('contribute.practice.needsPower')} checked={form.needsPower} onChange={set('needsPower')} />
        <Checkbox label={t('contribute.practice.needsInternet')} checked={form.needsInternet} onChange={set('needsInternet')} />
        <SelectField
          label={t('contribute.practice.securityContext')}
          value={form.securityContext}
          onChange={(v) => set('securityContext')(v as PracticeForm['securityContext'])}
          options={SECURITY_CONTEXTS.map((s) => ({ value: s, label: t(`securityContext.${s}`) }))}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('contribute.practice.sectionSafeguarding')}</legend>
        <Checkbox label={t('practice.safeguarding.consentRequired')} checked={form.consentRequired} onChange={set('consentRequired')} />
        <Checkbox
          label={t('practice.safeguarding.noPhotosOfChildren')}
          checked={form.noPhotosOfChildren}
          onChange={set('noPhotosOfChildren')}
        />
        <Checkbox
          label={t('practice.safeguarding.psychologistNeeded')}
          checked={form.psychologistNeeded}
          onChange={set('psychologistNeeded')}
        />
        <TextField
          label={t('contribute.practice.safeguardingNotes')}
          multiline
          rows={3}
          value={form.safeguardingNotes}
          onChange={set('safeguardingNotes')}
          error={error('safeguarding.notesUk')}
          path="safeguarding.notesUk"
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('contribute.practice.sectionOrigin')}</legend>
        <SelectField
          label={t('contribute.practice.evidenceLevel')}
          hint={t('contribute.hints.evidenceLevel')}
          value={form.evidenceLevel}
          onChange={(v) => set('evidenceLevel')(v as PracticeForm['evidenceLevel'])}
          options={EVIDENCE_LEVELS.map((e) => ({ value: e, label: t(`evidenceLevel.${e}`) }))}
        />
        <SelectField
          label={t('contribute.practice.originOrganization')}
          required
          emptyLabel={t('contribute.choose')}
          value={form.originOrganization}
          onChange={set('originOrganization')}
          options={vocabulary.organizations}
          error={error('originOrganization')}
          path="originOrganization"
        />
        <SelectField
          label={t('contribute.practice.adaptedFrom')}
          hint={t('contribute.hints.adaptedFrom')}
          emptyLabel={t('contribute.practice.notAdapted')}
          value={form.adaptedFrom}
          onChange={set('adaptedFrom')}
          options={vocabulary.practices}
          error={error('adaptedFrom')}
          path="adaptedFrom"
        />
        <SelectField
          label={t('contribute.practice.licence')}
          hint={t('contribute.hints.licence')}
          value={form.licence}
          onChange={(v) => set('licence')(v as PracticeForm['licence'])}
          options={LICENCES.map((l) => ({ value: l, label: t(`licence.${l}`) }))}
        />
      </fieldset>
    </>
  );
}
