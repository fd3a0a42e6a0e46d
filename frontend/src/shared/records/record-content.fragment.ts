import { graphql } from '@/gql';

/**
 * A practice's or case study's content in the shape its authors send it: what the editor starts from
 * and what review is asked to approve. Every field, so the content read back can be sent again as it is.
 */
export const RECORD_CONTENT_FRAGMENT = graphql(`
  fragment RecordContent_content on RecordContent {
    __typename
    ... on PracticeContent {
      titleUk
      titleEn
      summaryUk
      summaryEn
      descriptionUk
      descriptionEn
      themes
      goals
      audiences
      formats
      groupSize {
        min
        max
      }
      durationMinutes
      steps {
        titleUk
        detailsUk
      }
      resources {
        staff
        volunteers
        materialsUk
        budgetBand
      }
      partnersNeeded
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
      evidenceLevel
      originOrganization
      adaptedFrom
      licence
    }
    ... on CaseStudyContent {
      titleUk
      titleEn
      summaryUk
      summaryEn
      practices {
        practice
        adaptationUk
      }
      organization
      partnerOrganizations
      period {
        start
        end
      }
      needUk
      whatWasDoneUk
      participants {
        audiences
        count
      }
      fundersUk
      budgetUah
      volunteers
      challengesUk
      outcomes {
        labelUk
        value
        unitUk
      }
      impactStories {
        kind
        textUk
        attributionUk
        consentGiven
      }
      adviceUk
    }
  }
`);
