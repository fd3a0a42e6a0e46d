import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { REPO_ROOT } from '../paths.js';
import { createTestDatabase, dropTestDatabase } from '../test-support/test-app.js';
import { migrate, openDatabase } from './database.js';

describe('openDatabase with DATABASE_URL', () => {
  let db: { name: string; url: string };
  beforeAll(async () => {
    db = await createTestDatabase('ext');
  });
  afterAll(() => dropTestDatabase(db.name));

  it('uses that server, starts no PostgreSQL of its own, and applies the migrations', async () => {
    const config = loadConfig({ DATABASE_URL: db.url, DATA_DIR: '/nonexistent/never-created' });
    const opened = await openDatabase(config, pino({ level: 'silent' }), REPO_ROOT);
    try {
      expect(opened.embedded).toBeUndefined();
      expect(opened.url).toBe(db.url);
      expect(await opened.orm.getMigrator().getPendingMigrations()).toEqual([]);
      const [row] = await opened.orm.em.getConnection().execute(`select current_database() as name`);
      expect(row!.name).toBe(db.name);
    } finally {
      await opened.close();
    }
  });
});

describe('instances starting together on one empty database', () => {
  let db: { name: string; url: string };
  beforeAll(async () => {
    db = await createTestDatabase('twin');
  });
  afterAll(() => dropTestDatabase(db.name));

  it('take turns: every migration is applied once, and neither start fails', async () => {
    const quiet = pino({ level: 'silent' });
    const [one, two] = await Promise.all([migrate(db.url, quiet), migrate(db.url, quiet)]);
    expect(one.length + two.length).toBeGreaterThan(0);
    expect([one.length, two.length]).toContain(0);
    expect(await migrate(db.url, quiet)).toEqual([]);
  });
});
