import { describe, expect, it } from 'vitest';
import { fakeServer } from '../testing/fake-server';
import { memoryStore } from '../testing/memory-store';
import {
  CONFIRM_ABOVE_ITEMS,
  KEPT_SPACE_CAP_BYTES,
  keepCollection,
  keepRecord,
  planCollection,
  refreshKept,
  refreshStale,
  removeKept,
  REFRESH_AFTER_MS,
} from './keeping';

const HOUR = 60 * 60 * 1000;

function setUp(pages: Parameters<typeof fakeServer>[0]) {
  const server = fakeServer(pages);
  const store = memoryStore();
  let now = new Date('2026-11-29T10:00:00Z');
  const deps = { store, fetch: server.fetch, now: () => now };
  return { server, store, deps, later: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const PRACTICE = '/practices/kazkova-hodyna';
const CASE = '/case-studies/nikopol';
const COLLECTION = '/collections/pershi-kroky';

describe('keeping a record', () => {
  it('keeps its page and an entry to list and search it, without the page’s data script in its text', async () => {
    const { deps, store } = setUp({
      [PRACTICE]: { title: 'Казкова година в укритті', summary: 'Казка під час тривоги', text: 'Читаємо казки дітям' },
    });
    const result = await keepRecord(deps, PRACTICE);
    expect(result.ok).toBe(true);
    expect(store.pages.get(PRACTICE)).toContain('<h1>Казкова година в укритті</h1>');
    const item = await store.get(PRACTICE);
    expect(item).toMatchObject({
      kind: 'practice',
      title: 'Казкова година в укритті',
      summary: 'Казка під час тривоги',
      status: 'current',
      pageKept: true,
      keptBy: ['self'],
      savedAt: '2026-11-29T10:00:00.000Z',
    });
    expect(item!.text).toContain('Читаємо казки дітям');
    expect(item!.text).not.toContain('APOLLO');
    expect(item!.bytes).toBeGreaterThan(store.pages.get(PRACTICE)!.length);
  });

  it('says so when there is no connection, and keeps nothing', async () => {
    const { deps, store, server } = setUp({ [PRACTICE]: { title: 'Казкова година' } });
    server.state.offline = true;
    expect(await keepRecord(deps, PRACTICE)).toEqual({ ok: false, problem: 'network' });
    expect(await store.list()).toEqual([]);
  });
});

describe('keeping a collection', () => {
  it('keeps the collection and every record in it; removing it removes those records, not one kept on its own', async () => {
    const { deps, store } = setUp({
      [COLLECTION]: { title: 'Перші кроки', links: [PRACTICE, CASE] },
      [PRACTICE]: { title: 'Казкова година' },
      [CASE]: { title: 'Нікополь' },
    });
    await keepRecord(deps, CASE);
    const progress: number[] = [];
    const result = await keepCollection(deps, { href: COLLECTION, title: 'Перші кроки', summary: '', items: [] }, (done) =>
      progress.push(done),
    );
    expect(result.ok).toBe(true);
    expect((await store.get(COLLECTION))?.items?.map((i) => i.href)).toEqual([PRACTICE, CASE]);
    expect([...store.pages.keys()].sort()).toEqual([CASE, COLLECTION, PRACTICE].sort());
    expect((await store.get(CASE))?.keptBy).toEqual(['self', COLLECTION]);
    expect(progress).toEqual([0, 1, 2]);

    await removeKept(deps, COLLECTION);
    expect((await store.list()).map((i) => i.href)).toEqual([CASE]);
    expect([...store.pages.keys()]).toEqual([CASE]);
    expect((await store.get(CASE))?.keptBy).toEqual(['self']);
  });

  it('keeps a collection the server shows to nobody (private) as data, with its records', async () => {
    const { deps, store } = setUp({ [PRACTICE]: { title: 'Казкова година' } });
    const items = [{ kind: 'practice' as const, href: PRACTICE, title: 'Казкова година' }];
    const result = await keepCollection(deps, { href: '/collections/saved-1', title: 'Збережене', summary: '', items });
    expect(result.ok).toBe(true);
    expect(await store.get('/collections/saved-1')).toMatchObject({ pageKept: false, status: 'current', items });
    expect(store.pages.has('/collections/saved-1')).toBe(false);
    expect(store.pages.has(PRACTICE)).toBe(true);
  });

  it('asks before keeping more than the confirm threshold, and refuses what would pass the space cap', async () => {
    const { deps } = setUp({});
    const records = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ kind: 'practice' as const, href: `/practices/p-${i}`, title: `P ${i}` }));
    const small = await planCollection(deps, { href: COLLECTION, title: 'C', summary: '', items: records(CONFIRM_ABOVE_ITEMS) });
    expect(small).toMatchObject({ confirm: false, fits: true, newRecords: CONFIRM_ABOVE_ITEMS });
    const large = await planCollection(deps, { href: COLLECTION, title: 'C', summary: '', items: records(CONFIRM_ABOVE_ITEMS + 1) });
    expect(large).toMatchObject({ confirm: true, fits: true });
    expect(large.estimateBytes).toBeGreaterThan(0);
    const huge = await planCollection(deps, { href: COLLECTION, title: 'C', summary: '', items: records(2000) });
    expect(huge.estimateBytes).toBeGreaterThan(KEPT_SPACE_CAP_BYTES);
    expect(huge.fits).toBe(false);
    // The browser's own room counts too.
    expect((await planCollection(deps, { href: COLLECTION, title: 'C', summary: '', items: records(3) }, 1000)).fits).toBe(false);
  });
});

