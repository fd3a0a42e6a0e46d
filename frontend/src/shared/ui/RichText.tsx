interface RichTextProps {
  /** HTML that is safe to insert: sanitised by the API, or rendered by markdown-it with raw HTML turned off. */
  html: string | null | undefined;
  lang?: string;
  className?: string;
}

/** The one place where prepared HTML enters the page. Never pass it text a user typed as HTML. */
export function RichText({ html, lang, className }: RichTextProps) {
  if (!html?.trim()) return null;
  return <div className={className ?? 'rich-text'} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
