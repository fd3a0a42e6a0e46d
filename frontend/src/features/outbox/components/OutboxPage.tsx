import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { useMe } from '@/shared/session/useMe';
import { ERROR_MESSAGES } from '@/shared/errors/api-error';
import { formatDateTime } from '@/shared/format/dates';
import { removeItem, type OutboxItem } from '@/shared/outbox/outbox-store';
import { retryItem, sendQueued } from '@/shared/outbox/outbox-sender';
import { useOutbox } from '@/shared/outbox/useOutbox';
import { Link, useLocation } from '@/shared/router';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import '../outbox.css';
import { paths } from '@/shared/router/paths';

/** /outbox — what this device has written and is sending, has sent, or could not send. */
export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('outbox.title'));
  const items = useOutbox();
  const open = items.filter((item) => item.status !== 'sent');
  const sent = items.filter((item) => item.status === 'sent').reverse();
  return (
    <section className="narrow outbox">
      <h1>{t('outbox.title')}</h1>
      <p>{t('outbox.intro')}</p>
      {open.length === 0 ? (
        <p className="notice notice--success" role="status">
          {t('outbox.empty')}
        </p>
      ) : (
        <ol className="outbox__list">
          {open.map((item) => (
            <li key={item.key}>
              <OutboxEntry item={item} />
            </li>
          ))}
        </ol>
      )}
      {sent.length > 0 && (
        <>
          <h2>{t('outbox.sentSection')}</h2>
          <ol className="outbox__list outbox__list--sent">
            {sent.map((item) => (
              <li key={item.key}>
                <OutboxEntry item={item} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function statusKey(item: OutboxItem) {
  if (item.status === 'waiting') return item.waitingFor === 'signIn' ? 'outbox.status.waitingSignIn' : 'outbox.status.waitingConnection';
  return `outbox.status.${item.status}` as const;
}

function OutboxEntry({ item }: { item: OutboxItem }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const { me } = useMe();
  const location = useLocation();
  const mine = me?.id === item.userId;
  const refused = item.status === 'failed' || item.status === 'conflict';
  const sendNow = () => {
    if (me) void sendQueued(client, me.id);
  };
  const remove = () => {
    if (item.status === 'sent' || window.confirm(t('outbox.removeConfirm'))) removeItem(item.key);
  };
  return (
    <article className={`outbox-item outbox-item--${item.status}`} data-status={item.status}>
      <p className="outbox-item__kind">
        {t(`outbox.kind.${item.kind}`)} · <Link to={item.about.href}>{item.about.title}</Link>
      </p>
      <blockquote className="outbox-item__text">{item.text}</blockquote>
      <p className="outbox-item__meta">
        <strong className="outbox-item__status">{t(statusKey(item))}</strong> ·{' '}
        {t('outbox.writtenAt', { date: formatDateTime(item.createdAt, i18n.language) })}
      </p>
      {item.problem && <p className="notice notice--error">{t(ERROR_MESSAGES[item.problem.code])}</p>}
      {!me && item.status !== 'sent' && (
        <p>
          <Link to={paths.signIn(location.pathname)}>{t('outbox.signIn')}</Link>
        </p>
      )}
      {me && !mine && item.status !== 'sent' && <p className="field__hint">{t('outbox.otherAccount')}</p>}
      <p className="actions">
        {mine && item.status === 'waiting' && (
          <button type="button" onClick={sendNow}>
            {t('outbox.sendNow')}
          </button>
        )}
        {mine && refused && (
          <button
            type="button"
            onClick={() => {
              retryItem(item.key);
              sendNow();
            }}
          >
            {t('outbox.retry')}
          </button>
        )}
        {item.status !== 'sending' && (
          <button type="button" onClick={remove}>
            {t('outbox.remove')}
          </button>
        )}
      </p>
    </article>
  );
}
