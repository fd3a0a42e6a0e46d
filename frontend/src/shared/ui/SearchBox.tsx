import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { paths } from '../router/paths';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  buttonLabel: string;
  /** The form's id, for controls elsewhere on the page that belong to it (filters, sort). */
  formId?: string;
  /** More fields sent with the query (filters kept across a submit). */
  children?: ReactNode;
}

/** The query box: a real GET form to /search, so it works before and without JavaScript. */
export function SearchBox({ value, onChange, onSubmit, buttonLabel, formId, children }: SearchBoxProps) {
  const { t } = useTranslation();
  const inputId = useId();
  return (
    <form id={formId} role="search" method="get" action={paths.search()} className="search-box" onSubmit={onSubmit}>
      <label htmlFor={inputId}>{t('search.label')}</label>
      <div className="search-box__row">
        <input
          id={inputId}
          type="search"
          name="q"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={t('search.placeholder')}
          enterKeyHint="search"
        />
        <button type="submit" className="button--primary">
          {buttonLabel}
        </button>
      </div>
      {children}
    </form>
  );
}
