import { describe, expect, it } from 'vitest';
import { renderMarkdownPreview } from './markdown-preview';

describe('the Markdown preview', () => {
  it('joins the wrapped lines of a paragraph, as the API does, and keeps paragraphs apart', async () => {
    const html = await renderMarkdownPreview('Перший рядок абзацу,\nщо продовжується тут.\n\nДругий абзац.');
    expect(html).not.toContain('<br');
    expect(html).toBe('<p>Перший рядок абзацу,\nщо продовжується тут.</p>\n<p>Другий абзац.</p>\n');
  });
});
