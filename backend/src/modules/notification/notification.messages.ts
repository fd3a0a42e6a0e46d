import type { NotificationKind, NotificationPayload } from './notification.kinds.js';

/**
 * The Ukrainian words of notification e-mails: a small catalogue on the server, because a letter is
 * written when nobody's browser is there to translate it. Verbs in the present tense or the passive
 * voice, so no sentence guesses anyone's gender.
 */
const UK = {
  greeting: 'Вітаємо, {{name}}!',
  decided: {
    approved: { subject: 'Опубліковано: «{{title}}»', text: 'Модератор схвалив ваше подання «{{title}}». Його опубліковано.' },
    changes_requested: {
      subject: 'Потрібні зміни: «{{title}}»',
      text: 'Модератор просить доопрацювати ваше подання «{{title}}» і надіслати його знову.',
    },
    rejected: { subject: 'Подання відхилено: «{{title}}»', text: 'Модератор відхилив ваше подання «{{title}}».' },
  },
  moderatorComment: {
    subject: 'Коментар модератора: «{{title}}»',
    text: 'Модератор приховав ваш звіт про спробу практики «{{title}}».',
  },
  comment: 'Коментар модератора: {{comment}}',
  practiceTried: {
    subject: 'Вашу практику спробували: «{{title}}»',
    text: 'Вашу практику «{{title}}» спробували в іншій громаді: {{community}}, {{organization}}.',
  },
  coAuthorAdded: {
    subject: 'Вас додано до співавторів: «{{title}}»',
    text: '{{actor}} додає вас до співавторів запису «{{title}}». Тепер ви можете його редагувати.',
  },
  coCuratorAdded: {
    subject: 'Вас додано до співкураторів: «{{title}}»',
    text: '{{actor}} додає вас до співкураторів добірки «{{title}}». Тепер ви можете змінювати її записи.',
  },
  coAuthorInvited: {
    subject: 'Запрошення до співавторства: «{{title}}»',
    text: '{{actor}} запрошує вас до співавторів запису «{{title}}». Прийняти чи відхилити запрошення можна на сторінці сповіщень.',
  },
  coCuratorInvited: {
    subject: 'Запрошення до співкураторства: «{{title}}»',
    text: '{{actor}} запрошує вас до співкураторів добірки «{{title}}». Прийняти чи відхилити запрошення можна на сторінці сповіщень.',
  },
  open: 'Відкрити: {{url}}',
  all: 'Усі сповіщення: {{url}}',
  footer: 'Цей лист надіслано автоматично з «Поруч». Відповідати на нього не потрібно.',
} as const;

const fill = (template: string, values: Record<string, string | undefined | null>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');

/** Where a notification leads in the web app: the public page, or the editor while the record is not published. */
export function notificationPath(kind: NotificationKind, p: NotificationPayload): string {
  // Answered where the invitations are listed.
  if (kind === 'co_author_invited' || kind === 'co_curator_invited') return '/notifications';
  if (p.recordType === 'collection') return `/collections/${encodeURIComponent(p.slug)}`;
  const publicPath =
    p.recordType === 'practice' ? `/practices/${encodeURIComponent(p.slug)}` : `/case-studies/${encodeURIComponent(p.slug)}`;
  const editorPath = `/contribute/${p.recordType === 'practice' ? 'practice' : 'case-study'}/${encodeURIComponent(p.recordId)}`;
  if (kind === 'co_author_added') return editorPath;
  if (kind === 'submission_decided' && p.outcome !== 'approved') return editorPath;
  return publicPath;
}

export interface MailText {
  subject: string;
  text: string;
}

/** The subject and plain-text body of one notification's e-mail. */
export function mailText(kind: NotificationKind, p: NotificationPayload, recipientName: string, publicUrl: string): MailText {
  const values = {
    title: p.title,
    comment: p.comment,
    community: p.communityName,
    organization: p.organizationName,
    actor: p.actorName,
  };
  const messages: Record<Exclude<NotificationKind, 'submission_decided'>, MailText> = {
    moderator_comment: UK.moderatorComment,
    practice_tried: UK.practiceTried,
    co_author_added: UK.coAuthorAdded,
    co_curator_added: UK.coCuratorAdded,
    co_author_invited: UK.coAuthorInvited,
    co_curator_invited: UK.coCuratorInvited,
  };
  const message = kind === 'submission_decided' ? UK.decided[p.outcome ?? 'approved'] : messages[kind];
  const lines = [fill(UK.greeting, { name: recipientName }), '', fill(message.text, values)];
  if (p.comment && (kind === 'submission_decided' || kind === 'moderator_comment')) lines.push('', fill(UK.comment, values));
  lines.push(
    '',
    fill(UK.open, { url: `${publicUrl}${notificationPath(kind, p)}` }),
    fill(UK.all, { url: `${publicUrl}/notifications` }),
    '',
    '—',
    UK.footer,
  );
  return { subject: fill(message.subject, values), text: `${lines.join('\n')}\n` };
}
