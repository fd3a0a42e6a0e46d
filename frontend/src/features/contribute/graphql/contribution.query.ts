import { graphql } from '@/gql';

/** A record to edit: its content (the pending changes when there are some) and the version to save against. */
export const CONTRIBUTION_EDIT_QUERY = graphql(`
  query ContributionEdit($type: RecordType!, $id: ID!) {
    contribution(type: $type, id: $id) {
      ...ContributionState_contribution
      content {
        ...RecordContent_content
      }
      reviewThread {
        ...ReviewThread_submission
      }
    }
  }
`);

/** The signed-in user's practices and case studies, most recently changed first, with their review threads. */
export const MY_CONTRIBUTIONS_QUERY = graphql(`
  query MyContributions {
    myContributions {
      ...ContributionState_contribution
      reviewThread {
        ...ReviewThread_submission
      }
    }
  }
`);

/** The practice a "we tried it here" report is about. */
export const TRIED_PRACTICE_QUERY = graphql(`
  query TriedPractice($slug: String!) {
    practice(slug: $slug) {
      id
      slug
      titleUk
      titleEn
    }
  }
`);
