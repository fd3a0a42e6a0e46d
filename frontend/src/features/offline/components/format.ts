import { formatDate, todayInKyiv } from '@/shared/format/dates';

/** Space in the reader's language: «45 КБ», «1,2 МБ». */
export function formatSize(bytes: number, language: string | undefined): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(language?.startsWith('en') ? 'en-GB' : 'uk', {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)));
}

/** The day something was kept, as the day in Kyiv: «29 листопада 2026 р.». */
export const formatKeptDay = (iso: string, language: string | undefined) => formatDate(todayInKyiv(new Date(iso)), language);
