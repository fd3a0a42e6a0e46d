import { describe, expect, it } from 'vitest';
import { readPage, recordKind } from './page-text';

describe('reading a server-rendered page', () => {
  it('takes the heading, summary, visible text and a collection’s records, not the data script', () => {
    const page = readPage(`<html><head><title>Т · Поруч</title><meta name="description" content="Опис"></head><body>
      <header><a href="/">Поруч</a></header>
      <main><h1>Перші  кроки</h1><div class="rich-text collection-description"><p>Набір для семінару</p></div>
      <ol class="collection-items"><li><a href="/practices/a">Практика А</a></li><li><a href="/case-studies/b">Кейс Б</a></li>
      <li><a href="/organizations/c">Організація</a></li></ol><script>window.__APOLLO_STATE__={}</script></main></body></html>`);
    expect(page).toEqual({
      title: 'Перші кроки',
      summary: 'Набір для семінару',
      text: 'Перші кроки Набір для семінару Практика А Кейс Б Організація',
      items: [
        { kind: 'practice', href: '/practices/a', title: 'Практика А' },
        { kind: 'caseStudy', href: '/case-studies/b', title: 'Кейс Б' },
      ],
    });
  });

  it('falls back to the meta description for a summary', () => {
    expect(readPage('<head><meta name="description" content="Коротко"></head><main><h1>Т</h1></main>').summary).toBe('Коротко');
  });

  it('knows records’ addresses', () => {
    expect(recordKind('/practices/kazka')).toBe('practice');
    expect(recordKind('/case-studies/nikopol')).toBe('caseStudy');
    expect(recordKind('/collections/x')).toBeNull();
    expect(recordKind('/practices/kazka/print')).toBeNull();
  });
});
