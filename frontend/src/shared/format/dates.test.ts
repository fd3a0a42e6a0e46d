import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPeriod, todayInKyiv } from './dates';

const noNoBreakSpaces = (text: string) => expect(text).not.toMatch(/[\u00a0\u202f]/);

describe('dates in running text', () => {
  it('writes a calendar date in words, in Ukrainian and in English', () => {
    expect(formatDate('2025-10-01', 'uk')).toBe('1 жовтня 2025 р.');
    expect(formatDate('2025-10-01', 'en')).toBe('1 October 2025');
    noNoBreakSpaces(formatDate('2025-10-01', 'uk'));
  });

  it('never moves a calendar date by a day, whatever the time zone', () => {
    expect(formatDate('2025-01-01', 'uk')).toBe('1 січня 2025 р.');
    expect(formatDate('2024-12-31T00:00:00.000Z', 'uk')).toBe('31 грудня 2024 р.');
  });

  it('names the year once in a period within one year, twice across years, and the start alone with no end', () => {
    expect(formatPeriod('2025-02-03', '2025-06-27', 'uk')).toBe('3 лютого — 27 червня 2025 р.');
    expect(formatPeriod('2024-12-03', '2025-06-27', 'uk')).toBe('3 грудня 2024 р. — 27 червня 2025 р.');
    expect(formatPeriod('2025-02-03', '2025-06-27', 'en')).toBe('3 February — 27 June 2025');
    expect(formatPeriod('2025-10-01', null, 'uk')).toBe('1 жовтня 2025 р.');
    expect(formatPeriod('2025-10-01', '2025-10-01', 'uk')).toBe('1 жовтня 2025 р.');
  });

  it('shows an instant as the time in Kyiv, with plain spaces only (the server and the browser must agree)', () => {
    const text = formatDateTime('2026-11-29T06:54:00Z', 'uk');
    expect(text).toBe('29 листопада 2026 р. о 08:54');
    noNoBreakSpaces(text);
    expect(formatDateTime('2026-07-01T21:30:00Z', 'en')).toBe('2 July 2026 at 00:30');
  });

  it('shows what it cannot read as it is, and knows today in Kyiv', () => {
    expect(formatDate('soon', 'uk')).toBe('soon');
    expect(formatDateTime('never', 'uk')).toBe('never');
    expect(todayInKyiv(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
  });
});
