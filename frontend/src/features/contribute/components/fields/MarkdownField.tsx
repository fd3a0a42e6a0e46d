import { useEffect, useId, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { RichText } from '@/shared/ui/RichText';
import { renderMarkdownPreview } from '@/shared/ui/markdown-preview';
import { TextField } from './fields';

interface MarkdownFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  path?: string;
  required?: boolean;
  rows?: number;
  lang?: string;
}

/** A long text written in Markdown, with a preview of how it will read. */
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
      <TextField {...props} multiline rows={rows} hint={[hint, t('contribute.markdown.hint')].filter(Boolean).join(' ')} />
      <button
        type="button"
        className="button--small"
        aria-expanded={previewing}
        aria-controls={previewId}
        onClick={() => setPreviewing((p) => !p)}
      >
        {previewing ? t('contribute.markdown.hidePreview') : t('contribute.markdown.showPreview')}
        <span className="visually-hidden">: {props.label}</span>
      </button>
      <div id={previewId} hidden={!previewing} className="markdown-preview" aria-live="polite">
        {previewing &&
          (html === null ? (
            <p>{t('common.loading')}</p>
          ) : props.value.trim() ? (
            <RichText html={html} lang={props.lang} />
          ) : (
            <p className="field__hint">{t('contribute.markdown.empty')}</p>
          ))}
      </div>
    </div>
  );
}
