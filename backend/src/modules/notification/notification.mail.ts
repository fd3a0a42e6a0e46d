import type { EntityManager as CoreEntityManager, EventSubscriber, MikroORM, TransactionEventArgs } from '@mikro-orm/core';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { NotificationKind, NotificationPayload } from './notification.kinds.js';
import { mailText } from './notification.messages.js';

/** One notification on its way to an inbox. */
export interface OutgoingMail {
  to: string;
  name: string;
  kind: NotificationKind;
  payload: NotificationPayload;
}

/** Sends one plain-text letter; rejects when the server refuses it. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

// Letters wait here, keyed by the outermost database transaction, until it commits. A rolled-back
// transaction is never seen again, and its letters go with it.
const waiting = new WeakMap<object, OutgoingMail[]>();

/** MikroORM links a savepoint to the transaction around it under a private symbol; commit hooks run on the outermost one. */
function outermost(transaction: object): object {
  let current = transaction as Record<symbol, unknown>;
  for (;;) {
    const key = Object.getOwnPropertySymbols(current).find((s) => s.description === 'parentTransaction');
    const parent = key ? current[key] : undefined;
    if (!parent || typeof parent !== 'object') return current;
    current = parent as Record<symbol, unknown>;
  }
}

/** Keeps the letters of notifications written in `em`'s transaction until it commits (see NotificationMailSubscriber). */
export function queueMail(em: CoreEntityManager, mails: OutgoingMail[]): void {
  const transaction = em.getTransactionContext<object>();
  if (!transaction || !mails.length) return;
  const key = outermost(transaction);
  waiting.set(key, [...(waiting.get(key) ?? []), ...mails]);
}

/**
 * Sends the letters of a transaction once it has committed. Registered only when SMTP_URL is set. The
 * action does not wait for the mail server, and a letter that fails is logged, never retried, and
 * never fails the action: the notification itself is already in the app.
 */
export class NotificationMailSubscriber implements EventSubscriber {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly mailer: Mailer,
    private readonly log: Logger,
    private readonly publicUrl: string,
  ) {}

  afterTransactionCommit({ transaction }: TransactionEventArgs): void {
    const mails = transaction ? waiting.get(transaction as object) : undefined;
    if (!mails) return;
    waiting.delete(transaction as object);
    for (const mail of mails) {
      const sending = this.sendOne(mail).finally(() => this.inFlight.delete(sending));
      this.inFlight.add(sending);
    }
  }

  /** Resolves once every letter handed over so far has been sent or has failed (for shutdown and tests). */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  private async sendOne(mail: OutgoingMail): Promise<void> {
    try {
      await this.mailer.send({ to: mail.to, ...mailText(mail.kind, mail.payload, mail.name, this.publicUrl) });
      this.log.info({ kind: mail.kind }, 'notification e-mailed');
    } catch (err) {
      this.log.warn({ err, kind: mail.kind }, 'notification e-mail could not be sent');
    }
  }
}

/**
 * An SMTP mailer from a URL such as `smtps://user:pass@mail.example.org:465?from=poruch@example.org`.
 * `from` names the sender; without it, `poruch@<the SMTP host>`.
 */
export function smtpMailer(smtpUrl: string): Mailer {
  const url = new URL(smtpUrl);
  const from = url.searchParams.get('from') ?? `poruch@${url.hostname}`;
  url.searchParams.delete('from');
  const transport = nodemailer.createTransport(url.toString());
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from: { name: 'Поруч', address: from }, to, subject, text });
    },
  };
}

/** Turns e-mail on for this ORM: every later transaction that writes notifications sends them after commit. */
export function enableNotificationMail(orm: MikroORM, mailer: Mailer, log: Logger, publicUrl: string): NotificationMailSubscriber {
  const subscriber = new NotificationMailSubscriber(mailer, log, publicUrl);
  orm.em.getEventManager().registerSubscriber(subscriber);
  return subscriber;
}
