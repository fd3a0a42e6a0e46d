import { Fragment } from 'react';
import { useTranslation } from '@/i18n/react';
import type { ReviewItem_SubmissionFragment, ReviewRecordQuery } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { outcomeUnit } from '@/shared/format/outcome';
import { RichText } from '@/shared/ui/RichText';
import { TextBlock } from '@/shared/ui/TextBlock';

type Item = ReviewItem_SubmissionFragment;
export type StoredRecord = NonNullable<ReviewRecordQuery['contribution']>;
type Practice = NonNullable<StoredRecord['practice']>;
type CaseStudy = NonNullable<StoredRecord['caseStudy']>;

/**
 * What a moderator decides on: the new record (its stored draft), the changes (old → new, the old
 * side read from the published record), or the follow-up.
 */
export function SubmissionContent({ item, record }: { item: Item; record: StoredRecord | null }) {
  if (item.kind === 'FOLLOW_UP') return <FollowUpContent item={item} />;
  if (item.kind === 'REVISION') return <ChangesContent item={item} record={record} />;
  if (record?.practice) return <PracticeDraft practice={record.practice} />;
  if (record?.caseStudy) return <CaseStudyDraft caseStudy={record.caseStudy} />;
  return null;
}

function FollowUpContent({ item }: { item: Item }) {
  const { t } = useTranslation();
  const followUp = item.followUp;
  if (!followUp) return null;
  return (
    <section aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t('caseStudy.monthsAfter', { count: followUp.monthsAfter })}</h2>
      <p>{t('caseStudy.recordedOn', { date: followUp.recordedOn })}</p>
      <TextBlock text={followUp.textUk} />
    </section>
  );
}

function PracticeDraft({ practice: p }: { practice: Practice }) {
  const { t, i18n } = useTranslation();
  const names = (terms: readonly { slug: string; nameUk: string; nameEn: string }[]) =>
    terms.map((term) => localized(i18n.language, term.nameUk, term.nameEn).text).join(', ');
  const yes = (on: boolean) => (on ? t('contribute.review.yes') : t('contribute.review.no'));
  return (
    <article className="review-draft" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{p.titleUk}</h2>
      {p.titleEn && <p lang="en">{p.titleEn}</p>}
      <p className="review-draft__summary">{p.summaryUk}</p>
      {p.summaryEn && <p lang="en">{p.summaryEn}</p>}
      <dl className="review-facts">
        <dt>{t('contribute.practice.themes')}</dt>
        <dd>{names(p.themes)}</dd>
        <dt>{t('contribute.practice.audiences')}</dt>
        <dd>{names(p.audiences)}</dd>
        <dt>{t('contribute.practice.formats')}</dt>
        <dd>{names(p.formats)}</dd>
        <dt>{t('contribute.practice.goals')}</dt>
        <dd>{p.goals.join('; ')}</dd>
        {p.durationMinutes && (
          <>
            <dt>{t('contribute.practice.durationMinutes')}</dt>
            <dd>{p.durationMinutes}</dd>
          </>
        )}
        <dt>{t('contribute.practice.evidenceLevel')}</dt>
        <dd>{t(`evidenceLevel.${p.evidenceLevel}`)}</dd>
        <dt>{t('contribute.practice.originOrganization')}</dt>
        <dd>{p.origin ? localized(i18n.language, p.origin.nameUk, p.origin.nameEn).text : '—'}</dd>
        <dt>{t('contribute.practice.licence')}</dt>
        <dd>{t(`licence.${p.licence}`)}</dd>
        <dt>{t('contribute.practice.sectionResources')}</dt>
        <dd>
          {t('contribute.practice.staff')}: {p.resources.staff}; {t('contribute.practice.volunteers')}: {p.resources.volunteers};{' '}
          {t(`budgetBand.${p.resources.budgetBand}`)}
          {p.resources.materialsUk.length > 0 && `; ${p.resources.materialsUk.join(', ')}`}
        </dd>
        <dt>{t('contribute.practice.sectionConditions')}</dt>
        <dd>
          {t('contribute.practice.worksInShelter')}: {yes(p.conditions.worksInShelter)}; {t('contribute.practice.needsPower')}:{' '}
          {yes(p.conditions.needsPower)}; {t('contribute.practice.needsInternet')}: {yes(p.conditions.needsInternet)};{' '}
          {t(`securityContext.${p.conditions.securityContext}`)}
        </dd>
        <dt>{t('contribute.practice.sectionSafeguarding')}</dt>
        <dd>
          {t('practice.safeguarding.consentRequired')}: {yes(p.safeguarding.consentRequired)};{' '}
          {t('practice.safeguarding.noPhotosOfChildren')}: {yes(p.safeguarding.noPhotosOfChildren)};{' '}
          {t('practice.safeguarding.psychologistNeeded')}: {yes(p.safeguarding.psychologistNeeded)}
          {p.safeguarding.notesUk && `. ${p.safeguarding.notesUk}`}
        </dd>
      </dl>
      <h3>{t('contribute.practice.descriptionUk')}</h3>
      <RichText html={p.descriptionHtml} />
      <h3>{t('contribute.practice.steps')}</h3>
      <ol className="steps">
        {p.steps.map((s) => (
          <li key={s.number}>
            <h4>{s.titleUk}</h4>
            <RichText html={s.detailsHtml} />
          </li>
        ))}
      </ol>
    </article>
  );
}

