import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders the Markdown people write', () => {
    expect(renderMarkdown('Діти **малюють** героя.\n\n- олівці\n- папір')).toBe(
      '<p>Діти <strong>малюють</strong> героя.</p>\n<ul>\n<li>олівці</li>\n<li>папір</li>\n</ul>',
    );
    expect(renderMarkdown('# Підготовка')).toBe('<h3>Підготовка</h3>');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>', /<script/],
    ['an inline handler', '<img src=x onerror=alert(1)>', /<img/],
    ['a javascript: link', '[натисни](javascript:alert(1))', /href="javascript/],
    ['a data: link', '[файл](data:text/html;base64,PHNjcmlwdD4=)', /href="data/],
    ['raw HTML attributes', '<a href="https://example.org" onclick="x()">a</a>', /<[^>]*onclick=/],
  ])('never lets %s through', (_name, source, forbidden) => {
    const html = renderMarkdown(source)!;
    expect(html).not.toMatch(forbidden);
  });

  it('shows raw HTML as text instead of dropping what people wrote', () => {
    expect(renderMarkdown('<b>жирний</b>')).toBe('<p>&lt;b&gt;жирний&lt;/b&gt;</p>');
  });

  it('keeps safe links and makes them open safely', () => {
    expect(renderMarkdown('[Поруч](https://poruch.example/practices)')).toBe(
      '<p><a href="https://poruch.example/practices" rel="nofollow noopener noreferrer" target="_blank">Поруч</a></p>',
    );
  });
});
