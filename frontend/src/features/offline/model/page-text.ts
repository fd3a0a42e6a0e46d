import type { KeptRecordRef } from './kept-store';

/** What the device keeps to list and search a page: read from the server-rendered HTML, so no extra query is needed. */
export interface PageText {
  title: string;
  summary: string;
  text: string;
  /** For a collection page: its records, in order, as links in its list. */
  items: KeptRecordRef[];
}

const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of every text node, spaced: the server writes tags back to back, and textContent would glue «…укритті</h1><p>Під…» into one word. */
function spacedText(root: Node): string {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return squeeze(parts.join(' '));
}

/** Where a record lives in the app, and what kind it is; null for any other address. */
export function recordKind(href: string): KeptRecordRef['kind'] | null {
  if (/^\/practices\/[^/?#]+$/.test(href)) return 'practice';
  if (/^\/case-studies\/[^/?#]+$/.test(href)) return 'caseStudy';
  return null;
}

/** Reads a public page's title, summary, main text and (for a collection) its records. */
export function readPage(html: string): PageText {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const main = doc.querySelector('main') ?? doc.body;
  // The page's data travels in a script; it is not text a reader sees.
  main.querySelectorAll('script, style, noscript').forEach((node) => node.remove());
  const summary =
    main.querySelector('.record__summary, .collection-description')?.textContent ??
    doc.querySelector('meta[name="description"]')?.getAttribute('content');
  const items: KeptRecordRef[] = [];
  for (const link of main.querySelectorAll<HTMLAnchorElement>('.collection-items a[href]')) {
    const href = link.getAttribute('href') ?? '';
    const kind = recordKind(href);
    if (kind && !items.some((item) => item.href === href)) items.push({ kind, href, title: squeeze(link.textContent) });
  }
  return {
    title: squeeze(main.querySelector('h1')?.textContent ?? doc.title),
    summary: squeeze(summary),
    text: spacedText(main),
    items,
  };
}
