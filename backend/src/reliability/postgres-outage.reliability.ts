import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_TIMEOUTS } from '../db/timeouts.js';
import { RETRY_AFTER_SECONDS } from '../graphql/database-outage.js';
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
import { HealthProbe, waitFor } from './support/health-probe.js';
import { publishedPracticeIds, readBack } from './support/verify.js';
import { WriteStream, type Write } from './support/write-stream.js';

/**
 * PostgreSQL stalled (SIGSTOP) and then killed (SIGKILL) under the real app, while devices keep sending
 * writes with Idempotency-Keys and retrying those without an answer. The app must answer 503 with
 * Retry-After within a bounded time instead of hanging, say it is not ready but alive, come back by
 * itself, and in the end hold every acknowledged write exactly once, with its search outbox row.
 */

const STALL_MS = 18_000;
/** How long knex waits for a ROLLBACK (or ROLLBACK TO SAVEPOINT) before it gives up on it (knex's own constant). */
const KNEX_ROLLBACK_WAIT_MS = 5_000;
/**
 * The longest a request may wait for an answer while PostgreSQL does not answer: a free connection
 * (acquireMs), one statement's answer (queryMs), then the rollbacks of the resolver's savepoint and of the
 * request's transaction, each queued behind the unanswered statement; plus a margin for a busy machine.
 */
const ANSWER_BOUND_MS = DATABASE_TIMEOUTS.acquireMs + DATABASE_TIMEOUTS.queryMs + 2 * KNEX_ROLLBACK_WAIT_MS + 3_000;
/** From the server answering again to the first acknowledged write. */
const RECOVERY_BOUND_MS = 15_000;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Stops the PostgreSQL server and every process it started (a stalled disk or a paused VM stops them all). */
function pauseServer(pgDataDir: string): () => void {
  const postmaster = postmasterPid(pgDataDir);
  process.kill(postmaster, 'SIGSTOP'); // first, so it forks nothing while its children are being stopped
  const pids = serverProcesses(postmaster);
  for (const pid of pids.slice(1)) process.kill(pid, 'SIGSTOP');
  return () => {
    for (const pid of pids) if (isAlive(pid)) process.kill(pid, 'SIGCONT');
  };
}

