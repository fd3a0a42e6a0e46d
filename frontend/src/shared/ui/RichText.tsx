interface RichTextProps {
  /** HTML the API rendered from Markdown and sanitised (fields named *Html). */
  html: string | null | undefined;
  lang?: string;
  className?: string;
}

/**
 * The one place that inserts HTML: only the API's sanitised *Html fields come here (the server renders
 * Markdown without raw HTML and then allows only text markup and http/https/mailto links).
 */
export function RichText({ html, lang, className }: RichTextProps) {
  if (!html?.trim()) return null;
  return <div className={className ?? 'text-block'} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
