import { graphql } from '@/gql';

/** Files a "we tried it here" report for the user's organisation; sent through the device's send queue. */
export const REPORT_ADOPTION = graphql(`
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
