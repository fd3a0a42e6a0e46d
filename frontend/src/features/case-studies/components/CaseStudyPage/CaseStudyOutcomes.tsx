import { graphql } from '@/gql';
import type { CaseStudyOutcomes_CaseStudyFragment } from '@/gql/graphql';
import { useTranslation } from '@/i18n/react';
import { outcomeUnit } from '@/shared/format/outcome';
import { TextBlock } from '@/shared/ui/TextBlock';

export const CASE_STUDY_OUTCOMES_FRAGMENT = graphql(`
  fragment CaseStudyOutcomes_caseStudy on CaseStudy {
    id
    outcomes {
      labelUk
      unitUk
      value
    }
    impactStories {
      id
      kind
      textUk
      attributionUk
    }
  }
`);

/** What changed: the outcomes in numbers, then quotes and observed changes. */
export function CaseStudyOutcomes({ caseStudy: cs }: { caseStudy: CaseStudyOutcomes_CaseStudyFragment }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'uk-UA');
  const empty = cs.outcomes.length === 0 && cs.impactStories.length === 0;
  return (
    // A section that only says there is nothing yet stays off the paper.
    <section aria-labelledby="cs-outcomes" className={empty ? 'no-print' : undefined}>
      <h2 id="cs-outcomes">{t('caseStudy.outcomes')}</h2>
      {cs.outcomes.length > 0 && (
        <ul className="outcomes" lang="uk">
          {cs.outcomes.map((o) => {
            const unit = outcomeUnit(o.labelUk, o.unitUk);
            return (
              <li key={o.labelUk}>
                {o.labelUk}: <strong>{number.format(o.value)}</strong>
                {unit && ` ${unit}`}
              </li>
            );
          })}
        </ul>
      )}
      {cs.impactStories.length > 0 && (
        <>
          <h3>{t('caseStudy.impactStories')}</h3>
          {cs.impactStories.map((story) =>
            story.kind === 'QUOTE' ? (
              <figure key={story.id} className="quote" lang="uk">
                <blockquote>
                  <TextBlock text={story.textUk} />
                </blockquote>
                {story.attributionUk && <figcaption>— {story.attributionUk}</figcaption>}
              </figure>
            ) : (
              <div key={story.id} className="observed">
                <p className="observed__label">{t('caseStudy.observedChange')}</p>
                <TextBlock text={story.textUk} lang="uk" />
              </div>
            ),
          )}
        </>
      )}
      {empty && <p>{t('caseStudy.noOutcomes')}</p>}
    </section>
  );
}
