/**
 * Server rendering: the same routes and components as the browser, rendered with their data into the
 * built index.html. The backend imports the bundle built from this file (`vite build --ssr`) and answers
 * every page with `render()`; it never renders for a signed-in reader, so the HTML can be cached for all.
 */
import { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import type { DocumentNode } from 'graphql';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nProvider } from './i18n/react';
import { Observable } from 'rxjs';
import { createServerApolloClient } from './app/apollo';
import { routes, type RouteHandle } from './app/routes';
import { createI18n, loadFeatureCatalogue } from './i18n/i18n';
import { createMemoryHistory, createRouter, RouterProvider } from './shared/router';
import { PageHeadContext, type PageHead } from './shared/ui/usePageTitle';
import { headTags, pageDocument, type Manifest } from './ssr/document';

/** Runs one GraphQL operation for an anonymous reader, in-process. */
export type Execute = (operation: {
  query: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
}) => Promise<{ data?: unknown; errors?: readonly unknown[] }>;

export interface RenderRequest {
  /** Path and query, e.g. `/search?q=казка`. */
  url: string;
  /** Scheme and host the reader used, for canonical and preview URLs. */
  origin: string;
  execute: Execute;
}

export interface RenderResult {
  status: number;
  html: string;
  /** The same for every reader: may be kept by a shared cache. */
  cacheable: boolean;
}

export interface RendererOptions {
  /** The built index.html. */
  template: string;
  /** The build manifest (dist/.vite/manifest.json), to preload each page's chunks. */
  manifest: Manifest;
}

const RENDER_TIMEOUT_MS = 5_000;

/** Prepares what every request shares (the routes, the Ukrainian catalogues) and answers `render`. */
export async function createRenderer({ template, manifest }: RendererOptions) {
  // The server always speaks Ukrainian; the browser switches to the reader's language after it hydrates.
  const i18n = await createI18n({ language: 'uk' });
  await Promise.all((['contribute', 'collections'] as const).map((feature) => loadFeatureCatalogue(feature, i18n)));

  async function render({ url, origin, execute }: RenderRequest): Promise<RenderResult> {
    const address = new URL(url, origin);
    const router = createRouter(routes, createMemoryHistory([`${address.pathname}${address.search}`]));
    await router.ready();
    const handles = router.state.matches.map((m) => m.route.handle as RouteHandle | undefined).filter((h) => h !== undefined);
    if (handles.some((h) => h.clientOnly)) return { status: 200, html: template, cacheable: false };

    const link = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          execute({ query: operation.query, variables: operation.variables, operationName: operation.operationName }).then(
            (result) => {
              observer.next(result as ApolloLink.Result);
              observer.complete();
            },
            (error: unknown) => observer.error(error),
          );
        }),
    );
    const client = createServerApolloClient(link);
    const head: PageHead = {};
    const tree = (
      <StrictMode>
        <ApolloProvider client={client}>
          <I18nProvider i18n={i18n}>
            <PageHeadContext.Provider value={head}>
              <RouterProvider router={router} />
            </PageHeadContext.Provider>
          </I18nProvider>
        </ApolloProvider>
      </StrictMode>
    );
    const { result } = await prerenderStatic({
      tree,
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
      maxRerenders: 10,
      // Each pass starts from an empty head, so the last (complete) pass decides it. renderToString: no
      // page suspends (lazy pages are loaded before rendering, queries use useQuery), and it is the
      // cheapest render that hydrates.
      renderFunction: (element) => {
        for (const key of Object.keys(head) as (keyof PageHead)[]) delete head[key];
        return renderToString(element);
      },
    });
    const status = head.status ?? 200;
    const html = pageDocument(template, {
      head: headTags(head, { origin, address, manifest, modules: handles.map((h) => h.module), siteName: i18n.t('app.name') }),
      body: result,
      state: client.extract(),
    });
    return { status, html, cacheable: true };
  }

  return { render };
}
