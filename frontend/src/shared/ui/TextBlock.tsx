import { Fragment } from 'react';

interface TextBlockProps {
  text: string | null | undefined;
  lang?: string;
  className?: string;
}

/**
 * Long text from the API as plain paragraphs: a blank line starts a paragraph, a single line break
 * stays a line break. Never HTML: Markdown fields are shown through RichText with the API's sanitised *Html siblings.
 */
export function TextBlock({ text, lang, className }: TextBlockProps) {
  if (!text?.trim()) return null;
  const paragraphs = text.trim().split(/\n\s*\n/);
  return (
    <div className={className ?? 'text-block'} lang={lang}>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>
          {paragraph.split('\n').map((line, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
