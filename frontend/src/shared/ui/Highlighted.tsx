/** True when the only markup in `html` is <mark> and </mark> (text is escaped by the API). */
export function onlyMarkTags(html: string): boolean {
  return !html.replace(/<\/?mark>/g, '').includes('<');
}

const TAGS = /<[^>]*>/g;

/** Text with the API's highlighted matches; anything but <mark> makes it fall back to plain text. */
export function Highlighted({ html, fallback, as: Tag = 'span' }: { html: string; fallback: string; as?: 'span' | 'p' }) {
  if (!onlyMarkTags(html)) return <Tag>{fallback || html.replace(TAGS, '')}</Tag>;
  // Safe: checked above that <mark> is the only element; entities stay entities.
  return <Tag dangerouslySetInnerHTML={{ __html: html }} />;
}
