import { operation } from '../../../test-support/operations.js';

/** The operations the invitation tests send, typed with their answers. */

type RecordType = 'COLLECTION' | 'PRACTICE' | 'CASE_STUDY';

/** Invites an address to co-curate a collection; the answer is who co-curates and who is still invited. */
export const INVITE = operation<
  {
    addCollectionCoCurator: {
      coCurators: { displayName: string }[];
      /** Null to anyone who may not invite. */
      invitations: { id: string; email: string }[] | null;
    };
  },
  { id: string; email: string }
>(
  `mutation($id: ID!, $email: String!) { addCollectionCoCurator(collectionId: $id, email: $email) { coCurators { displayName } invitations { id email } } }`,
);
export const INVITE_CO_AUTHOR = operation<{ addCoAuthor: { invitations: { email: string }[] } }, { id: string; email: string }>(
  `mutation($id: ID!, $email: String!) { addCoAuthor(type: CASE_STUDY, id: $id, email: $email) { invitations { email } } }`,
);
export const MY_INVITATIONS = operation<{
  myInvitations: { id: string; recordType: RecordType; slug: string; title: string; invitedBy: string }[];
}>(`{ myInvitations { id recordType slug title invitedBy } }`);
export const ACCEPT = operation<{ acceptInvitation: { recordType: RecordType; recordId: string; slug: string } }, { id: string }>(
  `mutation($id: ID!) { acceptInvitation(id: $id) { recordType recordId slug } }`,
);
export const DECLINE = operation<{ declineInvitation: boolean }, { id: string }>(`mutation($id: ID!) { declineInvitation(id: $id) }`);
export const REVOKE = operation<{ revokeInvitation: boolean }, { id: string }>(`mutation($id: ID!) { revokeInvitation(id: $id) }`);
/** A case study being written, with its co-authors; null to anyone who is not one of its authors. */
export const CASE_STUDY_CO_AUTHORS = operation<
  { contribution: { id: string; coAuthors: { displayName: string }[] } | null },
  { id: string }
>(`query($id: ID!) { contribution(type: CASE_STUDY, id: $id) { id coAuthors { displayName } } }`);
