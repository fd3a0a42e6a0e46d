import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

let app: TestApp;
const dist = mkdtempSync(join(tmpdir(), 'poruch-web-'));
beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Поруч</title><div id="root"></div>');
  // A built script: large and repetitive, as real bundles are.
  writeFileSync(join(dist, 'assets', 'index-a1b2c3.js'), 'export const x = "поруч";\n'.repeat(2_000));
  app = await startTestApp({ seed: true, webDist: dist });
});
afterAll(async () => {
  await app?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('sends built files gzipped and cacheable for good, and the shell always revalidated', async () => {
    const asset = await fetch(`${app.url}/assets/index-a1b2c3.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable|immutable.*max-age=31536000/);
    expect((await asset.text()).length).toBe('export const x = "поруч";\n'.length * 2_000);

    for (const path of ['/', '/practices/some-practice', '/collections/abc/print']) {
      const shell = await fetch(`${app.url}${path}`);
      expect(shell.status, path).toBe(200);
      expect(shell.headers.get('cache-control'), path).toBe('no-cache');
      expect(await shell.text(), path).toContain('<div id="root">');
    }
  });

  it('sends GraphQL answers gzipped when the client accepts it', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ practices(first: 40) { edges { node { titleUk summaryUk } } } }' }),
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const body = (await res.json()) as { data: { practices: { edges: unknown[] } } };
    expect(body.data.practices.edges).toHaveLength(40);
  });
});
