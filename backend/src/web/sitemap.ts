import type { EntityManager } from '@mikro-orm/postgresql';

interface Entry {
  path: string;
  updated: Date;
}

/** Every published practice and case study and every public collection, newest change first. */
export async function sitemapEntries(em: EntityManager): Promise<Entry[]> {
  const rows = await em.getConnection().execute<{ path: string; updated: Date }[]>(
    `select '/practices/' || slug as path, updated_at as updated from practice where status = 'published'
     union all
     select '/case-studies/' || slug, updated_at from case_study where status = 'published'
     union all
     select '/collections/' || slug, updated_at from collection where visibility = 'public'
     order by updated desc`,
  );
  return rows.map((row) => ({ path: row.path, updated: new Date(row.updated) }));
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sitemap protocol's XML for `origin`: the home and search pages, then every entry. */
export function sitemapXml(origin: string, entries: Entry[]): string {
  const url = (path: string, updated?: Date) =>
    `  <url><loc>${escapeXml(origin + encodeURI(path))}</loc>${updated ? `<lastmod>${updated.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    url('/'),
    url('/practices'),
    ...entries.map((entry) => url(entry.path, entry.updated)),
    '</urlset>',
    '',
  ].join('\n');
}
