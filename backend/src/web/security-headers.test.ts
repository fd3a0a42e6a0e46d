import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { SSR_ENTRY } from './page-renderer.js';

let app: TestApp;
const dist = mkdtempSync(join(tmpdir(), 'poruch-headers-'));
beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  mkdirSync(join(dist, '.ssr'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Поруч</title><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'index-a1b2c3.js'), 'export const x = 1;\n');
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"Поруч"}');
  writeFileSync(join(dist, '.vite', 'manifest.json'), '{}');
  // A stand-in for the server bundle: renders /practices/*, fails on /broken (the shell is sent instead).
  writeFileSync(
    join(dist, SSR_ENTRY),
    `export async function createRenderer({ template }) {
      return {
        async render({ url }) {
          if (url === '/broken') throw new Error('render failed');
          return { status: 200, cacheable: true, html: template.replace('<div id="root"></div>', '<div id="root"><h1>Практика</h1></div>') };
        },
      };
    }\n`,
  );
  app = await startTestApp({ webDist: dist });
});
afterAll(async () => {
  await app?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** The Content-Security-Policy of an answer, directive by directive. */
function policy(res: Response): Record<string, string> {
  const header = res.headers.get('content-security-policy') ?? '';
  return Object.fromEntries(
    header
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name!, values.join(' ')];
      }),
  );
}

function expectProtected(res: Response, what: string) {
  const csp = policy(res);
  expect(csp['script-src'], what).toBe("'self'");
  expect(csp['style-src'], what).toBe("'self'");
  expect(csp['style-src-attr'], what).toBe("'unsafe-inline'");
  expect(csp['default-src'], what).toBe("'self'");
  expect(csp['img-src'], what).toBe("'self'");
  expect(csp['connect-src'], what).toBe("'self'");
  expect(csp['worker-src'], what).toBe("'self'");
  expect(csp['manifest-src'], what).toBe("'self'");
  expect(csp['object-src'], what).toBe("'none'");
  expect(csp['base-uri'], what).toBe("'self'");
  expect(csp['form-action'], what).toBe("'self'");
  expect(csp['frame-ancestors'], what).toBe("'none'");
  // Nothing may run or load that is not one of our own files.
  for (const [directive, sources] of Object.entries(csp)) {
    if (directive !== 'style-src-attr') expect(sources, `${what}: ${directive}`).not.toMatch(/unsafe|\*|data:|blob:|https?:/);
  }
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(res.headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  const features = Object.fromEntries(
    (res.headers.get('permissions-policy') ?? '').split(/,\s*/).map((entry) => entry.split('=') as [string, string]),
  );
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'display-capture']) {
    expect(features[feature], `${what}: ${feature}`).toBe('()');
  }
}

describe('security headers', () => {
  it('are on rendered pages, the shell, built files and every other file served', async () => {
    const answers: [string, number][] = [
      ['/practices/some-practice', 200], // rendered on the server
      ['/broken', 200], // the shell, after the server rendering failed
      ['/', 200],
      ['/assets/index-a1b2c3.js', 200],
      ['/assets/no-such-chunk.js', 404],
      ['/sw.js', 200],
      ['/manifest.webmanifest', 200],
      ['/robots.txt', 200],
      ['/sitemap.xml', 200],
      ['/healthz', 200],
    ];
    for (const [path, status] of answers) {
      const res = await fetch(`${app.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status, path).toBe(status);
      expectProtected(res, path);
    }
    expect(await (await fetch(`${app.url}/practices/some-practice`)).text()).toContain('<h1>Практика</h1>');
  });

  it('are on GraphQL answers, the refused ones included', async () => {
    const query = (body: string) => fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const ok = await query(JSON.stringify({ query: '{ __typename }' }));
    expect(ok.status).toBe(200);
    expectProtected(ok, 'a GraphQL answer');
    const malformed = await query('{ not json');
    expect(malformed.status).toBe(400);
    expectProtected(malformed, 'a malformed GraphQL request');
    // A GET without the preflight header: refused by Apollo's CSRF prevention.
    const get = await fetch(`${app.url}/graphql?query=%7B__typename%7D`);
    expect(get.status).toBe(400);
    expectProtected(get, 'a GET of /graphql');
  });
});
