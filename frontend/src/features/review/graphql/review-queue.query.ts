import { graphql } from '@/gql';

/** One open submission as the queue lists it; the record itself comes from REVIEW_RECORD_QUERY. */
export const REVIEW_ITEM_FRAGMENT = graphql(`
  fragment ReviewItem_submission on Submission {
    id
    kind
    outcome
    recordType
    recordId
    titleUk
    submittedAt
    note
    changedFields
    submittedBy {
      id
      displayName
      organization {
        id
        nameUk
        nameEn
      }
    }
    followUp {
      id
      monthsAfter
      recordedOn
      textUk
    }
  }
`);

/**
 * The record a submission is about, as stored (its draft for a new record, the published version for
 * changes), with its pending changes in full (what a revision proposes: they cannot change while in
 * review). Asked for one submission at a time: the queue itself stays light (the API limits query cost).
 */
export const REVIEW_RECORD_QUERY = graphql(`
  query ReviewRecord($type: RecordType!, $id: ID!) {
    contribution(type: $type, id: $id) {
      id
      pendingChanges {
        id
        content {
          ...RecordContent_content
        }
      }
      practice {
        id
        slug
        titleUk
        titleEn
        summaryUk
        summaryEn
        descriptionUk
        descriptionEn
        descriptionHtml
        goals
        durationMinutes
        evidenceLevel
        licence
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
        steps {
          number
          titleUk
          detailsUk
          detailsHtml
        }
        resources {
          staff
          volunteers
          materialsUk
          budgetBand
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
          nameUk
          nameEn
        }
      }
      caseStudy {
        id
        slug
        titleUk
        titleEn
        summaryUk
        summaryEn
        needUk
        needHtml
        whatWasDoneUk
        whatWasDoneHtml
        challengesUk
        challengesHtml
        adviceUk
        adviceHtml
        fundersUk
        budgetUah
        volunteers
        participantCount
        period {
          start
          end
          ongoing
        }
        organization {
          id
          nameUk
          nameEn
        }
        practices {
          id
          titleUk
        }
        adaptations {
          adaptationUk
          practice {
            id
            titleUk
          }
        }
        participantAudiences {
          slug
          nameUk
          nameEn
        }
        partners {
          id
          nameUk
          nameEn
        }
        outcomes {
          labelUk
          value
          unitUk
        }
        impactStories {
          id
          kind
          textUk
          attributionUk
        }
      }
    }
  }
`);

/** Open submissions, oldest first, optionally of one type, kind or theme. Moderators. */
export const REVIEW_QUEUE_QUERY = graphql(`
  query ReviewQueue($kind: SubmissionKind, $type: RecordType, $theme: String) {
    reviewQueue(first: 100, kind: $kind, type: $type, theme: $theme) {
      ...ReviewItem_submission
    }
  }
`);

export const REVIEW_THEMES_QUERY = graphql(`
  query ReviewThemes {
    themes {
      slug
      nameUk
      nameEn
    }
  }
`);
