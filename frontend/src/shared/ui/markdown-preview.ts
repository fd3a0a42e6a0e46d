import type MarkdownIt from 'markdown-it';

let renderer: Promise<MarkdownIt> | null = null;

/**
 * Markdown → HTML for a preview before saving, with the server's settings (backend/src/markdown):
 * raw HTML shows as text, unsafe link schemes are refused, images are off. markdown-it is fetched on first
 * use, so it stays out of every page that shows no preview. What is saved is rendered and sanitised by the API.
 */
export async function renderMarkdownPreview(source: string): Promise<string> {
  renderer ??= import('markdown-it').then(({ default: MarkdownIt }) =>
    new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false }).disable('image'),
  );
  return (await renderer).render(source);
}
