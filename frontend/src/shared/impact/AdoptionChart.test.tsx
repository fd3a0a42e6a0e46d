import { act, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nProvider } from '@/i18n/react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, type Language } from '@/i18n/i18n';
import { AdoptionChart, type AdoptionMonthPoint } from './AdoptionChart';

// A year and a month, as a practice page shows it: one empty month (June) and a peak in March.
const YEAR: AdoptionMonthPoint[] = [1, 2, 7, 3, 1, 0, 2, 1, 4, 2, 1, 3, 2].map((count, i) => ({
  month: i < 12 ? `2025-${String(i + 1).padStart(2, '0')}` : '2026-01',
  count,
}));

async function withLanguage(ui: ReactElement, language: Language = 'uk') {
  const i18n = await createI18n({ language });
  return <I18nProvider i18n={i18n}>{ui}</I18nProvider>;
}

/** Intl puts narrow no-break spaces in some dates ("2025 р."); compare text with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

function hiddenTableRows() {
  const table = screen.getByRole('table', { name: 'Кількість впроваджень за місяцями' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [plain(within(row).getByRole('rowheader').textContent), plain(within(row).getByRole('cell').textContent)]);
}

describe('adoption chart', () => {
  it('draws a bar per month and sums them up for screen readers', async () => {
    const { container } = render(await withLanguage(<AdoptionChart months={YEAR} label="Кількість впроваджень за місяцями" />));

    expect(container.querySelectorAll('.chart__bar')).toHaveLength(13);
    const chart = screen.getByRole('img');
    expect(plain(chart.getAttribute('aria-label'))).toBe(
      'Кількість впроваджень за місяцями, січень 2025 р. – січень 2026 р.: усього 29 впроваджень; найбільше — 7 (березень 2025 р.).',
    );
    // The tallest bar reaches the top tick (8, the step of 2 just above 7).
    expect([...container.querySelectorAll('.chart__axis > span')].map((tick) => tick.textContent)).toEqual(['0', '2', '4', '6', '8']);
    const heights = [...container.querySelectorAll<HTMLElement>('.chart__bar')].map((bar) => bar.style.height);
    expect(heights[2]).toBe('87.5%');
  });

  it('lists every month’s figure in a table hidden from sight, an empty month as 0', async () => {
    const { container } = render(await withLanguage(<AdoptionChart months={YEAR} label="Кількість впроваджень за місяцями" />));

    const rows = hiddenTableRows();
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual(['січень 2025 р.', '1']);
    expect(rows[5]).toEqual(['червень 2025 р.', '0']);
    expect(rows[12]).toEqual(['січень 2026 р.', '2']);
    expect(screen.getByRole('table').classList).toContain('visually-hidden');
    expect(container.querySelectorAll<HTMLElement>('.chart__bar')[5]!.style.height).toBe('0%');
  });

  it('fills months missing between the first and the last with 0, in order', async () => {
    const months = [
      { month: '2025-05', count: 2 },
      { month: '2025-02', count: 1 },
    ];
    const { container } = render(await withLanguage(<AdoptionChart months={months} label="Кількість впроваджень за місяцями" />));

    expect(container.querySelectorAll('.chart__bar')).toHaveLength(4);
    expect(hiddenTableRows().map(([, count]) => count)).toEqual(['1', '0', '0', '2']);
  });

  it('names a few months under the bars at 360 px, always the latest, and all thirteen when wide', async () => {
    const { container } = render(await withLanguage(<AdoptionChart months={YEAR} label="Кількість впроваджень за місяцями" />));
    const labelled = (tier: string) =>
      [...container.querySelectorAll(`.chart__month--${tier}`)].map((label) =>
        plain([...label.children].map((line) => line.textContent).join(' ')),
      );

    expect(labelled('narrow')).toEqual(['січ. 2025 р.', 'трав. 2025 р.', 'вер. 2025 р.', 'січ. 2026 р.']);
    expect(labelled('medium')).toHaveLength(5);
    expect(labelled('medium').at(-1)).toBe('січ. 2026 р.');
    expect(labelled('wide')).toHaveLength(13);
  });

  it('speaks the reader’s language', async () => {
    const { container } = render(await withLanguage(<AdoptionChart months={YEAR.slice(0, 1)} label="Adoptions per month" />, 'en'));

    expect(plain(screen.getByRole('img').getAttribute('aria-label'))).toBe(
      'Adoptions per month, January 2025: 1 adoption in all; most in January 2025 (1).',
    );
    expect([...container.querySelectorAll('.chart__month > span')].map((line) => line.textContent)).toEqual(['Jan', '2025']);
    expect(screen.getByRole('columnheader', { name: 'Adoptions' })).toBeTruthy();
  });

  it('says so when nobody has reported an adoption', async () => {
    render(await withLanguage(<AdoptionChart months={[]} label="Кількість впроваджень за місяцями" />));
    expect(screen.getByText('Ще ніхто не повідомив про впровадження.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('renders on the server exactly as in the browser, so hydration keeps the markup', async () => {
    const ui = await withLanguage(<AdoptionChart months={YEAR} label="Кількість впроваджень за місяцями" />);
    // As on the server: no window, document or ResizeObserver to measure with while rendering.
    for (const name of ['window', 'document', 'ResizeObserver']) vi.stubGlobal(name, undefined);
    let html: string;
    try {
      html = renderToString(ui);
    } finally {
      vi.unstubAllGlobals();
    }
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const served = container.innerHTML; // as the browser parsed it (attribute names in lower case)
    const onRecoverableError = vi.fn();
    // React reports a mismatched attribute only as a console error, and keeps the server's value.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const root = await act(async () => hydrateRoot(container, ui, { onRecoverableError }));
    const errors = consoleError.mock.calls.map((args) => args.map(String).join(' '));
    consoleError.mockRestore();

    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
    expect(container.innerHTML).toBe(served);
    act(() => root.unmount());
    container.remove();
  });
});
