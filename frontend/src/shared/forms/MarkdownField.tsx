import { useEffect, useId, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { RichText } from '@/shared/ui/RichText';
import { renderMarkdownPreview } from '@/shared/ui/markdown-preview';
import { TextField } from './fields';
import './forms.css';

interface MarkdownFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Said before the formatting hint every Markdown field carries. */
  hint?: string;
  path?: string;
  name?: string;
  required?: boolean;
  rows?: number;
  lang?: string;
}

/**
 * A long text written in Markdown, with a preview of how it will read (a region named after the field);
 * markdown-it is fetched the first time a preview opens.
 */
export function MarkdownField({ hint, rows = 6, ...props }: MarkdownFieldProps) {
  const { t } = useTranslation();
  const previewId = useId();
  const [previewing, setPreviewing] = useState(false);
  const [html, setHtml] = useState<string | null>(null);

  useEffect(() => {
    if (!previewing) return;
    let current = true;
    renderMarkdownPreview(props.value).then(
      (rendered) => current && setHtml(rendered),
      () => current && setHtml(''),
    );
    return () => {
      current = false;
    };
  }, [previewing, props.value]);

  return (
    <div className="markdown-field">
      <TextField {...props} multiline rows={rows} hint={[hint, t('forms.markdown.hint')].filter(Boolean).join(' ')} />
      <button
        type="button"
        className="button--small"
        aria-expanded={previewing}
        aria-controls={previewId}
        onClick={() => setPreviewing((p) => !p)}
      >
        {previewing ? t('forms.markdown.hidePreview') : t('forms.markdown.showPreview')}
        <span className="visually-hidden">: {props.label}</span>
      </button>
      <section
        id={previewId}
        hidden={!previewing}
        className="markdown-preview"
        aria-label={t('forms.markdown.previewOf', { label: props.label })}
        aria-live="polite"
      >
        {previewing &&
          (html === null ? (
            <p>{t('common.loading')}</p>
          ) : props.value.trim() ? (
            <RichText html={html} lang={props.lang} />
          ) : (
            <p className="field__hint">{t('forms.markdown.empty')}</p>
          ))}
      </section>
    </div>
  );
}
