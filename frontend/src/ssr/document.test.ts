import { describe, expect, it } from 'vitest';
import { pageDocument } from './document';
import { readServerState, SERVER_STATE_ID } from './state';

/** The shape of the built index.html: the entry as a module file, nothing inline. */
const TEMPLATE = `<!doctype html>
<html lang="uk">
  <head>
    <title>Поруч</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Puts a parsed page's body in place of this test's document body, as the browser would have it. */
const open = (doc: Document) => document.body.replaceChildren(...[...doc.body.childNodes].map((node) => document.importNode(node, true)));

/** Scripts a browser would run from the markup itself, rather than from a file. */
const inlineCode = (doc: Document) =>
  [...doc.querySelectorAll('script')].filter((script) => !script.src && script.type !== 'application/json');

describe('the server-rendered page', () => {
  it('carries its data as JSON that no text inside can break out of', () => {
    const hostile = [
      '</script><script>alert(1)</script>',
      '</SCRIPT ><img src=x onerror=alert(2)>',
      '<!--<script>',
      '<script>alert(3)</script>-->',
      'рядок\u2028і\u2029ще',
    ];
    const state = { ROOT_QUERY: { __typename: 'Query' }, 'Practice:1': { titleUk: hostile[0], summaryUk: hostile.join(' ') } };
    const html = pageDocument(TEMPLATE, { head: '<title>Практика · Поруч</title>', body: '<main><h1>Практика</h1></main>', state });

    // Only the two real script elements end; the data opens no comment.
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    const doc = parse(html);
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? s.type)).toEqual([
      '/assets/index-abc.js',
      'application/json',
    ]);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.getElementById(SERVER_STATE_ID)?.parentElement).toBe(doc.body);
    open(doc);
    expect(readServerState()).toEqual(state);
    expect(doc.querySelector('#root h1')?.textContent).toBe('Практика');
    expect(doc.title).toBe('Практика · Поруч');
  });

  it('has no inline script a Content-Security-Policy would have to allow', () => {
    const doc = parse(pageDocument(TEMPLATE, { head: '<title>Поруч</title>', body: '<p>…</p>', state: { ROOT_QUERY: {} } }));
    expect(doc.scripts.length).toBe(2);
    expect(inlineCode(doc)).toEqual([]);
  });
});

describe('reading the data in the browser', () => {
  it('finds nothing in the bare shell, which the browser renders from scratch', () => {
    open(parse(TEMPLATE));
    expect(readServerState()).toBeNull();
  });
});
