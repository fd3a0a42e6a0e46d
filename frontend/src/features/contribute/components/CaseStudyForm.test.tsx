import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contributionOf, fieldError, groupError, loadTerms, TEST_ORGANIZATION, type Terms } from '../../../../test/support/contribute';
import { registerSession, renderWithSession } from '../../../../test/support/session';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;
let terms: Terms;

beforeAll(async () => {
  terms = await loadTerms(graphqlUrl);
});

describe('case study form, against the real API', () => {
  it('checks required fields, outcomes and the period before sending', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const user = userEvent.setup();
    await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.caseStudyEditor('new') });
    await screen.findByLabelText('Назва');
    await user.click(screen.getByRole('button', { name: 'Додати результат' }));
    await user.type(screen.getByLabelText('Значення (результат 1)'), '42');
    await user.type(screen.getByLabelText('Початок'), '2025-03-01');
    await user.type(screen.getByLabelText('Кінець'), '2025-01-01');
    await user.click(screen.getByRole('button', { name: 'Надіслати на модерацію' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Виправте позначені поля.');
    expect(fieldError('Назва')).toBe('Заповніть це поле.');
    expect(fieldError('Яка практика (№ 1)')).toBe('Заповніть це поле.');
    expect(fieldError('Потреба')).toBe('Заповніть це поле.');
    expect(fieldError('Що зробили')).toBe('Заповніть це поле.');
    expect(groupError('Учасники')).toBe('Виберіть або додайте щонайменше 1.');
    expect(fieldError('Одиниця (результат 1)')).toBe('Заповніть це поле.');
    expect(fieldError('Значення (результат 1)')).toBeNull();
    expect(fieldError('Кінець')).toBe('Кінець не може бути раніше за початок.');
    // The organisation comes from the author's profile.
    expect((screen.getByLabelText('Організація, яка це зробила') as HTMLSelectElement).value).toBe(TEST_ORGANIZATION);
  });

  it('sends every part — practices with adaptation, partners, outcomes, impact stories with consent — and submits it', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const user = userEvent.setup();
    const { router } = await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path: paths.caseStudyEditor('new') });
    const [practice] = terms.practices;
    const partner = terms.organizations.find((o) => o.slug !== TEST_ORGANIZATION)!;

    await user.type(await screen.findByLabelText('Назва'), 'Казкотерапія в укритті');
    await user.type(screen.getByLabelText('Коротко'), 'Заняття з казкою під час тривог.');
    await user.selectOptions(screen.getByLabelText('Яка практика (№ 1)'), practice!.slug);
    await user.type(screen.getByLabelText('Що змінили в практиці № 1'), 'Скоротили до 20 хвилин.');
    await user.click(within(screen.getByRole('group', { name: 'Партнерські організації' })).getByLabelText(partner.nameUk));
    await user.type(screen.getByLabelText('Початок'), '2025-01-14');
    await user.type(screen.getByLabelText('Потреба'), 'Діти боялися сирен.');
    await user.type(screen.getByLabelText('Що зробили'), 'Щотижневі заняття в укритті.');
    await user.click(within(screen.getByRole('group', { name: 'Учасники' })).getByLabelText(terms.audiences[0]!.nameUk));
    await user.type(screen.getByLabelText('Кількість учасників'), '25');
    await user.type(screen.getByLabelText('Хто фінансував'), 'Місцевий фонд');
    await user.type(screen.getByLabelText('Витрачено, грн'), '3000');

    await user.click(screen.getByRole('button', { name: 'Додати результат' }));
    await user.type(screen.getByLabelText('Що виміряли (результат 1)'), 'Заняття');
    await user.type(screen.getByLabelText('Значення (результат 1)'), '12');
    await user.type(screen.getByLabelText('Одиниця (результат 1)'), 'занять');

    await user.click(screen.getByRole('button', { name: 'Додати історію' }));
    await user.selectOptions(screen.getByLabelText('Вид (історія 1)'), 'OBSERVED_CHANGE');
    await user.type(screen.getByLabelText('Текст (історія 1)'), 'Діти самі просять казку під час тривоги.');
    await user.type(screen.getByLabelText('Хто це сказав або помітив (історія 1)'), 'бібліотекарка');
    await user.click(screen.getByLabelText('Людина дала згоду на публікацію (історія 1)'));
    await user.type(screen.getByLabelText('Що порадите тим, хто спробує це в себе'), 'Почніть з короткої казки.');

    await user.click(screen.getByRole('button', { name: 'Надіслати на модерацію' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/contribute'));
    const item = (await screen.findByRole('link', { name: 'Казкотерапія в укритті' })).closest('li')!;
    expect(within(item).getByText('Кейс')).toBeTruthy();
    expect(within(item).getByText('На модерації')).toBeTruthy();

    const mine = await author.query<{ myContributions: { id: string }[] }>('{ myContributions { id } }');
    const stored = await contributionOf(author, 'CASE_STUDY', mine.myContributions[0]!.id);
    expect(stored.status).toBe('SUBMITTED');
    expect(stored.content).toMatchObject({
      __typename: 'CaseStudyContent',
      practices: [{ practice: practice!.slug, adaptationUk: 'Скоротили до 20 хвилин.' }],
      organization: TEST_ORGANIZATION,
      partnerOrganizations: [partner.slug],
      period: { start: '2025-01-14' },
      participants: { count: 25, audiences: [terms.audiences[0]!.slug] },
      fundersUk: ['Місцевий фонд'],
      budgetUah: 3000,
      outcomes: [{ labelUk: 'Заняття', value: 12, unitUk: 'занять' }],
      impactStories: [
        { kind: 'OBSERVED_CHANGE', textUk: 'Діти самі просять казку під час тривоги.', attributionUk: 'бібліотекарка', consentGiven: true },
      ],
      adviceUk: 'Почніть з короткої казки.',
    });
  });
});
