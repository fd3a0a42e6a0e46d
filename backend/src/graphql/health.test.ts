import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

describe('liveness and readiness', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('says ready with the database up, and how far the search index is behind', async () => {
    await app.orm.em
      .getConnection()
      .execute(
        `insert into search_outbox (record_type, record_id, created_at) values ('practice', gen_random_uuid(), now() - interval '120 seconds')`,
      );
    const res = await fetch(`${app.url}/readyz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; database: string; searchIndexLagSeconds: number };
    expect(body).toMatchObject({ ok: true, database: 'up' });
    expect(body.searchIndexLagSeconds).toBeGreaterThanOrEqual(119);
    expect(body.searchIndexLagSeconds).toBeLessThan(600);
  });

  it('says not ready (503) when the database cannot answer, while the process still says it is alive', async () => {
    // The readiness query fails as it would with PostgreSQL gone; liveness never asks the database.
    await app.orm.em.getConnection().execute('alter table search_outbox rename to search_outbox_gone');
    try {
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ok: false, database: 'down' });
      for (const path of ['/livez', '/healthz']) expect((await fetch(`${app.url}${path}`)).status).toBe(200);
    } finally {
      await app.orm.em.getConnection().execute('alter table search_outbox_gone rename to search_outbox');
    }
  });
});
