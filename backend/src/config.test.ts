import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, introspectionEnabled, loadConfig } from './config.js';

describe('config', () => {
  it('has working defaults for a newcomer', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, DATA_DIR: '.data', SEED_ON_EMPTY: true, NODE_ENV: 'development' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('lists every problem at once, naming each variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://nope', LOG_LEVEL: 'loud' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: /m);
    expect(problems).toMatch(/^DATABASE_URL: .*postgres:\/\//m);
    expect(problems).toMatch(/^LOG_LEVEL: /m);
  });

  it('accepts a PostgreSQL URL and a port in range, and rejects one out of range', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/poruch', PORT: '8080' })).toMatchObject({ PORT: 8080 });
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db:5432' })).toThrow(/DATABASE_URL/);
  });

  it('makes the server exit non-zero before touching anything when the environment is wrong', () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, PORT: 'abc', DATABASE_URL: 'not a url' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PORT/);
    expect(run.stderr).toMatch(/DATABASE_URL/);
  });

  it('reads the Meilisearch key from MEILI_API_KEY_FILE, and names the file when it cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poruch-config-'));
    try {
      const file = join(dir, 'api-key');
      writeFileSync(file, 'scoped-key-123\n');
      expect(loadConfig({ MEILI_API_KEY_FILE: file }).MEILI_API_KEY).toBe('scoped-key-123');
      expect(() => loadConfig({ MEILI_API_KEY_FILE: file, MEILI_API_KEY: 'other' })).toThrow(/MEILI_API_KEY_FILE: .*not both/);

      writeFileSync(file, ' \n');
      expect(() => loadConfig({ MEILI_API_KEY_FILE: file })).toThrow(/MEILI_API_KEY_FILE: .*api-key is empty/);

      let error: unknown;
      try {
        loadConfig({ MEILI_API_KEY_FILE: join(dir, 'missing'), PORT: 'eighty' });
      } catch (err) {
        error = err;
      }
      // Listed together with the other problems, not instead of them.
      expect((error as ConfigError).problems).toEqual([
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^MEILI_API_KEY_FILE: cannot read .*missing \(ENOENT\)/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns introspection off in production unless asked for, and on elsewhere unless turned off', () => {
    expect(introspectionEnabled(loadConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(introspectionEnabled(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }))).toBe(true);
    expect(introspectionEnabled(loadConfig({}))).toBe(true);
    expect(introspectionEnabled(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }))).toBe(false);
  });
});
