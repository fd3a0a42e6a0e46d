/**
 * Sends the queue (outbox-store.ts) in the order it was written, each item with its own Idempotency-Key, so
 * an item whose answer was lost is sent again as the same request and the server answers with the first
 * result (for 24 hours) instead of making a second record.
 *
 * One item at a time, oldest first: when the connection or the sign-in is missing, sending stops there and
 * the rest waits behind it. A refusal (bad input, no right, the record changed) is kept with the item for the
 * person to see; the items after it go on.
 */
import type { ApolloClient, DocumentNode } from '@apollo/client';
import { ServerError, ServerParseError } from '@apollo/client/errors';
import { toApiProblem, type ApiProblem } from '../errors/api-error';
import { idempotencyContext, readOutbox, updateItem, type OutboxItem, type OutboxWait } from './outbox-store';

export interface SendReport {
  sent: number;
  /** Why sending stopped before the end of the queue, if it did. */
  stoppedFor?: OutboxWait;
  /** The errors of refused items, by key, for a form that wants to mark its fields. */
  refusals: Map<string, unknown>;
}

/** When an item should simply be sent again later, and what it waits for; null for a refusal to keep. */
export function waitFor(error: unknown, problem: ApiProblem): OutboxWait | null {
  // No answer, a cut-off answer, or a failing proxy: the same request goes again and the server replays its result.
  if (problem.code === 'NETWORK' || ServerParseError.is(error)) return 'connection';
  if (ServerError.is(error) && error.statusCode >= 502) return 'connection';
  if (problem.code === 'RATE_LIMITED' || problem.code === 'SERVICE_UNAVAILABLE') return 'connection';
  if (problem.code === 'UNAUTHENTICATED') return 'signIn';
  // The same key is being answered right now (another tab, or the request before a lost answer): ask again.
  if (problem.code === 'CONFLICT' && 'Idempotency-Key' in problem.fields) return 'connection';
  return null;
}

async function sendOne(client: ApolloClient, item: OutboxItem) {
  const { data } = await client.mutate({
    mutation: item.request.document as DocumentNode,
    variables: item.request.variables,
    context: idempotencyContext(item.key),
  });
  return data;
}

let running: Promise<SendReport> | null = null;

/**
 * Sends the signed-in account's waiting items, oldest first; one run at a time in this tab. A call during a
 * run waits for it and then runs again, so an item queued meanwhile is not left behind.
 */
export function sendQueued(client: ApolloClient, userId: string): Promise<SendReport> {
  if (running) return running.then(() => sendQueued(client, userId));
  running = run(client, userId).finally(() => {
    running = null;
  });
  return running;
}

async function run(client: ApolloClient, userId: string): Promise<SendReport> {
  const report: SendReport = { sent: 0, refusals: new Map() };
  // An item left «sending» by a closed tab was perhaps never answered: it goes again with its key.
  const queue = readOutbox().filter((item) => item.userId === userId && (item.status === 'waiting' || item.status === 'sending'));
  for (const item of queue) {
    updateItem(item.key, (current) => ({ ...current, status: 'sending', attempts: current.attempts + 1 }));
    try {
      const result = await sendOne(client, item);
      updateItem(item.key, ({ waitingFor: _w, problem: _p, ...current }) => ({ ...current, status: 'sent', result }));
      report.sent += 1;
    } catch (error) {
      const problem = toApiProblem(error);
      const wait = waitFor(error, problem);
      if (wait) {
        updateItem(item.key, (current) => ({ ...current, status: 'waiting', waitingFor: wait }));
        report.stoppedFor = wait;
        break;
      }
      const status = problem.code === 'CONFLICT' ? 'conflict' : 'failed';
      updateItem(item.key, ({ waitingFor: _w, ...current }) => ({
        ...current,
        status,
        problem: { code: problem.code, fields: problem.fields },
      }));
      report.refusals.set(item.key, error);
    }
  }
  return report;
}

/** Puts a refused item back in the queue (the person chose «Спробувати ще»). */
export function retryItem(key: string): void {
  updateItem(key, ({ problem: _p, ...current }) => ({ ...current, status: 'waiting', waitingFor: 'connection' }));
}
