import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../graphql/schema.js';
import { inspect, stringsIn, tablePatterns, Tally } from './answers.js';
import { ACTORS, sendAs, startHostileTarget, type HostileActor, type HostileTarget } from './hostile-app.js';
import { casesFor, operationsOf, requestFor, SETTINGS, type Operation, type OperationCase } from './operations.js';

/** Operations that end or replace the session they run in: each case gets a new signed-in caller. */
const ENDS_SESSION = new Set(['logout', 'changePassword', 'resetPassword']);

/** Run last, since they take records and rights away from the operations after them. */
const DESTRUCTIVE = [
  'hideAdoption',
  'deleteAdoption',
  'removeCollectionItem',
  'deleteCollection',
  'archiveRecord',
  'setUserRole',
  'logout',
];

interface Failure {
  operation: string;
  actor: HostileActor;
  problem: string;
  request: ReturnType<typeof requestFor>;
  shrinks: number;
}

let target: HostileTarget;
let tables: RegExp[];
beforeAll(async () => {
  target = await startHostileTarget();
  tables = tablePatterns(Object.values(target.app.orm.getMetadata().getAll()).map((meta) => meta.tableName));
});
afterAll(() => target?.close());

/** Shortens huge values so a counterexample can be printed. */
const shown = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 80)}…(${v.length} chars)` : v));

describe('every operation, with hostile arguments, as every actor', () => {
  it(
    'never answers 5xx, an internal error, a stack trace or SQL',
    async () => {
      const schema = await getSchema();
      const operations = operationsOf(schema).sort(
        (a, b) =>
          DESTRUCTIVE.indexOf(a.field.name) - DESTRUCTIVE.indexOf(b.field.name) || (a.kind === b.kind ? 0 : a.kind === 'query' ? -1 : 1),
      );
      const tally = new Tally();
      const failures: Failure[] = [];
      const distinct = new Map<string, string>();
      const pools = { ids: target.ids, words: target.words };
      console.log(`argument fuzzing: seed ${SETTINGS.seed}, ${SETTINGS.runs} cases per operation and actor (HOSTILE_SEED, HOSTILE_RUNS)`);

      const attack = async (operation: Operation, actor: HostileActor) => {
        const name = operation.field.name;
        const property = fc.asyncProperty(casesFor(operation, pools, target.examples[name]), async (c: OperationCase) => {
          const request = requestFor(operation, c);
          const caller = ENDS_SESSION.has(name) ? await target.freshCaller(actor) : target.callers[actor];
          const answer = await sendAs(target.app, caller, { query: request.query, variables: request.variables }, request.headers);
          const verdict = inspect(answer, [...stringsIn(c.args), ...Object.values(request.headers)], tables);
          tally.add(name, verdict);
          for (const problem of verdict.problems) if (!distinct.has(`${name}: ${problem}`)) distinct.set(`${name}: ${problem}`, actor);
          if (verdict.problems.length) throw new Error(verdict.problems.join('\n'));
        });
        const details = await fc.check(property, {
          seed: SETTINGS.seed,
          numRuns: SETTINGS.runs,
          timeout: 20_000,
          interruptAfterTimeLimit: 120_000,
        });
        if (details.failed && details.counterexample) {
          const [c] = details.counterexample;
          const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
          failures.push({ operation: name, actor, problem: error, request: requestFor(operation, c), shrinks: details.numShrinks });
        }
      };

      const slowest: [string, number][] = [];
      for (const operation of operations) {
        const started = Date.now();
        await Promise.all(ACTORS.map((actor) => attack(operation, actor)));
        slowest.push([operation.field.name, Date.now() - started]);
      }
      slowest.sort((a, b) => b[1] - a[1]);
      console.log(
        `slowest operations: ${slowest
          .slice(0, 8)
          .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
          .join(', ')}`,
      );

      console.log(tally.report(`argument fuzzing, ${operations.length} operations × ${ACTORS.length} actors`));
      for (const f of failures) {
        console.log(
          `FAILED ${f.operation} as ${f.actor} (seed ${SETTINGS.seed}, shrunk ${f.shrinks}×): ${f.problem}\n  query: ${f.request.query}\n  variables: ${shown(f.request.variables)}\n  headers: ${shown(f.request.headers)}`,
        );
      }
      if (distinct.size) console.log(`distinct problems seen:\n${[...distinct].map(([p, actor]) => `  [${actor}] ${p}`).join('\n')}`);
      expect(operations.length).toBeGreaterThan(60);
      expect(tally.total()).toBeGreaterThanOrEqual(operations.length * ACTORS.length * SETTINGS.runs);
      expect(failures.map((f) => `${f.operation} as ${f.actor}: ${f.problem.split('\n')[0]}`)).toEqual([]);
    },
    60_000 + SETTINGS.runs * 15_000,
  );
});
