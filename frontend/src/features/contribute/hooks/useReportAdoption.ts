import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

const REPORT_ADOPTION = graphql(`
  mutation ReportAdoption($input: ReportAdoptionInput!) {
    reportAdoption(input: $input) {
      id
      adoptedOn
      changesUk
      resultUk
      participantCount
      status
      organization {
        id
        slug
        nameUk
        nameEn
      }
      practice {
        id
        slug
      }
    }
  }
`);

/** Files a "we tried it here" report for the user's organisation; it is published at once. */
export function useReportAdoption() {
  return useMutation(REPORT_ADOPTION);
}
