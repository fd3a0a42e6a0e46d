import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import '../outbox.css';
import { sendQueued } from '@/shared/outbox/outbox-sender';
import { useOutbox } from '@/shared/outbox/useOutbox';
import { paths } from '@/shared/router/paths';

/** How often waiting items are tried again while the device believes it is online. */
const RETRY_EVERY_MS = 30_000;

/**
 * Sends the signed-in account's queue whenever it can (now, when the connection returns, after signing in,
 * and every 30 s while something waits) and shows in the header what has not been sent yet.
 */
export function OutboxStatus({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const items = useOutbox();
  const mine = items.filter((item) => item.userId === userId);
  const waiting = mine.filter((item) => item.status === 'waiting' || item.status === 'sending').length;
  const refused = mine.filter((item) => item.status === 'failed' || item.status === 'conflict').length;

  useEffect(() => {
    const send = () => {
      if (navigator.onLine !== false) void sendQueued(client, userId);
    };
    send();
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [client, userId]);

  useEffect(() => {
    if (waiting === 0) return;
    const timer = setInterval(() => {
      if (navigator.onLine !== false) void sendQueued(client, userId);
    }, RETRY_EVERY_MS);
    return () => clearInterval(timer);
  }, [client, userId, waiting]);

  if (waiting + refused === 0) return null;
  // An icon with a count, like the bell beside it, so the phone's header stays one row; the words are for screen readers.
  return (
    <Link to={paths.outbox} className={`outbox-chip${refused > 0 ? ' outbox-chip--alert' : ''}`}>
      <svg className="outbox-chip__icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 15V4M7.5 8.5 12 4l4.5 4.5M4 14v5h16v-5" />
      </svg>
      <span className="outbox-chip__count" aria-hidden="true">
        {refused > 0 ? `!${refused}` : waiting}
      </span>
      <span className="visually-hidden">
        {refused > 0 ? t('outbox.chipRefused', { count: refused }) : t('outbox.chipWaiting', { count: waiting })}
      </span>
    </Link>
  );
}
