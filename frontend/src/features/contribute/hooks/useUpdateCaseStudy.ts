import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const UPDATE_CASE_STUDY = graphql(`
  mutation UpdateCaseStudy($id: ID!, $version: Int!, $input: CaseStudyContentInput!) {
    updateCaseStudy(id: $id, version: $version, input: $input) {
      ...ContributionState_contribution
    }
  }
`);

/** Saves a case study draft, or a published case study's pending changes. */
export function useUpdateCaseStudy() {
  return useMutation(UPDATE_CASE_STUDY);
}
