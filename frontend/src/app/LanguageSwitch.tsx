import { useId } from 'react';
import { useTranslation } from '../i18n/react';
import { LANGUAGES } from '../i18n/i18n';

/** Two buttons, each naming its language in that language; the chosen one is pressed. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="visually-hidden">
        {t('language.label')}
      </span>
      {LANGUAGES.map((lng) => (
        <button key={lng} type="button" lang={lng} aria-pressed={current === lng} onClick={() => void i18n.changeLanguage(lng)}>
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}