describe('refreshing what is kept', () => {
  it('marks a record the server no longer shows (archived or removed: 404), keeping its last copy', async () => {
    const { deps, store, server, later } = setUp({ [PRACTICE]: { title: 'Казкова година' } });
    await keepRecord(deps, PRACTICE);
    delete server.pages[PRACTICE];
    later(HOUR);
    expect(await refreshKept(deps, PRACTICE)).toEqual({ ok: false, problem: 'gone' });
    expect(await store.get(PRACTICE)).toMatchObject({ status: 'gone', goneSince: '2026-11-29T11:00:00.000Z', title: 'Казкова година' });
    expect(store.pages.get(PRACTICE)).toContain('Казкова година');

    // Published again: current again.
    server.pages[PRACTICE] = { title: 'Казкова година (нова редакція)' };
    later(HOUR);
    await refreshKept(deps, PRACTICE);
    expect(await store.get(PRACTICE)).toMatchObject({ status: 'current', title: 'Казкова година (нова редакція)' });
    expect((await store.get(PRACTICE))?.goneSince).toBeUndefined();
  });

  it('after some hours checks every kept item again; a collection’s new records are kept, dropped ones let go', async () => {
    const { deps, store, server, later } = setUp({
      [COLLECTION]: { title: 'Перші кроки', links: [PRACTICE] },
      [PRACTICE]: { title: 'Казкова година' },
      [CASE]: { title: 'Нікополь' },
    });
    await keepCollection(deps, { href: COLLECTION, title: 'Перші кроки', summary: '', items: [] });
    server.state.requests.length = 0;
    await refreshStale(deps);
    expect(server.state.requests).toEqual([]); // nothing is due yet

    server.pages[COLLECTION] = { title: 'Перші кроки', links: [CASE] };
    later(REFRESH_AFTER_MS);
    await refreshStale(deps);
    expect((await store.list()).map((i) => i.href).sort()).toEqual([CASE, COLLECTION].sort());
    expect(store.pages.has(PRACTICE)).toBe(false);
    // Each page was asked for once: the collection's refresh covered its records.
    expect(server.state.requests.sort()).toEqual([CASE, COLLECTION].sort());
  });

  it('stops at the first failure when the device is offline again, changing nothing', async () => {
    const { deps, store, server, later } = setUp({ [PRACTICE]: { title: 'Казкова година' }, [CASE]: { title: 'Нікополь' } });
    await keepRecord(deps, PRACTICE);
    await keepRecord(deps, CASE);
    const before = await store.list();
    server.state.offline = true;
    server.state.requests.length = 0;
    later(REFRESH_AFTER_MS);
    await refreshStale(deps);
    expect(server.state.requests).toHaveLength(1);
    expect(await store.list()).toEqual(before);
  });
});
