interface RichTextProps {
  /**
   * HTML that is already safe: a sanitised *Html field of the API, or a preview rendered by
   * markdown-it with raw HTML switched off (it escapes tags and refuses javascript:/data: links).
   */
  html: string | null | undefined;
  lang?: string;
  className?: string;
}

/** Long text as HTML. The one place in the app that inserts HTML; never give it anything unsanitised. */
export function RichText({ html, lang, className }: RichTextProps) {
  if (!html?.trim()) return null;
  return <div className={className ?? 'text-block'} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
