/**
 * A stand-in for the server's public pages, for the keeping rules' tests: pages by address, rendered as the
 * server renders them (a `main` with a heading, a summary and text; a collection's list of links), answered
 * with `Cache-Control: public`; an address it does not know answers 404, and `offline` makes every fetch fail.
 */
export interface FakePage {
  title: string;
  summary?: string;
  text?: string;
  /** A collection's records, as links. */
  links?: string[];
}

export function fakeServer(pages: Record<string, FakePage>) {
  const state = { offline: false, requests: [] as string[] };
  const render = (page: FakePage) =>
    `<!doctype html><html><head><meta name="description" content="${page.summary ?? ''}"></head><body><div id="root"><main>` +
    `<h1>${page.title}</h1><p class="record__summary">${page.summary ?? ''}</p><p>${page.text ?? ''}</p>` +
    (page.links
      ? `<ol class="collection-items">${page.links.map((href) => `<li><a href="${href}">${pages[href]?.title ?? href}</a></li>`).join('')}</ol>`
      : '') +
    `</main></div><script>window.__APOLLO_STATE__={"ROOT_QUERY":{}}</script></body></html>`;
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const href = String(input);
    state.requests.push(href);
    if (state.offline) throw new TypeError('Failed to fetch');
    const page = pages[href];
    const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=0' };
    return page
      ? new Response(render(page), { status: 200, headers })
      : new Response('<main><h1>404</h1></main>', { status: 404, headers });
  };
  return { pages, state, fetch: fetch as typeof globalThis.fetch };
}
