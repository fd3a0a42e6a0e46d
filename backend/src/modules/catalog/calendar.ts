/** Where the librarians are: the dates they write (a report's, a follow-up's, a period's start) are theirs. */
export const LIBRARY_TIME_ZONE = 'Europe/Kyiv';

/** Today's date (YYYY-MM-DD) where the librarians are; a date after it is in the future. */
export function todayInUkraine(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: LIBRARY_TIME_ZONE });
}