function CaseStudyDraft({ caseStudy: c }: { caseStudy: CaseStudy }) {
  const { t, i18n } = useTranslation();
  const names = (terms: readonly { nameUk: string; nameEn?: string | null }[]) =>
    terms.map((term) => localized(i18n.language, term.nameUk, term.nameEn).text).join(', ');
  return (
    <article className="review-draft" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{c.titleUk}</h2>
      {c.titleEn && <p lang="en">{c.titleEn}</p>}
      <p className="review-draft__summary">{c.summaryUk}</p>
      {c.summaryEn && <p lang="en">{c.summaryEn}</p>}
      <dl className="review-facts">
        <dt>{t('contribute.caseStudy.organization')}</dt>
        <dd>{c.organization ? localized(i18n.language, c.organization.nameUk, c.organization.nameEn).text : '—'}</dd>
        <dt>{t('contribute.caseStudy.practices')}</dt>
        <dd>{c.practices.map((p) => p.titleUk).join('; ')}</dd>
        {/* Everything the public page will show after approval, so nothing is published unseen. */}
        {c.adaptations
          .filter((a) => a.adaptationUk)
          .map((a, i) => (
            <Fragment key={a.practice.id}>
              <dt>{t('contribute.caseStudy.adaptation', { number: c.practices.findIndex((p) => p.id === a.practice.id) + 1 || i + 1 })}</dt>
              <dd>
                {a.practice.titleUk}: {a.adaptationUk}
              </dd>
            </Fragment>
          ))}
        <dt>{t('contribute.caseStudy.participantAudiences')}</dt>
        <dd>{names(c.participantAudiences) || '—'}</dd>
        {c.partners.length > 0 && (
          <>
            <dt>{t('caseStudy.partners')}</dt>
            <dd>{names(c.partners)}</dd>
          </>
        )}
        <dt>{t('caseStudy.when')}</dt>
        <dd>
          {c.period.ongoing
            ? t('caseStudy.periodOngoing', { start: c.period.start })
            : t('caseStudy.period', { start: c.period.start, end: c.period.end })}
        </dd>
        <dt>{t('caseStudy.participantsTitle')}</dt>
        <dd>{c.participantCount}</dd>
        <dt>{t('contribute.caseStudy.volunteers')}</dt>
        <dd>{c.volunteers}</dd>
        {c.budgetUah !== null && c.budgetUah !== undefined && (
          <>
            <dt>{t('contribute.caseStudy.budgetUah')}</dt>
            <dd>{t('caseStudy.uah', { amount: c.budgetUah })}</dd>
          </>
        )}
        {c.fundersUk.length > 0 && (
          <>
            <dt>{t('caseStudy.funders')}</dt>
            <dd>{c.fundersUk.join('; ')}</dd>
          </>
        )}
      </dl>
      <h3>{t('caseStudy.need')}</h3>
      <RichText html={c.needHtml} />
      <h3>{t('caseStudy.whatWasDone')}</h3>
      <RichText html={c.whatWasDoneHtml} />
      {c.outcomes.length > 0 && (
        <>
          <h3>{t('caseStudy.outcomes')}</h3>
          <ul>
            {c.outcomes.map((o, i) => {
              const unit = outcomeUnit(o.labelUk, o.unitUk);
              return (
                <li key={i}>
                  {o.labelUk}: {o.value}
                  {unit && ` ${unit}`}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {c.impactStories.length > 0 && (
        <>
          <h3>{t('caseStudy.impactStories')}</h3>
          <ul>
            {c.impactStories.map((s) => (
              <li key={s.id}>
                {t(`contribute.storyKind.${s.kind}`)}: {s.textUk}
                {s.attributionUk && ` — ${s.attributionUk}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {c.challengesHtml && (
        <>
          <h3>{t('caseStudy.challenges')}</h3>
          <RichText html={c.challengesHtml} />
        </>
      )}
      {c.adviceHtml && (
        <>
          <h3>{t('caseStudy.advice')}</h3>
          <RichText html={c.adviceHtml} />
        </>
      )}
    </article>
  );
}

/** The published value of a changed field, read from the record as it is now, where the shapes match. */
function currentValue(stored: StoredRecord | null, field: string): unknown {
  const record = (stored?.practice ?? stored?.caseStudy ?? null) as Record<string, unknown> | null;
  if (!record) return undefined;
  if (field === 'themes' || field === 'audiences' || field === 'formats') {
    const terms = record[field];
    return Array.isArray(terms) ? terms.map((term: { slug: string }) => term.slug) : undefined;
  }
  if (field === 'steps' && stored?.practice)
    return stored.practice.steps.map((s) => ({ titleUk: s.titleUk, detailsUk: s.detailsUk ?? undefined }));
  return field in record ? record[field] : undefined;
}

/** A value of either side as readable text: lists one item a line, objects as "key: value" (never the API's type names). */
function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.map(show).join('\n');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => k !== '__typename' && v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join('; ');
  return String(value);
}

function ChangesContent({ item, record }: { item: Item; record: StoredRecord | null }) {
  const { t } = useTranslation();
  // The changes in review are the record's pending changes (locked while in review), read by the names of
  // the changed fields, which are the content's own.
  const proposed: Readonly<Record<string, unknown>> = record?.pendingChanges?.content ?? {};
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('contribute.review.changes', { count: item.changedFields.length })}</h2>
      <p className="field__hint">{t('contribute.review.changesHint')}</p>
      <dl className="review-diff">
        {item.changedFields.map((field) => {
          const before = currentValue(record, field);
          return (
            <div key={field} className="review-diff__row">
              <dt>{t(`contribute.fields.${field}` as 'contribute.fields.titleUk', { defaultValue: field })}</dt>
              <dd>
                <span className="visually-hidden">{t('contribute.review.before')}: </span>
                <del className="review-diff__old">{before === undefined ? t('contribute.review.notShown') : show(before)}</del>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden">{t('contribute.review.after')}: </span>
                <ins className="review-diff__new">{show(proposed[field])}</ins>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
