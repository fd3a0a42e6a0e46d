import { graphql } from '@/gql';

/** People whose organisation the signed-in person may confirm (moderators: everyone's). */
export const MEMBERSHIP_CLAIMS_QUERY = graphql(`
  query MembershipClaims {
    membershipClaims(first: 100) {
      id
      displayName
      organization {
        id
        slug
        nameUk
        nameEn
      }
    }
  }
`);

export const CONFIRM_MEMBERSHIP = graphql(`
  mutation ConfirmMembership($userId: ID!) {
    confirmMembership(userId: $userId) {
      id
    }
  }
`);

/** Reports waiting for a moderator (their authors' memberships are not confirmed yet). */
export const PENDING_ADOPTIONS_QUERY = graphql(`
  query PendingAdoptions {
    pendingAdoptions(first: 100) {
      id
      adoptedOn
      resultUk
      organization {
        id
        nameUk
        nameEn
      }
      practice {
        id
        slug
        titleUk
      }
    }
  }
`);

export const PUBLISH_ADOPTION = graphql(`
  mutation PublishAdoption($id: ID!) {
    publishAdoption(id: $id) {
      id
      status
    }
  }
`);
