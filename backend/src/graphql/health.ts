import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';

/** How long a readiness check waits for PostgreSQL before calling it down. */
const DATABASE_CHECK_MS = 2_000;

/**
 * Liveness and readiness, for a process supervisor and a load balancer:
 * - `/livez` (and the older `/healthz`): the process answers HTTP. Never touches the database, so a database
 *   outage does not make a supervisor restart healthy app processes in a loop.
 * - `/readyz`: PostgreSQL answers within 2 s (503 otherwise, so a proxy stops sending requests here). It also
 *   reports how far the search indexer is behind (the oldest change not yet indexed), without failing on it: a
 *   slow or absent search engine must not take every instance out of rotation, since the catalogue still works.
 */
export function mountHealth(app: Express, orm: MikroORM): void {
  const alive = (_req: unknown, res: { json: (body: unknown) => void }) => res.json({ ok: true });
  app.get('/livez', alive);
  app.get('/healthz', alive);

  app.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const rows = await Promise.race([
        orm.em
          .fork()
          .getConnection()
          .execute<{ lag: number | null }[]>(
            `select extract(epoch from now() - min(created_at))::float8 as lag from search_outbox where processed_at is null`,
          ),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('database check timed out')), DATABASE_CHECK_MS).unref()),
      ]);
      const lag = rows[0]?.lag ?? 0;
      res.json({ ok: true, database: 'up', searchIndexLagSeconds: Math.max(0, Math.round(lag)) });
    } catch {
      res.status(503).json({ ok: false, database: 'down' });
    }
  });
}
