import { graphql } from '@/gql';

/** The case study a follow-up is added to, and the follow-ups it has already. */
export const FOLLOW_UP_CASE_STUDY_QUERY = graphql(`
  query FollowUpCaseStudy($slug: String!) {
    caseStudy(slug: $slug) {
      id
      slug
      titleUk
      titleEn
      followUps {
        id
        monthsAfter
      }
    }
  }
`);

/** What the authors saw months later; sent through the device's queue and published once a moderator approves it. */
export const ADD_FOLLOW_UP = graphql(`
  mutation AddFollowUp($caseStudyId: ID!, $input: FollowUpInput!) {
    addFollowUp(caseStudyId: $caseStudyId, input: $input) {
      id
      outcome
    }
  }
`);
