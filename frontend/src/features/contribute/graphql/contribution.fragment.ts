import { graphql } from '@/gql';

/** What a save or a submission answers with: enough to know the next version and the status. */
export const CONTRIBUTION_STATE_FRAGMENT = graphql(`
  fragment ContributionState_contribution on Contribution {
    id
    type
    slug
    titleUk
    status
    version
    updatedAt
    submittedAt
    publishedAt
    pendingChanges {
      id
      status
      version
      changedFields
    }
  }
`);

/** One trip through review, as its authors see it in their list. */
export const REVIEW_THREAD_FRAGMENT = graphql(`
  fragment ReviewThread_submission on Submission {
    id
    kind
    outcome
    note
    comment
    submittedAt
    decidedAt
    decidedBy {
      id
      displayName
    }
  }
`);
