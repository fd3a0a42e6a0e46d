import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fieldError, loadTerms, TEST_ORGANIZATION, type Terms } from '../../../../test/support/contribute';
import { registerSession, renderWithSession } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;
let terms: Terms;

beforeAll(async () => {
  terms = await loadTerms(graphqlUrl);
});

describe('"we tried it here", against the real API', () => {
  it('files the report for the author’s organisation, then offers a case study prefilled with the practice and organisation', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const practice = terms.practices[1]!;
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.triedHere(practice.slug) });
    expect(await screen.findByRole('link', { name: practice.titleUk })).toBeTruthy();
    const organization = terms.organizations.find((o) => o.slug === TEST_ORGANIZATION)!;
    expect(screen.getByText(organization.nameUk)).toBeTruthy();

    await user.clear(screen.getByLabelText('Коли спробували'));
    await user.type(screen.getByLabelText('Коли спробували'), '2099-01-01');
    await user.type(screen.getByLabelText('Що вийшло'), 'Добре');
    await user.click(screen.getByRole('button', { name: 'Надіслати звіт' }));
    expect(fieldError('Коли спробували')).toBe('Дата не може бути в майбутньому.');
    expect(fieldError('Що вийшло')).toBe('Від 10 до 2000 символів.');

    await user.clear(screen.getByLabelText('Коли спробували'));
    await user.type(screen.getByLabelText('Коли спробували'), '2025-02-10');
    await user.type(screen.getByLabelText('Що вийшло'), ', діти приходять знову.');
    await user.type(screen.getByLabelText('Що змінили порівняно з описом'), 'Проводили в укритті.');
    await user.type(screen.getByLabelText('Скільки було учасників'), '14');
    await user.click(screen.getByRole('button', { name: 'Надіслати звіт' }));

    // A new account's organisation is only claimed: the report waits until someone confirms the membership.
    expect(
      (await screen.findByText(/^Дякуємо! Звіт отримано\. Він з’явиться на сторінці практики, щойно/)).closest('[role="status"]'),
    ).toBeTruthy();
    const reports = await author.query<{
      myAdoptions: { id: string; adoptedOn: string; resultUk: string; changesUk: string; participantCount: number }[];
    }>('{ myAdoptions { id adoptedOn resultUk changesUk participantCount } }');
    expect(reports.myAdoptions).toEqual([
      {
        id: expect.any(String),
        adoptedOn: '2025-02-10',
        resultUk: 'Добре, діти приходять знову.',
        changesUk: 'Проводили в укритті.',
        participantCount: 14,
      },
    ]);

    await user.click(screen.getByRole('link', { name: 'Написати кейс' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/contribute/case-study/new'));
    expect(router.state.location.search).toContain(`fromAdoption=${reports.myAdoptions[0]!.id}`);
    expect(((await screen.findByLabelText('Яка практика (№ 1)')) as HTMLSelectElement).value).toBe(practice.slug);
    expect((screen.getByLabelText('Організація, яка це зробила') as HTMLSelectElement).value).toBe(TEST_ORGANIZATION);
    expect((screen.getByLabelText('Початок') as HTMLInputElement).value).toBe('2025-02-10');
  });

  it('asks a user without an organisation to set it first, and shows the form once it is set', async () => {
    const author = await registerSession(graphqlUrl);
    const practice = terms.practices[0]!;
    const user = userEvent.setup();
    await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.triedHere(practice.slug) });
    expect(await screen.findByText(/^Звіт подається від імені вашої організації/)).toBeTruthy();
    expect(screen.queryByLabelText('Що вийшло')).toBeNull();

    await user.selectOptions(await screen.findByLabelText('Ваша організація'), TEST_ORGANIZATION);
    await user.click(screen.getByRole('button', { name: 'Зберегти в профілі' }));
    expect(await screen.findByLabelText('Що вийшло')).toBeTruthy();
    const { me } = await author.query<{ me: { organization: { slug: string } } }>('{ me { organization { slug } } }');
    expect(me.organization.slug).toBe(TEST_ORGANIZATION);
  });
});
