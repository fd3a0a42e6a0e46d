import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { OutboxItem, OutboxWait } from './outbox-store';
import { submitThroughOutbox } from './submit';

/** A write the server has (`sent`, with its answer) or the device's queue holds (`queued`, and what for). */
export type Accepted = { outcome: 'sent'; result: unknown } | { outcome: 'queued'; wait: OutboxWait };

/** The server's refusal and what was sent (a form's state), so a form can tell whether it still applies. */
export interface Refusal<S> {
  subject: S;
  error: unknown;
}

type Write = Omit<OutboxItem, 'key' | 'status' | 'createdAt' | 'updatedAt' | 'attempts'>;

/**
 * A form's «Надіслати» through the device's send queue (submit.ts): whether it is sending, what the server or
 * the queue accepted, and the refusal to show. Once accepted the form's copy on the device (`draft`) is no
 * longer needed and is forgotten: the server or the queue, which shows it, has the text.
 */
export function useOutboxSubmit<S>(draft: { forget: () => void }) {
  const client = useApolloClient();
  const [sending, setSending] = useState(false);
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  const [refusal, setRefusal] = useState<Refusal<S> | null>(null);

  /** Sends `write` (made from `subject`); resolves with what was accepted, or null when the server refused. */
  const send = async (write: Write, subject: S): Promise<Accepted | null> => {
    setSending(true);
    try {
      const submitted = await submitThroughOutbox(client, write);
      if (submitted.outcome === 'refused') {
        setRefusal({ subject, error: submitted.error });
        return null;
      }
      draft.forget();
      setAccepted(submitted);
      return submitted;
    } finally {
      setSending(false);
    }
  };

  return { send, sending, accepted, refusal, clearRefusal: () => setRefusal(null) };
}
