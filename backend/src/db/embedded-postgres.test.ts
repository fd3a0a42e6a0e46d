import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../net.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { withPgClient } from './pg-client.js';

/** A PostgreSQL of its own (not the test run's shared one), so it can be killed. */
describe('the embedded PostgreSQL, supervised', () => {
  let root: string;
  let server: EmbeddedPostgres;
  const messages: string[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'poruch-supervised-pg-'));
    chmodSync(root, 0o755);
    server = await startEmbeddedPostgres({ dataDir: join(root, 'data'), port: await freePort(), log: (m) => messages.push(m) });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const answers = () =>
    withPgClient(server.url('postgres'), async (c) => (await c.query<{ one: number }>('select 1 as one')).rows[0]!.one).catch(() => null);

  it('is started again by itself after it is killed, and answers again', async () => {
    expect(await answers()).toBe(1);
    const pid = Number(readFileSync(join(server.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    await expect.poll(answers, { timeout: 30_000, interval: 250 }).toBe(1);
    expect(messages.some((m) => /^PostgreSQL stopped unexpectedly \(SIGKILL\); starting it again$/.test(m))).toBe(true);
    expect(messages).toContain('PostgreSQL started again');
    const restarted = Number(readFileSync(join(server.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(restarted).not.toBe(pid);
  }, 60_000);

  it('is not started again after stop()', async () => {
    await server.stop();
    await new Promise((done) => setTimeout(done, 1_500));
    expect(await answers()).toBeNull();
  });
});
