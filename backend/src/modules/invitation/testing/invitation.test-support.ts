import type { Caller } from '../../../test-support/accounts.js';

export const MY_INVITATIONS = `{ myInvitations { id recordType slug title invitedBy } }`;
export const ACCEPT = `mutation($id: ID!) { acceptInvitation(id: $id) { recordType recordId slug } }`;

/** Accepts every invitation waiting for the caller's address, as the person would on the notifications page. */
export async function acceptInvitations(invitee: Caller): Promise<number> {
  const res = await invitee.gql<{ myInvitations: { id: string }[] }>(MY_INVITATIONS);
  if (!res.data) throw new Error(`myInvitations failed: ${JSON.stringify(res.errors)}`);
  for (const { id } of res.data.myInvitations) {
    const accepted = await invitee.gql(ACCEPT, { id });
    if (accepted.errors) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted.errors)}`);
  }
  return res.data.myInvitations.length;
}
