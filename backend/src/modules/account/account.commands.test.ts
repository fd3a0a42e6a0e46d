import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { REPO_ROOT, SEEDS_DIR } from '../../paths.js';
import { seedFromFolder } from '../../seed/seed.service.js';
import { anonymous } from '../../test-support/accounts.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { loadDemoAccounts } from './demo-accounts.js';
import { LOGIN_ROLE } from './testing/account.test-ops.js';

const run = promisify(execFile);
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedFromFolder(app.orm.em.fork(), SEEDS_DIR);
});
afterAll(() => app?.close());

const login = (email: string, password: string) => anonymous(app).send(LOGIN_ROLE, { input: { email, password } });

describe('demo accounts', () => {
  it('are never loaded in production', async () => {
    expect(await loadDemoAccounts(app.orm.em.fork(), SEEDS_DIR, 'production')).toBe(0);
    expect(await app.orm.em.fork().getConnection().execute(`select 1 from app_user`)).toHaveLength(0);
  });

  it('add one account per role in development, with the passwords the README lists, once', async () => {
    expect(await loadDemoAccounts(app.orm.em.fork(), SEEDS_DIR, 'development')).toBe(5);
    expect(await loadDemoAccounts(app.orm.em.fork(), SEEDS_DIR, 'development')).toBe(0);
    const moderator = await login('moderator@poruch.test', 'demo-moderator-2025');
    expect(moderator.data).toEqual({ login: { role: 'MODERATOR', organization: null } });
    const librarian = await login('librarian@poruch.test', 'demo-librarian-2025');
    expect(librarian.data).toEqual({ login: { role: 'LIBRARIAN', organization: { slug: 'pavlohrad-childrens-library' } } });
  });
});

describe('npm run user:create', () => {
  const create = async (args: string[], password?: string) => {
    const url = app.orm.config.get('clientUrl')!;
    return run(process.execPath, ['--import', 'tsx', 'src/modules/account/user.cli.ts', ...args], {
      cwd: resolve(REPO_ROOT, 'backend'),
      env: { ...process.env, DATABASE_URL: url, PORUCH_USER_PASSWORD: password ?? '', LOG_LEVEL: 'warn' },
    }).catch((err: { code: number; stdout: string; stderr: string }) => err);
  };

  it('creates the first admin from the environment’s password, who can then sign in', async () => {
    const out = await create(['--email', 'Head@Library.example', '--role', 'admin', '--name', 'Головна адмінка'], 'перший-адмін-пароль-9');
    expect(out.stdout).toMatch(/created admin head@library\.example/);
    const res = await login('head@library.example', 'перший-адмін-пароль-9');
    expect(res.data).toMatchObject({ login: { role: 'ADMIN' } });
  });

  it('refuses a weak password, naming the rule, and creates nothing', async () => {
    const out = (await create(['--email', 'weak@library.example', '--role', 'admin'], 'short')) as { code: number; stderr: string };
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/password: must be at least 12 characters/);
    const rows = await app.orm.em.fork().getConnection().execute(`select 1 from app_user where email = 'weak@library.example'`);
    expect(rows).toHaveLength(0);
  });

  it('explains its usage when the role is missing or unknown', async () => {
    const out = (await create(['--email', 'x@library.example', '--role', 'superuser'], 'перший-адмін-пароль-9')) as {
      code: number;
      stderr: string;
    };
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/usage: npm run user:create/);
  });
});
