import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isAlive,
  newAppPlace,
  postmasterPid,
  removeAppPlace,
  serverProcesses,
  startApp,
  type AppPlace,
  type AppProcess,
} from './support/app-process.js';
import { DEMO, signIn, type Attempt } from './support/client.js';
import { waitFor } from './support/health-probe.js';
import { publishedPracticeIds, readBack } from './support/verify.js';
import { newWrite, sendWrite, type Write, type WriteKind } from './support/write-stream.js';

/**
 * A create sent again with the same Idempotency-Key makes one record: retried one after another, sent
 * many times at once, and retried after the app was restarted, and after the app and its PostgreSQL
 * were killed while the writes were in flight. Counted in the database with pg.
 */

const KINDS: WriteKind[] = ['practice', 'adoption', 'collection'];
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('a create retried with the same Idempotency-Key', () => {
  let place: AppPlace;
  let app: AppProcess;
  let cookies: { librarian: string; trainer: string };
  let practiceIds: string[];
  let run: string;
  let n = 0;
  const since = new Date();
  const all: Write[] = [];
  const figures: Record<string, string | number> = {};

  beforeAll(async () => {
    place = await newAppPlace();
    app = await startApp(place);
    const [librarian, trainer] = await Promise.all([
      signIn(app.url, DEMO.librarian.email, DEMO.librarian.password),
      signIn(app.url, DEMO.trainer.email, DEMO.trainer.password),
    ]);
    cookies = { librarian, trainer };
    practiceIds = await publishedPracticeIds(app.databaseUrl, 3);
    run = `idem${Date.now().toString(36)}`;
  });

  afterAll(async () => {
    await app?.stop();
    if (place) removeAppPlace(place);
    console.log(
      `\nIdempotent create figures:\n${Object.entries(figures)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}\n`,
    );
  });

  function write(kind: WriteKind, label: string): Write {
    const w = newWrite(n, kind, `${run}-${label}-${n++}`, practiceIds);
    all.push(w);
    return w;
  }

  /** Sends until acknowledged, as a device's outbox does (again after 200 ms while the key is busy or no answer came). */
  async function untilAcknowledged(w: Write): Promise<Attempt> {
    for (let i = 0; i < 100; i++) {
      const a = await sendWrite(app.url, cookies, w);
      if (a.outcome === 'ok') return a;
      expect(a.outcome, a.text).not.toBe('refused');
      await sleep(200);
    }
    throw new Error(`${w.key} was never acknowledged`);
  }

  /** Records carrying each write's key, counted in the database. */
  async function counts(writes: Write[]) {
    const check = await readBack(app.databaseUrl, writes, since);
    return check.writes.map((c) => ({ key: c.write.key, records: c.records.length, storedAnswers: c.storedAnswers }));
  }
  const once = (writes: Write[]) => writes.map((w) => ({ key: w.key, records: 1, storedAnswers: 1 }));

  let sequential: Write[] = [];
  let concurrent: Write[] = [];

  it('makes one record when retried one after another, answering every retry with the first answer', async () => {
    sequential = KINDS.map((kind) => write(kind, 'seq'));
    for (const w of sequential) {
      const first = await untilAcknowledged(w);
      expect(first.replayed).toBe(false);
      for (let i = 0; i < 4; i++) {
        const again = await sendWrite(app.url, cookies, w);
        expect(again.status).toBe(200);
        expect(again.replayed).toBe(true);
        expect(again.text).toBe(first.text);
      }
    }
    expect(await counts(sequential)).toEqual(once(sequential));
  });

  it('makes one record when sent ten times at once: each answer is the first one or CONFLICT, and the conflicts retried get the first answer', async () => {
    concurrent = KINDS.map((kind) => write(kind, 'burst'));
    let conflicts = 0;
    for (const w of concurrent) {
      const burst = await Promise.all(Array.from({ length: 10 }, () => sendWrite(app.url, cookies, w)));
      expect(burst.map((a) => a.outcome).filter((o) => o !== 'ok' && o !== 'busy')).toEqual([]);
      conflicts += burst.filter((a) => a.outcome === 'busy').length;
      const answered = burst.filter((a) => a.outcome === 'ok');
      const retried = await Promise.all(burst.filter((a) => a.outcome === 'busy').map(() => untilAcknowledged(w)));
      const texts = new Set([...answered, ...retried].map((a) => a.text));
      expect(texts.size).toBe(1);
      // Exactly one attempt did the work; every other answer is the stored one.
      expect([...answered, ...retried].filter((a) => !a.replayed)).toHaveLength(1);
    }
    figures['burst of 10: answered CONFLICT (key busy) and retried'] = conflicts;
    expect(await counts(concurrent)).toEqual(once(concurrent));
  });

  it('answers a retry after the app restarted with the first answer, and makes nothing new', async () => {
    const before = [...sequential, ...concurrent];
    await app.stop();
    app = await startApp(place);
    for (const w of before) {
      const again = await sendWrite(app.url, cookies, w);
      expect(again.status).toBe(200);
      expect(again.replayed).toBe(true);
      expect(again.text).toBe(w.acked!.text);
    }
    expect(await counts(before)).toEqual(once(before));
  });

  it('makes one record per write when the app and PostgreSQL were killed with the writes in flight, and the device sends them again', async () => {
    const inFlight = Array.from({ length: 12 }, (_, i) => write(KINDS[i % KINDS.length]!, 'crash'));
    // Sent a little apart, so that when the first is acknowledged others are at every stage of their work;
    // then everything goes down at once, as in a power cut.
    const sent = inFlight.map((w, i) => sleep(i * 25).then(() => sendWrite(app.url, cookies, w)));
    await waitFor('a first acknowledgement', () => inFlight.some((w) => w.acked), 30_000);
    const server = serverProcesses(postmasterPid(app.pgDataDir));
    process.kill(server[0]!, 'SIGKILL');
    process.kill(app.pid, 'SIGKILL');
    const firstAnswers = await Promise.all(sent);
    await waitFor('the killed server processes to be gone', () => server.every((pid) => !isAlive(pid)), 15_000);
    await app.stop();

    app = await startApp(place);
    const retried = await Promise.all(inFlight.map((w) => untilAcknowledged(w)));
    const acknowledgedBefore = firstAnswers.filter((a) => a.outcome === 'ok').length;
    const committedBefore = retried.filter((a) => a.replayed).length;
    figures['writes in flight at the crash'] = inFlight.length;
    figures['acknowledged before the crash'] = acknowledgedBefore;
    figures['committed before the crash, answered by a replay after it'] = committedBefore;
    figures['made by the retry after the restart'] = retried.length - committedBefore;

    // An acknowledged write was committed, so its retry is a replay of that same answer.
    for (const [i, a] of firstAnswers.entries()) if (a.outcome === 'ok') expect(retried[i]!.text).toBe(a.text);
    expect(await counts(inFlight)).toEqual(once(inFlight));
    // Each created practice has its search outbox row, however it was made.
    const check = await readBack(app.databaseUrl, inFlight, since);
    expect(check.writes.filter((c) => c.write.kind === 'practice').map((c) => c.outboxRows)).toEqual(
      inFlight.filter((w) => w.kind === 'practice').map(() => 1),
    );
  });

  it('holds nothing twice across all of the above', async () => {
    expect(await counts(all)).toEqual(once(all));
    figures['writes'] = all.length;
    figures['attempts'] = all.reduce((sum, w) => sum + w.attempts.length, 0);
  });
});
