import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { TFunction } from './keys';
import type { I18n } from './runtime';

export type { MessageKey, ParseKeys, TFunction, TOptions } from './keys';
export type { I18n, Language } from './runtime';

const I18nContext = createContext<I18n | null>(null);

/** Gives the components below it their words; takes the instance as react-i18next's I18nextProvider did. */
export function I18nProvider({ i18n, children }: { i18n: I18n; children?: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

/**
 * The current language's `t` and the instance, as react-i18next returned them. The component renders again
 * when the language changes or new words arrive, because `t` is then a new function.
 */
export function useTranslation(): { t: TFunction; i18n: I18n } {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation is used outside <I18nProvider>');
  const current = () => i18n.t;
  const t = useSyncExternalStore(i18n.subscribe, current, current);
  return { t, i18n };
}
