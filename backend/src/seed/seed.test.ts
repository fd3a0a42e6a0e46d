import { MikroORM } from '@mikro-orm/postgresql';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../db/orm.config.js';
import { SEEDS_DIR } from '../paths.js';
import { createTestDatabase, dropTestDatabase } from '../test-support/test-app.js';
import { seedFromFolder } from './seed.service.js';
import { loadAndValidateSeeds } from './seed.validate.js';

describe('seed data files', () => {
  const { catalog, problems } = loadAndValidateSeeds(SEEDS_DIR);

  it('are valid', () => {
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('hold at least the catalogue the project promises', () => {
    expect(catalog.practices.length).toBeGreaterThanOrEqual(40);
    expect(catalog.caseStudies.length).toBeGreaterThanOrEqual(15);
    expect(catalog.organizations.length).toBeGreaterThanOrEqual(12);
    expect(catalog.communities.length).toBeGreaterThanOrEqual(10);
    expect(catalog.collections.length).toBeGreaterThanOrEqual(5);
    const usedThemes = new Set(catalog.practices.flatMap((p) => p.themes));
    expect(catalog.themes.map((t) => t.slug).filter((t) => !usedThemes.has(t))).toEqual([]);
    expect(catalog.caseStudies.every((c) => c.outcomes.length > 0 && c.impactStories.length > 0)).toBe(true);
    expect(catalog.practices.every((p) => p.titleEn && p.summaryEn)).toBe(true);
  });

  it('include the founding pair and several other rear–frontline pairs', () => {
    const kind = new Map(catalog.communities.map((c) => [c.slug, c.kind]));
    const pairs = catalog.partnerships.map((p) => p.communities);
    expect(pairs).toContainEqual(['bila-tserkva', 'pavlohrad']);
    const mixed = pairs.filter(
      ([a, b]) => new Set([kind.get(a), kind.get(b)]).size === 2 && [kind.get(a), kind.get(b)].includes('frontline'),
    );
    expect(mixed.length).toBeGreaterThanOrEqual(4);
  });

  describe('with mistakes', () => {
    let broken: string;
    beforeAll(() => {
      broken = mkdtempSync(join(tmpdir(), 'poruch-seeds-'));
      cpSync(SEEDS_DIR, broken, { recursive: true });
      const practices = readdirSync(join(broken, 'practices')).sort();
      const first = join(broken, 'practices', practices[0]!);
      writeFileSync(
        first,
        readFileSync(first, 'utf8')
          .replace(/^themes:.*$/m, 'themes: [no-such-theme]')
          .replace(/^themes:\n(\s+- .*\n)+/m, 'themes: [no-such-theme]\n'),
      );
      const second = join(broken, 'practices', practices[1]!);
      writeFileSync(second, readFileSync(second, 'utf8').replace(/^titleUk:.*$/m, ''));
      // A collection that lists its first record twice.
      const collection = join(broken, 'collections', readdirSync(join(broken, 'collections')).sort()[0]!);
      const text = readFileSync(collection, 'utf8');
      const [, kind, ref] = /^items:\n\s+- kind: (\S+)\n\s+ref: (\S+)$/m.exec(text)!;
      writeFileSync(collection, `${text.trimEnd()}\n  - kind: ${kind}\n    ref: ${ref}\n`);
      // A Ukrainian word typed with a straight apostrophe, and English and YAML quotes that must pass.
      const third = join(broken, 'practices', practices[2]!);
      writeFileSync(
        third,
        readFileSync(third, 'utf8')
          .replace(/^titleUk:.*$/m, `titleUk: "Куточок з м'ячем і п'ятьма книжками"`)
          .replace(/^titleEn:.*$/m, `titleEn: 'A children''s corner'`),
      );
    });
    afterAll(() => rmSync(broken, { recursive: true, force: true }));

    it('are reported with the file and the field', () => {
      const found = loadAndValidateSeeds(broken).problems;
      const names = readdirSync(join(broken, 'practices')).sort();
      expect(found).toContainEqual({ file: `practices/${names[0]}`, field: 'themes[0]', message: 'unknown theme slug "no-such-theme"' });
      expect(found).toContainEqual(expect.objectContaining({ file: `practices/${names[1]}`, field: 'titleUk' }));
      const collection = readdirSync(join(broken, 'collections')).sort()[0]!;
      const items = readFileSync(join(broken, 'collections', collection), 'utf8').match(/^\s+- kind:/gm)!.length;
      expect(found).toContainEqual({
        file: `collections/${collection}`,
        field: `items[${items - 1}].ref`,
        message: 'appears twice in this collection',
      });
    });

    it('name each Ukrainian word written with a straight apostrophe', () => {
      const found = loadAndValidateSeeds(broken).problems.filter((p) => p.message.includes('apostrophe'));
      const third = readdirSync(join(broken, 'practices')).sort()[2]!;
      expect(found).toEqual([
        { file: `practices/${third}`, field: 'titleUk', message: `"м'ячем" has a straight apostrophe ('); write ’ (м’ячем)` },
        { file: `practices/${third}`, field: 'titleUk', message: `"п'ятьма" has a straight apostrophe ('); write ’ (п’ятьма)` },
      ]);
    });
  });
});

describe('loading seed data', () => {
  let orm: MikroORM;
  let db: { name: string; url: string };
  beforeAll(async () => {
    db = await createTestDatabase('seed');
    orm = await MikroORM.init(ormOptions(db.url));
    await orm.getMigrator().up();
  });
  afterAll(async () => {
    await orm.close(true);
    await dropTestDatabase(db.name);
  });

  /** A fingerprint of every row of every table. */
  async function snapshot(): Promise<Record<string, string>> {
    const conn = orm.em.getConnection();
    const tables: { table_name: string }[] = await conn.execute(
      `select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'mikro_orm_migrations' order by 1`,
    );
    const out: Record<string, string> = {};
    for (const { table_name } of tables) {
      const [row] = await conn.execute(
        `select count(*)::int as n, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as h from "${table_name}" t`,
      );
      out[table_name] = `${row!.n}:${row!.h}`;
    }
    return out;
  }

  it('fills an empty database, and a second run changes nothing', async () => {
    const first = await seedFromFolder(orm.em.fork(), SEEDS_DIR);
    const { catalog } = loadAndValidateSeeds(SEEDS_DIR);
    expect(first.created.practices).toBe(catalog.practices.length);
    expect(first.created.caseStudies).toBe(catalog.caseStudies.length);
    const before = await snapshot();
    const second = await seedFromFolder(orm.em.fork(), SEEDS_DIR);
    expect(second.created).toEqual({});
    expect(await snapshot()).toEqual(before);
  });
});
