import { Fragment } from 'react';

interface TextBlockProps {
  text: string | null | undefined;
  lang?: string;
  className?: string;
}

/**
 * Long text from the API as plain paragraphs: a blank line starts a paragraph, a single line break
 * stays a line break. Never HTML; the sanitised *Html siblings will replace this when the API has them.
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
