import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import { graphql } from '@/gql';
import type { PracticeFacts_PracticeFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { TextBlock } from '@/shared/ui/TextBlock';
import { paths } from '@/shared/router/paths';

export const PRACTICE_FACTS_FRAGMENT = graphql(`
  fragment PracticeFacts_practice on Practice {
    id
    evidenceLevel
    licence
    durationMinutes
    goals
    partnersNeeded
    groupSize {
      min
      max
    }
    themes {
      slug
      nameUk
      nameEn
    }
    audiences {
      slug
      nameUk
      nameEn
    }
    formats {
      slug
      nameUk
      nameEn
    }
    resources {
      budgetBand
      staff
      volunteers
      materialsUk
    }
    conditions {
      worksInShelter
      needsPower
      needsInternet
      securityContext
    }
    safeguarding {
      consentRequired
      noPhotosOfChildren
      psychologistNeeded
      notesUk
    }
    origin {
      id
      slug
      nameUk
      nameEn
      community {
        id
        slug
        nameUk
        nameEn
        kind
        oblast {
          slug
          nameUk
          nameEn
        }
      }
    }
  }
`);

interface Named {
  slug: string;
  nameUk: string;
  nameEn: string;
}

/** Everything a librarian checks before trying a practice: who, what it takes, where it works, what to watch. */
export function PracticeFacts({ practice }: { practice: PracticeFacts_PracticeFragment }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const names = (terms: Named[]) => terms.map((term) => localized(language, term.nameUk, term.nameEn).text).join(', ');
  const { resources, conditions, safeguarding, origin } = practice;
  const community = origin?.community;
  const safeguards = [
    safeguarding.consentRequired && t('practice.safeguarding.consentRequired'),
    safeguarding.noPhotosOfChildren && t('practice.safeguarding.noPhotosOfChildren'),
    safeguarding.psychologistNeeded && t('practice.safeguarding.psychologistNeeded'),
  ].filter((s): s is string => Boolean(s));

  return (
    <>
      <section aria-labelledby="practice-facts" className="facts">
        <h2 id="practice-facts">{t('practice.facts')}</h2>
        <dl>
          <dt>{t('practiceCard.evidence')}</dt>
          <dd>
            <span className={`evidence evidence--${practice.evidenceLevel.toLowerCase()}`}>
              {t(`evidenceLevel.${practice.evidenceLevel}`)}
            </span>
          </dd>
          <dt>{t('practiceCard.origin')}</dt>
          <dd>
            {origin ? (
              <Link to={paths.organization(origin.slug)}>{localized(language, origin.nameUk, origin.nameEn).text}</Link>
            ) : (
              t('practiceCard.originUnknown')
            )}
            {community && (
              <>
                {', '}
                <Link to={paths.community(community.slug)}>{localized(language, community.nameUk, community.nameEn).text}</Link> (
                {t(`communityKind.${community.kind}`)}, {localized(language, community.oblast.nameUk, community.oblast.nameEn).text})
              </>
            )}
          </dd>
          {practice.themes.length > 0 && (
            <>
              <dt>{t('practiceCard.themes')}</dt>
              <dd>{names(practice.themes)}</dd>
            </>
          )}
          {practice.audiences.length > 0 && (
            <>
              <dt>{t('practice.audiences')}</dt>
              <dd>{names(practice.audiences)}</dd>
            </>
          )}
          {practice.formats.length > 0 && (
            <>
              <dt>{t('practice.formats')}</dt>
              <dd>{names(practice.formats)}</dd>
            </>
          )}
          {practice.groupSize && (
            <>
              <dt>{t('practice.groupSize')}</dt>
              <dd>{t('practice.groupSizeRange', { min: practice.groupSize.min ?? '…', max: practice.groupSize.max ?? '…' })}</dd>
            </>
          )}
          {practice.durationMinutes != null && (
            <>
              <dt>{t('practice.duration')}</dt>
              <dd>{t('practice.minutes', { count: practice.durationMinutes })}</dd>
            </>
          )}
          <dt>{t('practice.licence')}</dt>
          <dd>{t(`licence.${practice.licence}`)}</dd>
        </dl>
      </section>

      {practice.goals.length > 0 && (
        <section aria-labelledby="practice-goals">
          <h2 id="practice-goals">{t('practice.goals')}</h2>
          <ul lang="uk">
            {practice.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="practice-resources">
        <h2 id="practice-resources">{t('practice.resources')}</h2>
        <dl>
          <dt>{t('practice.staff')}</dt>
          <dd>{resources.staff === 0 ? t('practice.peopleNone') : t('practice.people', { count: resources.staff })}</dd>
          <dt>{t('practice.volunteers')}</dt>
          <dd>{resources.volunteers === 0 ? t('practice.peopleNone') : t('practice.people', { count: resources.volunteers })}</dd>
          <dt>{t('practice.budget')}</dt>
          <dd>{t(`budgetBand.${resources.budgetBand}`)}</dd>
          {resources.materialsUk.length > 0 && (
            <>
              <dt>{t('practice.materials')}</dt>
              <dd>
                <ul lang="uk">
                  {resources.materialsUk.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {practice.partnersNeeded.length > 0 && (
            <>
              <dt>{t('practice.partnersNeeded')}</dt>
              <dd>{practice.partnersNeeded.map((role) => t(`partnerRole.${role}`)).join(', ')}</dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="practice-conditions">
        <h2 id="practice-conditions">{t('practice.conditions')}</h2>
        <ul className="conditions">
          <li>{conditions.worksInShelter ? t('practice.condition.worksInShelter') : t('practice.condition.notInShelter')}</li>
          <li>{conditions.needsPower ? t('practice.condition.needsPower') : t('practice.condition.noPower')}</li>
          <li>{conditions.needsInternet ? t('practice.condition.needsInternet') : t('practice.condition.noInternet')}</li>
          <li>{t(`securityContext.${conditions.securityContext}`)}</li>
        </ul>
      </section>

      <section aria-labelledby="practice-safeguarding" className="safeguarding">
        <h2 id="practice-safeguarding">{t('practice.safeguardingTitle')}</h2>
        {safeguards.length > 0 ? (
          <ul>
            {safeguards.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        ) : (
          <p>{t('practice.safeguarding.none')}</p>
        )}
        <TextBlock text={safeguarding.notesUk} lang="uk" />
      </section>
    </>
  );
}
