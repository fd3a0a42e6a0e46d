import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentNode } from 'graphql';

/** One GraphQL operation run in-process for an anonymous reader (the web app's server rendering asks through it). */
export type ExecuteOperation = (operation: {
  query: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
}) => Promise<{ data?: unknown; errors?: readonly unknown[] }>;

/** What the web app's server bundle (frontend/src/entry-server.tsx) offers. */
export interface PageRenderer {
  render(request: { url: string; origin: string; execute: ExecuteOperation }): Promise<{
    status: number;
    html: string;
    cacheable: boolean;
  }>;
}

/** Where `npm run build -w frontend` puts the server bundle, inside the built app (dot folders are never served). */
export const SSR_ENTRY = '.ssr/entry-server.js';

/** Loads the server bundle of the built web app, or null when the app was built without one. */
export async function loadPageRenderer(webDist: string): Promise<PageRenderer | null> {
  const entry = join(webDist, SSR_ENTRY);
  if (!existsSync(entry)) return null;
  const bundle = (await import(pathToFileURL(entry).href)) as {
    createRenderer(options: { template: string; manifest: unknown }): Promise<PageRenderer>;
  };
  return bundle.createRenderer({
    template: readFileSync(join(webDist, 'index.html'), 'utf8'),
    manifest: JSON.parse(readFileSync(join(webDist, '.vite/manifest.json'), 'utf8')),
  });
}
