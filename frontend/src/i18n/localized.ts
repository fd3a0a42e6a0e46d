import type { Language } from './i18n';

export interface LocalizedText {
  text: string;
  /** The language the text is really in, for the element's lang attribute. */
  lang: Language;
}

/** Picks the English text when English is chosen and there is one; Ukrainian otherwise. */
export function localized(language: string | undefined, uk: string, en: string | null | undefined): LocalizedText {
  if (language === 'en' && en) return { text: en, lang: 'en' };
  return { text: uk, lang: 'uk' };
}
