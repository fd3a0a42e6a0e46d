/** Assembling the server-rendered page: head tags for previews and preloads, the body and the cache. */
import { serverStateScript } from './state';

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The default share image, made at build time from public/share.svg (scripts/icons.ts). */
const SHARE_IMAGE = '/share.png';
const DESCRIPTION_LIMIT = 200;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Plain text of a Markdown or multi-line text, cut at a word to fit a preview. */
export function previewText(text: string, limit = DESCRIPTION_LIMIT): string {
  const plain = text
    .replace(/[*_`#>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= limit) return plain;
  const cut = plain.slice(0, limit - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2))}…`;
}

/** Each chunk the page modules need (with what they import), once, minus what the entry already loads. */
function pageAssets(manifest: Manifest, modules: string[]) {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const loadedFirst = new Set<string>();
  const walk = (key: string, into: Set<string>) => {
    if (into.has(key) || !manifest[key]) return;
    into.add(key);
    for (const imported of manifest[key].imports ?? []) walk(imported, into);
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key] === entry);
  if (entryKey) walk(entryKey, loadedFirst);
  const needed = new Set<string>();
  for (const module of modules) walk(module, needed);
  const chunks = [...needed].filter((key) => !loadedFirst.has(key)).map((key) => manifest[key]!);
  return {
    scripts: chunks.map((chunk) => `/${chunk.file}`),
    styles: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))].map((file) => `/${file}`),
  };
}

export interface HeadOptions {
  origin: string;
  address: URL;
  manifest: Manifest;
  modules: string[];
  siteName: string;
}

/** Title, description, canonical URL, Open Graph and Twitter tags, and the page's chunks to preload. */
export function headTags(
  head: { title?: string; description?: string; type?: string },
  { origin, address, manifest, modules, siteName }: HeadOptions,
): string {
  const title = head.title ?? siteName;
  const description = previewText(head.description ?? '');
  // The search page's query is part of what it is; elsewhere the query string is not.
  const canonical = `${origin}${address.pathname}${address.pathname === '/search' ? address.search : ''}`;
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  const { scripts, styles } = pageAssets(manifest, modules);
  return [
    `<title>${escapeHtml(title)}</title>`,
    description && meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(canonical)}" />`,
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:title', title),
    description && meta('property', 'og:description', description),
    meta('property', 'og:type', head.type ?? 'website'),
    meta('property', 'og:url', canonical),
    meta('property', 'og:locale', 'uk_UA'),
    meta('property', 'og:image', `${origin}${SHARE_IMAGE}`),
    meta('name', 'twitter:card', 'summary_large_image'),
    ...styles.map((href) => `<link rel="stylesheet" href="${href}" />`),
    ...scripts.map((href) => `<link rel="modulepreload" crossorigin href="${href}" />`),
  ]
    .filter(Boolean)
    .join('\n    ');
}

/** The built index.html with the page's head, its rendered body and the data it was rendered with. */
export function pageDocument(template: string, page: { head: string; body: string; state: unknown }): string {
  return template
    .replace(/<title>[^<]*<\/title>/, () => page.head)
    .replace('<div id="root"></div>', () => `<div id="root">${page.body}</div>\n    ${serverStateScript(page.state)}`);
}