describe('PostgreSQL stalled and killed under a stream of acknowledged writes', () => {
  let place: AppPlace;
  let app: AppProcess;
  let patient: WriteStream;
  let impatient: WriteStream;
  let abandoned: WriteStream;
  let probe: HealthProbe;
  let since: Date;
  let resume: (() => void) | undefined;
  const figures: Record<string, string | number> = {};

  beforeAll(async () => {
    place = await newAppPlace();
    app = await startApp(place);
    const [librarian, trainer] = await Promise.all([
      signIn(app.url, DEMO.librarian.email, DEMO.librarian.password),
      signIn(app.url, DEMO.trainer.email, DEMO.trainer.password),
    ]);
    const practiceIds = await publishedPracticeIds(app.databaseUrl, 5);
    expect(practiceIds).toHaveLength(5);
    const run = `rel${Date.now().toString(36)}`;
    const common = { url: app.url, librarian, trainer, practiceIds };
    // Devices that wait for every answer (up to a minute): their attempts measure how long the app takes.
    patient = new WriteStream({ ...common, runId: `${run}-p`, workers: 6 });
    // A phone on a weak link: gives up on an answer after 2 s and sends the same write again.
    impatient = new WriteStream({ ...common, runId: `${run}-i`, workers: 1, timeoutMs: 2_000 });
    // Writes sent once during the outage and never again.
    abandoned = new WriteStream({ ...common, runId: `${run}-a` });
    probe = new HealthProbe(app.url);
    figures['bound on an answer while PostgreSQL does not answer'] = seconds(ANSWER_BOUND_MS);
    since = new Date();
    patient.start();
    impatient.start();
    probe.start();
    await waitFor('the first acknowledged writes', () => patient.writes.filter((w) => w.acked).length >= 10, 30_000);
  });

  afterAll(async () => {
    resume?.();
    await Promise.race([Promise.all([patient?.stop(0), impatient?.stop(0), probe?.stop()]), sleep(60_000)]);
    await sleep(200); // the app's last log lines still on their way through the pipe
    const problems = app?.problems() ?? [];
    await app?.stop();
    if (place) removeAppPlace(place);
    console.log(`\nWarnings and errors the app logged:\n${problems.map((l) => `  ${l}`).join('\n')}`);
    console.log(
      `\nPostgreSQL outage figures:\n${Object.entries(figures)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}\n`,
    );
  });

  /**
   * Every "not now" must be SERVICE_UNAVAILABLE as a 503 with Retry-After (not a 200 carrying the code), and no
   * write may be refused outright (an INTERNAL_SERVER_ERROR would make a device drop it from its queue).
   */
  function expectProperUnavailable(attempts: Attempt[]) {
    expect(attempts.filter((a) => a.outcome === 'refused').map((a) => `${a.status} ${a.text.slice(0, 200)}`)).toEqual([]);
    const improper = attempts.filter(
      (a) => a.outcome === 'unavailable' && (a.status !== 503 || a.retryAfter !== String(RETRY_AFTER_SECONDS)),
    );
    expect(improper.map((a) => `${a.status} retry-after=${a.retryAfter} ${a.text.slice(0, 200)}`)).toEqual([]);
    for (const a of attempts.filter((x) => x.outcome === 'unavailable')) {
      expect(a.errors[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    }
  }

  it('answers 503 with Retry-After within a bound while PostgreSQL is stopped, stays alive but not ready, and recovers after SIGCONT', async () => {
    await sleep(2_000);
    const stoppedAt = Date.now();
    resume = pauseServer(app.pgDataDir);
    try {
      // Three devices send one write each and are switched off before any answer comes.
      await Promise.all([1, 2, 3].map(() => abandoned.sendOnce(1_000)));
      await sleep(STALL_MS - (Date.now() - stoppedAt));
    } finally {
      resume();
      resume = undefined;
    }
    const resumedAt = Date.now();
    const firstAck = await waitFor('a write acknowledged after SIGCONT', () => patient.firstAckAfter(resumedAt), 60_000);
    await waitFor(
      '/readyz to say ready again',
      () => probe.probes.some((p) => p.path === '/readyz' && p.startedAt >= resumedAt && p.status === 200),
      30_000,
    );

    const during = patient.attempts().filter((a) => a.endedAt >= stoppedAt && a.startedAt <= resumedAt);
    const unavailable = during.filter((a) => a.outcome === 'unavailable');
    const worst = Math.max(...during.map((a) => a.ms));
    figures['stall: length'] = seconds(resumedAt - stoppedAt);
    figures['stall: attempts answered during it'] = during.length;
    figures['stall: 503 answers'] = unavailable.length;
    figures['stall: first 503 after SIGSTOP'] = seconds(Math.min(...unavailable.map((a) => a.endedAt)) - stoppedAt);
    figures['stall: worst answer time'] = seconds(worst);
    figures['stall: time to recover (SIGCONT → first acknowledged write)'] = seconds(firstAck.endedAt - resumedAt);

    expect(unavailable.length).toBeGreaterThan(0);
    expectProperUnavailable(during);
    expect(during.filter((a) => a.outcome === 'no-answer')).toEqual([]);
    expect(worst).toBeLessThanOrEqual(ANSWER_BOUND_MS);
    expect(firstAck.endedAt - resumedAt).toBeLessThanOrEqual(RECOVERY_BOUND_MS);

    // A margin after SIGSTOP: a probe that began just before it may still have been answered.
    const ready = probe.within('/readyz', stoppedAt + 500, resumedAt);
    const live = probe.within('/livez', stoppedAt + 500, resumedAt);
    expect(ready.length).toBeGreaterThan(3);
    expect(ready.map((p) => [p.status, p.body?.database])).toEqual(ready.map(() => [503, 'down']));
    expect(Math.max(...ready.map((p) => p.ms))).toBeLessThan(3_000);
    expect(live.length).toBeGreaterThan(3);
    expect(live.map((p) => p.status)).toEqual(live.map(() => 200));
    expect(Math.max(...live.map((p) => p.ms))).toBeLessThan(1_000);
  });

  it('has its supervisor start a killed PostgreSQL again, answering 503 meanwhile, without the app restarting', async () => {
    await sleep(3_000);
    const killed = postmasterPid(app.pgDataDir);
    const killedAt = Date.now();
    process.kill(killed, 'SIGKILL');
    const firstUnavailable = await waitFor(
      'a 503 after the kill',
      () => patient.attempts().find((a) => a.outcome === 'unavailable' && a.startedAt >= killedAt),
      30_000,
    );
    const firstAck = await waitFor('a write acknowledged after the restart', () => patient.firstAckAfter(firstUnavailable.endedAt), 90_000);
    const ready = await waitFor(
      '/readyz to say ready again',
      () => probe.probes.find((p) => p.path === '/readyz' && p.startedAt >= firstUnavailable.endedAt && p.status === 200),
      30_000,
    );

    const restarted = postmasterPid(app.pgDataDir);
    expect(restarted).not.toBe(killed);
    expect(isAlive(restarted)).toBe(true);
    expect(isAlive(app.pid)).toBe(true);
    expect(app.logged(/^PostgreSQL stopped unexpectedly/)).toHaveLength(1);
    expect(app.logged(/^PostgreSQL started again$/)).toHaveLength(1);

    const during = patient.attempts().filter((a) => a.endedAt >= killedAt && a.startedAt <= firstAck.endedAt);
    const unavailable = during.filter((a) => a.outcome === 'unavailable');
    const worst = Math.max(...during.map((a) => a.ms));
    figures['kill: 503 answers'] = unavailable.length;
    figures['kill: worst answer time'] = seconds(worst);
    figures['kill: time to recover (SIGKILL → first acknowledged write)'] = seconds(firstAck.endedAt - killedAt);
    figures['kill: /readyz ready again after'] = seconds(ready.endedAt - killedAt);

    expectProperUnavailable(during);
    expect(during.filter((a) => a.outcome === 'no-answer')).toEqual([]);
    expect(worst).toBeLessThanOrEqual(ANSWER_BOUND_MS);
    expect(firstAck.endedAt - killedAt).toBeLessThanOrEqual(30_000);
    const live = probe.within('/livez', killedAt, firstAck.endedAt);
    expect(live.map((p) => p.status)).toEqual(live.map(() => 200));
  });

  it('holds every acknowledged write exactly once, with its search outbox row, and no unacknowledged write twice', async () => {
    await sleep(3_000);
    await Promise.all([patient.stop(), impatient.stop(), probe.stop()]);
    const writes: Write[] = [...patient.writes, ...impatient.writes, ...abandoned.writes];
    const check = await readBack(app.databaseUrl, writes, since);

    const acked = check.writes.filter((c) => c.write.acked);
    const unacked = check.writes.filter((c) => !c.write.acked);
    const attempts = writes.flatMap((w) => w.attempts);
    figures['writes sent'] = writes.length;
    figures['acknowledged'] = acked.length;
    figures['retried (writes sent more than once)'] = writes.filter((w) => w.attempts.length > 1).length;
    figures['attempts in all'] = attempts.length;
    figures['503 answers'] = attempts.filter((a) => a.status === 503).length;
    figures['answers lost (client gave up or connection dropped)'] = attempts.filter((a) => a.outcome === 'no-answer').length;
    figures['acknowledged by a replay of the first answer'] = acked.filter((c) => c.write.acked!.replayed).length;
    figures['unacknowledged writes found in the database (at most once each)'] = unacked.filter((c) => c.records.length === 1).length;
    figures['worst answer time (devices waiting up to a minute)'] = seconds(Math.max(...patient.attempts().map((a) => a.ms)));

    expect(patient.refused.concat(impatient.refused).map((w) => w.attempts.at(-1)?.text)).toEqual([]);
    expect(acked.length).toBeGreaterThan(50);
    expect(acked.filter((c) => c.records.length !== 1).map((c) => `${c.write.key}: ${c.records.length}`)).toEqual([]);
    // The acknowledged answer names the record that is there (a replay names the same one).
    expect(acked.filter((c) => c.records[0] !== c.write.recordId).map((c) => c.write.key)).toEqual([]);
    expect(unacked.filter((c) => c.records.length > 1).map((c) => c.write.key)).toEqual([]);
    // The record and its stored answer commit together, or neither does.
    expect(check.writes.filter((c) => c.storedAnswers !== c.records.length).map((c) => c.write.key)).toEqual([]);
    // Each created practice queued its search document in its own transaction; each report queued its practice's.
    const practices = check.writes.filter((c) => c.write.kind === 'practice' && c.records.length === 1);
    expect(practices.filter((c) => c.outboxRows !== 1).map((c) => `${c.write.key}: ${c.outboxRows}`)).toEqual([]);
    expect(check.adoptionOutbox.length).toBeGreaterThan(0);
    expect(check.adoptionOutbox.filter((p) => p.outboxRows !== p.reports)).toEqual([]);
  });
});
