import { describe, expect, it } from 'vitest';
import { renderMarkdown, sanitizeRendered } from './markdown.js';

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

// Each layer with input only it stops, so that removing any one of them fails a test.
describe('each sanitising layer on its own', () => {
  it('the parser shows raw HTML as text (the sanitiser alone would drop the tags and keep "x")', () => {
    expect(renderMarkdown('<img src=x onerror=alert(1)>x')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;x</p>');
  });

  it('the parser refuses a javascript: link and leaves the text as written (the sanitiser alone would keep an empty link)', () => {
    expect(renderMarkdown('[натисни](javascript:alert(1))')).toBe('<p>[натисни](javascript:alert(1))</p>');
  });

  it('the sanitiser drops scripts, event handlers, styles, unsafe schemes and lowers headings, whatever HTML it gets', () => {
    const html = sanitizeRendered(
      '<h1 onclick="x()">Заголовок</h1><script>alert(1)</script><p style="color:red">текст</p><a href="javascript:alert(1)">посилання</a><iframe src="https://e.example"></iframe>',
    );
    expect(html).toBe('<h3>Заголовок</h3><p>текст</p><a rel="nofollow noopener noreferrer" target="_blank">посилання</a>');
  });
});
