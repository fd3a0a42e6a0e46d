import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, inject, it } from 'vitest';
import { registerSession, renderAs } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

// Against the real backend (test/global-setup.ts); each test has its own trainer.
const graphqlUrl = `${inject('apiUrl')}/graphql`;
const LAZY = { timeout: 10_000 };

describe('co-curator invitations on a collection, against the real API', () => {
  it('says the same for an address with an account and one without, lists both as waiting, and withdraws one', async () => {
    const session = await registerSession(graphqlUrl, { role: 'TRAINER', displayName: 'Леся Кравець' });
    const colleague = await registerSession(graphqlUrl, { role: 'LIBRARIAN', displayName: 'Ірина Коваль' });
    const { createCollection } = await session.query<{ createCollection: { slug: string } }>(
      'mutation { createCollection(input: { titleUk: "Казки для семінару" }) { slug } }',
    );
    const user = userEvent.setup();
    await renderAs(session, paths.collection(createCollection.slug));
    const section = await screen.findByRole('region', { name: 'Співкуратори' }, LAZY);
    const field = within(section).getByLabelText('Електронна пошта колеги');
    const status = within(section).getByRole('status');

    await user.type(field, colleague.email);
    await user.click(within(section).getByRole('button', { name: 'Запросити' }));
    await waitFor(() =>
      expect(status.textContent).toBe(`Запрошення надіслано на адресу ${colleague.email}. Співкураторство почнеться, щойно його приймуть.`),
    );
    const nobody = 'no-account-yet@library.test';
    await user.type(field, nobody);
    await user.click(within(section).getByRole('button', { name: 'Запросити' }));
    await waitFor(() =>
      expect(status.textContent).toBe(`Запрошення надіслано на адресу ${nobody}. Співкураторство почнеться, щойно його приймуть.`),
    );
    expect(within(section).getByText('Співкураторів поки немає.')).toBeTruthy();

    const waiting = () =>
      within(within(section).getAllByRole('list').at(-1)!)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent);
    expect(waiting()).toEqual([colleague.email, nobody]);
    await user.click(within(section).getByRole('button', { name: `Скасувати запрошення: ${nobody}` }));
    await waitFor(() => expect(waiting()).toEqual([colleague.email]));
    const { myInvitations } = await colleague.query<{ myInvitations: { title: string }[] }>('{ myInvitations { title } }');
    expect(myInvitations).toEqual([{ title: 'Казки для семінару' }]);
  });
});
