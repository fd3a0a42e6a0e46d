import { createServer, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { signedIn, type Caller } from '../../test-support/accounts.js';
import { buildOwnedCollection } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { Notification } from './notification.entity.js';
import { enableNotificationMail, smtpMailer, type Mailer, type NotificationMailSubscriber } from './notification.mail.js';

interface Received {
  from: string;
  to: string[];
  data: string;
  /** Whether the notification was already committed (seen from another connection) when the letter came. */
  committed: boolean;
}

/**
 * A stand-in for an SMTP server, a few lines over node:net: just enough of the protocol for one
 * client to hand over letters (no TLS, no authentication). It tests our sending, not a real server's
 * behaviour. `refuse` answers every recipient with 550.
 */
function smtpStandIn(options: { refuse?: boolean; onLetter?: (letter: Received) => Promise<void> } = {}) {
  const letters: Received[] = [];
  const server: Server = createServer((socket: Socket) => {
    let buffer = '';
    let inData = false;
    let letter: Received = { from: '', to: [], data: '', committed: false };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 stand-in ESMTP');
    socket.on('data', async (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf(inData ? '\r\n.\r\n' : '\r\n')) !== -1) {
        if (inData) {
          letter.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.pause();
          await options.onLetter?.(letter);
          socket.resume();
          letters.push(letter);
          letter = { from: '', to: [], data: '', committed: false };
          reply('250 queued');
          continue;
        }
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const address = () => line.replace(/^[A-Z ]+:\s*<?([^>\s]*)>?.*$/i, '$1');
        switch (line.slice(0, 4).toUpperCase()) {
          case 'EHLO':
          case 'HELO':
            reply('250 stand-in');
            break;
          case 'MAIL':
            letter.from = address();
            reply('250 ok');
            break;
          case 'RCPT':
            if (options.refuse) {
              reply('550 no such mailbox');
            } else {
              letter.to.push(address());
              reply('250 ok');
            }
            break;
          case 'DATA':
            inData = true;
            reply('354 go on');
            break;
          case 'QUIT':
            reply('221 bye');
            socket.end();
            break;
          case 'RSET':
          case 'NOOP':
            reply('250 ok');
            break;
          default:
            reply('502 not here');
        }
      }
    });
  });
  return {
    letters,
    async start(): Promise<string> {
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const address = server.address();
      return `smtp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    },
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Decodes what a mail client would show: encoded-word headers and a base64 or quoted-printable body. */
function readable(raw: string): { headers: string; body: string } {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const headers = head.replace(/\r\n[ \t]+/g, ' ').replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
  const body = rest.join('\r\n\r\n');
  if (/content-transfer-encoding:\s*base64/i.test(head))
    return { headers, body: Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') };
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return { headers, body: Buffer.from(bytes, 'latin1').toString('utf8') };
  }
  return { headers, body };
}

function capturingLog() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), lines };
}

const ADD_CO = `mutation($id: ID!, $email: String!) { addCollectionCoCurator(collectionId: $id, email: $email) { id } }`;

async function invite(app: TestApp, trainer: Caller, invited: Caller, title: string) {
  const collection = await buildOwnedCollection(app.orm.em.fork(), trainer.user!, [], { titleUk: title });
  const res = await trainer.gql(ADD_CO, { id: collection.id, email: invited.user!.email });
  return { collection, res };
}

describe('SMTP_URL', () => {
  it('is optional, and must be an smtp:// or smtps:// URL', () => {
    expect(loadConfig({}).SMTP_URL).toBeUndefined();
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465?from=poruch@example.org' }).SMTP_URL).toMatch(/^smtps:/);
    expect(() => loadConfig({ SMTP_URL: 'https://mail.example.org' })).toThrow(/SMTP_URL/);
  });
});

describe('notification e-mail', () => {
  let app: TestApp;
  let trainer: Caller;
  let mail: NotificationMailSubscriber;
  // MikroORM cannot unregister a subscriber, so the file has one, sending through each test's stand-in.
  let mailer: Mailer;
  const { log, lines } = capturingLog();

  beforeAll(async () => {
    app = await startTestApp();
    trainer = await signedIn(app, 'trainer');
    mail = enableNotificationMail(app.orm, { send: (message) => mailer.send(message) }, log, 'https://poruch.example');
  });
  afterAll(() => app?.close());

  it('goes out after the action commits, in Ukrainian, with a link to the record; the actor gets none', async () => {
    const standIn = smtpStandIn({
      onLetter: async (letter) => {
        // Asked from a connection of its own: only committed rows are visible there.
        letter.committed = (await app.orm.em.fork().count(Notification, { kind: 'co_curator_invited' })) > 0;
      },
    });
    mailer = smtpMailer(`${await standIn.start()}?from=poruch@example.org`);
    try {
      const colleague = await signedIn(app, 'trainer');
      const { collection, res } = await invite(app, trainer, colleague, 'Казкотерапія для семінару');
      expect(res.errors).toBeUndefined();
      await mail.settled();

      expect(standIn.letters).toHaveLength(1);
      const [letter] = standIn.letters;
      expect(letter).toMatchObject({ from: 'poruch@example.org', to: [colleague.user!.email], committed: true });
      const { headers, body } = readable(letter!.data);
      expect(headers).toContain('Subject: Запрошення до співкураторства: «Казкотерапія для семінару»');
      expect(body).toContain(`Вітаємо, ${colleague.user!.displayName}!`);
      expect(body).toContain(
        `${trainer.user!.displayName} запрошує вас до співкураторів добірки «Казкотерапія для семінару». Прийняти чи відхилити запрошення можна на сторінці сповіщень.`,
      );
      expect(body).toContain('Відкрити: https://poruch.example/notifications');
      void collection;
      expect(body).toContain('https://poruch.example/notifications');
    } finally {
      await standIn.stop();
    }
  });

  it('that fails is logged and never fails the action', async () => {
    const standIn = smtpStandIn({ refuse: true });
    mailer = smtpMailer(await standIn.start());
    try {
      const colleague = await signedIn(app, 'trainer');
      const { res } = await invite(app, trainer, colleague, 'Добірка для тренінгу');
      expect(res.errors).toBeUndefined();
      await mail.settled();
      expect(standIn.letters).toEqual([]);
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'notification e-mail could not be sent', kind: 'co_curator_invited' }));
      const inbox = await colleague.gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`);
      expect(inbox.data?.unreadNotificationCount).toBe(1);
    } finally {
      await standIn.stop();
    }
  });

  it('is not sent for an action that fails', async () => {
    const standIn = smtpStandIn();
    mailer = smtpMailer(await standIn.start());
    try {
      const colleague = await signedIn(app, 'trainer');
      const { collection } = await invite(app, trainer, colleague, 'Одна добірка');
      await mail.settled();
      expect(standIn.letters).toHaveLength(1);
      const refused = await trainer.gql(ADD_CO, { id: collection.id, email: 'not an address' });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      await mail.settled();
      expect(standIn.letters).toHaveLength(1);
    } finally {
      await standIn.stop();
    }
  });
});
