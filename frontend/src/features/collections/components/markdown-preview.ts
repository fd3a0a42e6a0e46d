import MarkdownIt from 'markdown-it';

// The server's settings (backend/src/modules/markdown): raw HTML is shown as text, unsafe link schemes
// are refused. Images are off because the server drops them. Loaded only when a preview is asked for.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false }).disable('image');

/** Markdown → HTML for a preview before saving; what is saved is rendered (and sanitised) by the API. */
export function renderPreview(source: string): string {
  return md.render(source);
}
