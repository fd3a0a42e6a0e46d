import { useId } from 'react';
import { useTranslation } from '@/i18n/react';
import type { CollectionVisibility } from '@/gql/graphql';

const VISIBILITIES: readonly CollectionVisibility[] = ['PRIVATE', 'UNLISTED', 'PUBLIC'];

/** Private, unlisted (anyone with the link) or public, each explained. */
export function VisibilityField({ value, onChange }: { value: CollectionVisibility; onChange: (v: CollectionVisibility) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="field visibility-field">
      <legend>{t('collections.form.visibility')}</legend>
      {VISIBILITIES.map((visibility) => (
        <div key={visibility} className="choice">
          <input
            type="radio"
            id={`${name}-${visibility}`}
            name={name}
            value={visibility}
            checked={value === visibility}
            onChange={() => onChange(visibility)}
            aria-describedby={`${name}-${visibility}-hint`}
          />
          <label htmlFor={`${name}-${visibility}`}>{t(`collections.visibility.${visibility}`)}</label>
          <p id={`${name}-${visibility}-hint`} className="field__hint">
            {t(`collections.visibilityHint.${visibility}`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
