import type { ApolloClient } from '@apollo/client';
import { enqueue, newIdempotencyKey, readOutbox, removeItem, type OutboxItem, type OutboxWait } from './outbox-store';
import { sendQueued } from './outbox-sender';

export type Submitted =
  { outcome: 'sent'; result: unknown } | { outcome: 'queued'; wait: OutboxWait } | { outcome: 'refused'; error: unknown };

/**
 * What a form's «Надіслати» does: the write joins the device's queue with a key chosen here and the queue is
 * sent. With a connection it arrives at once (answered: `sent`, and the queue lets it go); without one, or
 * when the answer is lost, it waits in the queue (`queued`) and is sent exactly once later. A refusal
 * (`refused`) leaves the queue at once: the form still holds the text and shows what to fix.
 */
export async function submitThroughOutbox(
  client: ApolloClient,
  item: Omit<OutboxItem, 'key' | 'status' | 'createdAt' | 'updatedAt' | 'attempts'>,
): Promise<Submitted> {
  const key = newIdempotencyKey();
  if (!enqueue({ ...item, key })) return { outcome: 'refused', error: new Error('the device would not keep the queue') };
  const report = await sendQueued(client, item.userId);
  const sent = readOutbox().find((candidate) => candidate.key === key);
  if (sent?.status === 'sent') {
    removeItem(key);
    return { outcome: 'sent', result: sent.result };
  }
  if (sent?.status === 'waiting' || sent?.status === 'sending') return { outcome: 'queued', wait: sent.waitingFor ?? 'connection' };
  removeItem(key);
  return { outcome: 'refused', error: report.refusals.get(key) };
}
