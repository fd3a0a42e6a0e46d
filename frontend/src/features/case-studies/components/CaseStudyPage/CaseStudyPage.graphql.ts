import { graphql } from '@/gql';

export const CASE_STUDY_PAGE_QUERY = graphql(`
  query CaseStudyPage($slug: String!) {
    caseStudy(slug: $slug) {
      id
      slug
      titleUk
      titleEn
      summaryUk
      summaryEn
      whatWasDoneHtml
      challengesHtml
      adviceHtml
      ...CaseStudyContext_caseStudy
      ...CaseStudyOutcomes_caseStudy
      ...CaseStudyFollowUps_caseStudy
    }
  }
`);
