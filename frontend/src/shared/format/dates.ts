/**
 * Every date shown in running text, in the reader's language: «1 жовтня 2025 р.», «3 лютого — 27 червня
 * 2025 р.», «29 листопада 2026 р. о 08:54».
 *
 * Calendar dates (a period, the day a practice was tried: `2025-10-01`) are read and written in UTC, so
 * no time zone moves them by a day; instants (`2026-11-29T06:54:00Z`) are shown as the time in Kyiv,
 * where the project works, whoever reads them. Node's and the browser's ICU data put no-break spaces in
 * different places (U+00A0, U+202F before «р.», around «о»); pages are rendered on the server and
 * hydrated in the browser, where one different character breaks hydration, so the output has plain
 * spaces only.
 */

const KYIV = 'Europe/Kyiv';
/** English dates read day month year («1 October 2025»), as Ukrainian ones do. */
const locale = (language: string | undefined) => (language?.startsWith('en') ? 'en-GB' : 'uk');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(language: string | undefined, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale(language)}|${key}`;
  let found = formats.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(locale(language), options);
    formats.set(id, found);
  }
  return found;
}

/** A calendar date `YYYY-MM-DD` (or the date part of an ISO string) as a Date at midnight UTC; null when unreadable. */
function calendarDate(iso: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

const dayMonthYear = (language: string | undefined) =>
  formatter(language, 'date', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonth = (language: string | undefined) => formatter(language, 'dayMonth', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** A calendar date: «1 жовтня 2025 р.» / «1 October 2025». What cannot be read is shown as it is. */
export function formatDate(iso: string, language: string | undefined): string {
  const date = calendarDate(iso);
  return date ? plain(dayMonthYear(language).format(date)) : iso;
}

/**
 * A period of calendar dates: «3 лютого — 27 червня 2025 р.» (the year once when both ends share it),
 * «3 грудня 2024 р. — 27 червня 2025 р.»; with no end, the start alone (the caller says «триває»).
 */
export function formatPeriod(start: string, end: string | null | undefined, language: string | undefined): string {
  const from = calendarDate(start);
  const to = calendarDate(end);
  if (!from) return start;
  if (!to) return formatDate(start, language);
  if (from.getTime() === to.getTime()) return formatDate(start, language);
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
  const first = sameYear ? plain(dayMonth(language).format(from)) : formatDate(start, language);
  return `${first} — ${formatDate(end!, language)}`;
}

/** An instant as the date and time in Kyiv: «29 листопада 2026 р. о 08:54» / «29 November 2026 at 08:54». */
export function formatDateTime(iso: string, language: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return plain(
    formatter(language, 'dateTime', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: KYIV,
    }).format(date),
  );
}

/** Today's date in Kyiv, as a calendar date `YYYY-MM-DD`. */
export function todayInKyiv(now = new Date()): string {
  const parts = formatter('uk', 'iso', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: KYIV }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
