import type { Caller } from '../../../test-support/accounts.js';
import { ACCEPT, MY_INVITATIONS } from './invitation.test-ops.js';

/** Accepts every invitation waiting for the caller's address, as the person would on the notifications page. */
export async function acceptInvitations(invitee: Caller): Promise<number> {
  const res = await invitee.send(MY_INVITATIONS);
  if (!res.data) throw new Error(`myInvitations failed: ${JSON.stringify(res.errors)}`);
  for (const { id } of res.data.myInvitations) {
    const accepted = await invitee.send(ACCEPT, { id });
    if (accepted.errors) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted.errors)}`);
  }
  return res.data.myInvitations.length;
}
