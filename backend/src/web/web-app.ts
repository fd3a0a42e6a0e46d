import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import { LRUCache } from 'lru-cache';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Logger } from 'pino';
import type { ChangeFeed } from '../db/change-feed.js';
import type { SearchIndex } from '../modules/search/search-index.js';
import { buildContext, type Context } from '../graphql/context.js';
import { loadPageRenderer, type ExecuteOperation, type PageRenderer } from './page-renderer.js';

type RenderedPage = Awaited<ReturnType<PageRenderer['render']>>;
import { sitemapEntries, sitemapXml } from './sitemap.js';

export interface WebAppOptions {
  webDist: string;
  /** Scheme and host readers use (canonical links, previews, sitemap); never taken from a request's Host. */
  publicUrl: string;
  /**
   * How long a rendered public page is reused for the same address (0: never). A page shared in an
   * oblast's chat is opened by many people within seconds; it is the same HTML for all of them.
   */
  pageCacheTtlMs: number;
  /** Clears the page cache when any instance changes what pages show; without it pages only age out. */
  changes?: ChangeFeed;
  orm: MikroORM;
  log: Logger;
  search: SearchIndex;
  apollo: ApolloServer<Context>;
}

// A proxy or CDN may keep a public page for a minute and serve it stale while it refreshes it (the HTML is
// the same for every reader: server rendering never sees the session). Browsers ask again on every visit,
// cheaply (ETag, 304), so a reader who reloads sees what was just published.
const PUBLIC_PAGE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600';
const SHELL = 'no-cache';
// The service worker and the web app manifest keep their names across versions: browsers must ask for them
// every time, or a new version of the app would wait up to an hour to be noticed.
const UNHASHED_APP_FILES = new Set(['sw.js', 'manifest.webmanifest']);

/**
 * Serves the built web app: hashed assets for good, public pages rendered on the server with their data
 * (real status codes, preview tags, ETag), signed-in pages as the app shell, robots.txt and sitemap.xml.
 */
export async function mountWebApp(app: Express, options: WebAppOptions): Promise<boolean> {
  const { webDist, publicUrl, pageCacheTtlMs, changes, orm, log, search, apollo } = options;
  if (!existsSync(join(webDist, 'index.html'))) return false;
  const renderer = await loadPageRenderer(webDist);
  if (!renderer) log.warn({ webDist }, 'the web app was built without its server bundle; pages are rendered in the browser only');

  const rendered = pageCacheTtlMs > 0 ? new LRUCache<string, RenderedPage>({ max: 500, ttl: pageCacheTtlMs }) : null;
  // Bumped by every change: a page rendered from data read before it is sent, but not kept.
  let generation = 0;
  changes?.on('catalogue', () => {
    generation += 1;
    rendered?.clear();
  });
  const execute: ExecuteOperation = async ({ query, variables, operationName }) => {
    const response = await apollo.executeOperation({ query, variables, operationName }, { contextValue: buildContext(orm, log, search) });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by server rendering');
    return response.body.singleResult;
  };

  app.get('/robots.txt', (_req, res) => {
    res
      .type('text/plain')
      .set('Cache-Control', 'public, max-age=3600')
      .send(
        [
          'User-agent: *',
          'Disallow: /contribute',
          'Disallow: /review',
          'Disallow: /collections/shared/',
          `Sitemap: ${publicUrl}/sitemap.xml`,
          '',
        ].join('\n'),
      );
  });
  app.get('/sitemap.xml', async (_req, res, next) => {
    try {
      const entries = await sitemapEntries(orm.em.fork());
      res.type('application/xml').set('Cache-Control', 'public, max-age=600').send(sitemapXml(publicUrl, entries));
    } catch (err) {
      next(err);
    }
  });

  // Built files carry a content hash in their names, so browsers may keep them for good.
  app.use('/assets', express.static(join(webDist, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(
    express.static(webDist, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        if (UNHASHED_APP_FILES.has(basename(path))) res.setHeader('Cache-Control', SHELL);
      },
    }),
  );

  const shell = (res: express.Response) =>
    res.sendFile(join(webDist, 'index.html'), { cacheControl: false, headers: { 'Cache-Control': SHELL } });
  app.get(/^\/(?!graphql).*/, async (req, res, next) => {
    if (!renderer) return shell(res);
    try {
      let page = rendered?.get(req.originalUrl);
      if (!page) {
        const renderedIn = generation;
        page = await renderer.render({ url: req.originalUrl, origin: publicUrl, execute });
        if (page.cacheable && renderedIn === generation) rendered?.set(req.originalUrl, page);
      }
      // express answers 304 itself when the ETag it computes for the body matches If-None-Match.
      res
        .status(page.status)
        .type('html')
        .set('Cache-Control', page.cacheable ? PUBLIC_PAGE : SHELL)
        .send(page.html);
    } catch (err) {
      // A page that cannot be rendered on the server still works in the browser.
      log.error({ err, url: req.originalUrl }, 'server rendering failed; sending the app shell');
      if (!res.headersSent) shell(res);
      else next(err);
    }
  });
  return true;
}
