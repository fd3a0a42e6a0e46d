import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadTerms, TEST_ORGANIZATION, type Terms } from '../../../../test/support/contribute';
import { registerSession, renderWithSession, type Session } from '../../../../test/support/session';
import { readOutbox } from '@/shared/outbox/outbox-store';
import { paths } from '@/shared/router/paths';

const graphqlUrl = `${inject('apiUrl')}/graphql`;
let terms: Terms;

beforeAll(async () => {
  terms = await loadTerms(graphqlUrl);
});
afterEach(() => localStorage.clear());

/**
 * The author's own fetch with a switch for the report: `cut` drops the connection before the request leaves,
 * `lose` lets the server answer and then drops the answer (the case an Idempotency-Key exists for).
 * Stands in for the network only; the API behind it is the real one.
 */
function unreliable(author: Session) {
  const line = { mode: 'up' as 'up' | 'cut' | 'lose', reportRequests: 0 };
  const fetchFn: typeof fetch = async (input, init) => {
    const isReport = typeof init?.body === 'string' && init.body.includes('"operationName":"ReportAdoption"');
    if (!isReport) return author.fetch(input, init);
    if (line.mode === 'cut') throw new TypeError('Failed to fetch');
    line.reportRequests += 1;
    const response = await author.fetch(input, init);
    if (line.mode === 'lose') {
      await response.text();
      throw new TypeError('network error');
    }
    return response;
  };
  return { line, fetch: fetchFn };
}

async function fillReport(user: ReturnType<typeof userEvent.setup>, result: string) {
  await user.clear(await screen.findByLabelText('Коли спробували'));
  await user.type(screen.getByLabelText('Коли спробували'), '2025-03-01');
  await user.type(screen.getByLabelText('Що вийшло'), result);
  await user.click(screen.getByRole('button', { name: 'Надіслати звіт' }));
}

const reportsOf = async (author: Session) =>
  (await author.query<{ myAdoptions: { resultUk: string }[] }>('{ myAdoptions { resultUk } }')).myAdoptions.map((r) => r.resultUk);

const comeOnline = () => act(() => void window.dispatchEvent(new Event('online')));

describe('"we tried it here" through the send queue, against the real API', () => {
  it('a report written with no connection waits on the device and arrives once when the connection returns', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const network = unreliable(author);
    const user = userEvent.setup();
    await renderWithSession({ uri: graphqlUrl, fetch: network.fetch, path: paths.triedHere(terms.practices[0]!.slug) });
    network.line.mode = 'cut';
    await fillReport(user, 'Діти в укритті слухали й малювали.');

    expect(await screen.findByText(/^Немає зв’язку\. Звіт збережено на цьому пристрої/)).toBeTruthy();
    expect(readOutbox().map((item) => [item.kind, item.status, item.waitingFor])).toEqual([['adoption', 'waiting', 'connection']]);
    expect(await reportsOf(author)).toEqual([]);
    // The header says what waits.
    expect(await screen.findByRole('link', { name: 'Чекає надсилання: 1' })).toBeTruthy();

    network.line.mode = 'up';
    comeOnline();
    await waitFor(() => expect(readOutbox().map((item) => item.status)).toEqual(['sent']));
    expect(await reportsOf(author)).toEqual(['Діти в укритті слухали й малювали.']);
    await waitFor(() => expect(screen.queryByRole('link', { name: /^Чекає надсилання/ })).toBeNull());
  });

  it('when the answer is lost after the server made the report, sending again returns that report: still one', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const network = unreliable(author);
    const user = userEvent.setup();
    await renderWithSession({ uri: graphqlUrl, fetch: network.fetch, path: paths.triedHere(terms.practices[1]!.slug) });
    network.line.mode = 'lose';
    await fillReport(user, 'Прийшли родини переселенців, лишилися на чай.');

    expect(await screen.findByText(/^Немає зв’язку\. Звіт збережено/)).toBeTruthy();
    // The server has it already; the device does not know.
    expect(await reportsOf(author)).toEqual(['Прийшли родини переселенців, лишилися на чай.']);
    const [queued] = readOutbox();

    network.line.mode = 'up';
    comeOnline();
    await waitFor(() => expect(readOutbox().map((item) => item.status)).toEqual(['sent']));
    expect(network.line.reportRequests).toBe(2);
    expect(readOutbox()[0]!.key).toBe(queued!.key);
    expect(await reportsOf(author)).toEqual(['Прийшли родини переселенців, лишилися на чай.']);
  });

  it('keeps a half-written report on the device and brings it back on the next visit', async () => {
    const author = await registerSession(graphqlUrl, { organization: TEST_ORGANIZATION });
    const path = `/contribute/tried/${terms.practices[2]!.slug}`;
    const user = userEvent.setup();
    const first = await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path });
    await user.type(await screen.findByLabelText('Що вийшло'), 'Почали писати в укритті');
    first.unmount();

    await renderWithSession({ uri: graphqlUrl, fetch: author.fetch, path });
    expect(((await screen.findByLabelText('Що вийшло')) as HTMLTextAreaElement).value).toBe('Почали писати в укритті');
    expect(screen.getByText('Ми відновили звіт, який ви почали писати на цьому пристрої.')).toBeTruthy();
  });
});
