import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, useMemo, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, LANGUAGE_STORAGE_KEY, LANGUAGES } from './i18n';
import { I18nProvider, useTranslation } from './react';

function Switch() {
  const { t, i18n } = useTranslation();
  return (
    <>
      {LANGUAGES.map((lng) => (
        <button key={lng} type="button" aria-pressed={i18n.resolvedLanguage === lng} onClick={() => void i18n.changeLanguage(lng)}>
          {t(`language.${lng}`)}
        </button>
      ))}
    </>
  );
}

// Memoised on t, as a list of options is: it must still follow the language.
const Count = memo(function Count({ n }: { n: number }) {
  const { t, i18n } = useTranslation();
  const text = useMemo(() => t('practices.count', { count: n }), [t, n]);
  return <p lang={i18n.language}>{text}</p>;
});

async function renderIn(ui: ReactNode) {
  const i18n = await createI18n();
  render(<I18nProvider i18n={i18n}>{ui}</I18nProvider>);
  return i18n;
}

describe('useTranslation', () => {
  it('renders again, memoised parts included, when the language changes, and the choice is remembered', async () => {
    const user = userEvent.setup();
    await renderIn(
      <>
        <Switch />
        <Count n={3} />
      </>,
    );
    expect(screen.getByRole('paragraph').textContent).toBe('3 практики');
    expect(screen.getByRole('button', { name: 'Українська' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect((await screen.findByText('3 practices')).getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    const next = await createI18n();
    expect(next.language).toBe('en');
  });

  it('follows a change made outside the components', async () => {
    const i18n = await renderIn(<Count n={1} />);
    expect(screen.getByRole('paragraph').textContent).toBe('1 практика');
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('paragraph').textContent).toBe('1 practice');
  });

  it('names the missing provider', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the throw too
    expect(() => render(<Count n={1} />)).toThrow('useTranslation is used outside <I18nProvider>');
    quiet.mockRestore();
  });
});
