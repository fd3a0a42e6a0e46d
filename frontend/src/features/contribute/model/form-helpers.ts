import type { FieldProblems } from '@/shared/forms/problems';

/** Limits of the API's content rules (backend catalog.limits.ts), mirrored for checks before sending. */
export const LIMITS = {
  title: 160,
  summary: 600,
  longText: 20_000,
  shortText: 2_000,
  listItem: 300,
  unit: 60,
  themes: 3,
  steps: 30,
  outcomes: 30,
  impactStories: 20,
  goals: 10,
} as const;

let counter = 0;
/** A key for a row of a list the author can reorder; never sent to the API. */
export const rowKey = () => `row-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Text with one item per line, as a list without blanks. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Trimmed text, or null when empty (the API reads null as "not given"). */
export const optionalText = (text: string) => (text.trim() ? text.trim() : null);

/** A whole number typed in a field, or null when empty or not a number. */
export function optionalInt(text: string): number | null {
  if (!text.trim()) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Checks run before sending, the API's main rules; it has the last word on everything else. */
export class Checks {
  readonly problems: FieldProblems = {};

  private add(path: string, problem: FieldProblems[string]) {
    this.problems[path] ??= problem;
  }

  required(path: string, text: string, max: number) {
    if (!text.trim()) this.add(path, { kind: 'required' });
    else if (text.trim().length > max) this.add(path, { kind: 'tooLong', max });
  }

  optional(path: string, text: string, max: number) {
    if (text.trim().length > max) this.add(path, { kind: 'tooLong', max });
  }

  list(path: string, items: readonly string[], min: number, max: number, itemMax?: number) {
    if (items.length < min) this.add(path, { kind: 'tooFew', min });
    else if (items.length > max) this.add(path, { kind: 'tooMany', max });
    if (itemMax) items.forEach((item, i) => item.length > itemMax && this.add(`${path}.${i}`, { kind: 'tooLong', max: itemMax }));
  }

  int(path: string, text: string, min: number, options: { required?: boolean; max?: number } = {}) {
    if (!text.trim()) {
      if (options.required) this.add(path, { kind: 'required' });
      return;
    }
    const n = Number(text);
    if (!Number.isInteger(n)) this.add(path, { kind: 'integer' });
    else if (n < min) this.add(path, { kind: 'min', min });
    else if (options.max !== undefined && n > options.max) this.add(path, { kind: 'max', max: options.max });
  }

  date(path: string, text: string, required: boolean) {
    if (!text) {
      if (required) this.add(path, { kind: 'required' });
    } else if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) this.add(path, { kind: 'date' });
  }

  fail(path: string, problem: FieldProblems[string]) {
    this.add(path, problem);
  }
}
