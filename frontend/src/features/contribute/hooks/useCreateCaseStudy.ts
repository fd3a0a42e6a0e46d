import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const CREATE_CASE_STUDY = graphql(`
  mutation CreateCaseStudy($input: CaseStudyContentInput!, $fromAdoption: ID) {
    createCaseStudy(input: $input, fromAdoption: $fromAdoption) {
      ...ContributionState_contribution
    }
  }
`);

/** Starts a case study as a draft, grown from an adoption report when one is given. */
export function useCreateCaseStudy() {
  return useMutation(CREATE_CASE_STUDY);
}
