import type MarkdownIt from 'markdown-it';

let renderer: Promise<MarkdownIt> | null = null;

/**
 * Markdown as HTML for the preview, loaded on first use so markdown-it stays out of every other page.
 * Raw HTML is off: a tag typed into the text shows as text. The API renders its own sanitised copy.
 */
export async function renderMarkdown(source: string): Promise<string> {
  renderer ??= import('markdown-it').then(({ default: MarkdownIt }) => new MarkdownIt({ html: false, linkify: true, breaks: true }));
  return (await renderer).render(source);
}
