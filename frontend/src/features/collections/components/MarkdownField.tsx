import { useEffect, useId, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { renderMarkdownPreview } from '@/shared/ui/markdown-preview';
import { RichText } from '@/shared/ui/RichText';

interface MarkdownFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  rows?: number;
  lang?: string;
}

/** A Markdown textarea with a preview toggle; markdown-it is fetched the first time the preview opens. */
export function MarkdownField({ label, name, value, onChange, error, rows = 6, lang }: MarkdownFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [previewing, setPreviewing] = useState(false);
  const [html, setHtml] = useState<string | null>(null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  useEffect(() => {
    if (!previewing) return;
    let current = true;
    void renderMarkdownPreview(value).then((rendered) => {
      if (current) setHtml(rendered);
    });
    return () => {
      current = false;
    };
  }, [previewing, value]);

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="field__hint">
        {t('collections.form.markdownHint')}
      </p>
      <textarea
        id={id}
        name={name}
        rows={rows}
        lang={lang}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error && errorId].filter(Boolean).join(' ')}
      />
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <div>
        <button type="button" aria-pressed={previewing} onClick={() => setPreviewing((p) => !p)}>
          {t('collections.form.preview')}
        </button>
      </div>
      {previewing && (
        <section className="markdown-preview" aria-label={t('collections.form.previewOf', { label })} aria-live="polite">
          {html === null ? (
            <p>{t('common.loading')}</p>
          ) : value.trim() ? (
            <RichText html={html} lang={lang} />
          ) : (
            <p className="field__hint">{t('collections.form.previewEmpty')}</p>
          )}
        </section>
      )}
    </div>
  );
}
