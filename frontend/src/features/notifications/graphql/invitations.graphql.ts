import { graphql } from '@/gql';

/** Invitations to co-author or co-curate waiting for the signed-in reader's answer. */
export const MY_INVITATIONS_QUERY = graphql(`
  query MyInvitations {
    myInvitations {
      id
      recordType
      slug
      title
      invitedBy
    }
  }
`);

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($id: ID!) {
    acceptInvitation(id: $id) {
      recordType
      recordId
      slug
    }
  }
`);

export const DECLINE_INVITATION_MUTATION = graphql(`
  mutation DeclineInvitation($id: ID!) {
    declineInvitation(id: $id)
  }
`);
