import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the source is shown as text (html: false), and markdown-it refuses javascript:, vbscript:,
// file: and data: links by itself; the sanitiser below is the second line, so that even a parser bug
// cannot let a script, a style or an event handler through. A single line break inside a paragraph is
// not a break (breaks: false): seed files and editors wrap long lines, and a paragraph is a paragraph.
const md = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false });

const SAFE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h3', 'h4', 'h5', 'h6', 'hr', 'a'],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Headings of a record's text sit under the page's own h1/h2.
  transformTags: {
    h1: 'h3',
    h2: 'h4',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer', target: '_blank' }),
  },
  disallowedTagsMode: 'discard',
};

/** The second line on its own: whatever HTML it is given, only the allowed tags, attributes and schemes remain. */
export function sanitizeRendered(html: string): string {
  return sanitizeHtml(html, SAFE);
}

/** Markdown as stored → HTML that is safe to insert into a page. */
export function renderMarkdown(source: string | null | undefined): string | null {
  if (source == null) return null;
  return sanitizeRendered(md.render(source)).trim();
}

/** How a field that gives `renderMarkdown`'s output describes itself in the API. */
export const MARKDOWN_HTML_FIELD = {
  nullable: true,
  description: 'The Markdown above as sanitised HTML, safe to insert into a page.',
} as const;
