import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadTerms, TEST_ORGANIZATION, type Terms } from '../../../../test/support/contribute';
import { registerSession, renderWithSession, signInDemo, type Session } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;
let terms: Terms;
let moderator: Session;

beforeAll(async () => {
  terms = await loadTerms(graphqlUrl);
  // The demo moderator of seeds/dev (loaded outside production, so in this test backend too).
  moderator = await signInDemo(graphqlUrl, 'moderator');
});

const confirmed = async (session: Session) =>
  (await session.query<{ me: { organizationConfirmed: boolean } }>('{ me { organizationConfirmed } }')).me.organizationConfirmed;

describe('confirming colleagues, against the real API', () => {
  it('a moderator confirms a claim (her waiting report goes live); the now confirmed member then vouches for a colleague', async () => {
    const organization = terms.organizations.find((o) => o.slug === TEST_ORGANIZATION)!;
    const first = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION, displayName: `Надія ${Date.now().toString(36)}` });
    const { reportAdoption } = await first.query<{ reportAdoption: { id: string; status: string } }>(
      'mutation($input: ReportAdoptionInput!) { reportAdoption(input: $input) { id status } }',
      { input: { practiceId: terms.practices[4]!.id, adoptedOn: '2025-05-05', resultUk: 'Чекаю, доки мене підтвердять.' } },
    );
    expect(reportAdoption.status).toBe('PENDING');

    // Before anyone vouches for her, she cannot vouch for anyone.
    const firstView = await renderWithSession({ uri: graphqlUrl, fetch: first.fetch, path: paths.members });
    expect(await screen.findByText(/^Підтверджувати колег можуть підтверджені працівники/)).toBeTruthy();
    firstView.unmount();

    const user = userEvent.setup();
    const moderatorView = await renderWithSession({ uri: graphqlUrl, fetch: moderator.fetch, path: paths.members });
    await user.click(
      await screen.findByRole('button', { name: `Підтвердити: ${(await me(first)).displayName} працює в «${organization.nameUk}»` }),
    );
    expect(await screen.findByText(`Підтверджено: ${(await me(first)).displayName}.`)).toBeTruthy();
    await waitFor(async () => expect(await confirmed(first)).toBe(true));
    const report = await first.query<{ myAdoptions: { id: string; status: string }[] }>('{ myAdoptions { id status } }');
    expect(report.myAdoptions.find((a) => a.id === reportAdoption.id)?.status).toBe('PUBLISHED');
    moderatorView.unmount();

    const second = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION, displayName: `Ольга ${Date.now().toString(36)}` });
    await renderWithSession({ uri: graphqlUrl, fetch: first.fetch, path: paths.members });
    await user.click(
      await screen.findByRole('button', { name: `Підтвердити: ${(await me(second)).displayName} працює в «${organization.nameUk}»` }),
    );
    await waitFor(async () => expect(await confirmed(second)).toBe(true));
  });
});

async function me(session: Session) {
  return (await session.query<{ me: { displayName: string } }>('{ me { displayName } }')).me;
}
