import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from '../../../i18n/react';

/** What is wrong with a field, by kind, so the message comes from the catalogue in the reader's language. */
export type RuleKind =
  | 'required'
  | 'tooLong'
  | 'tooFew'
  | 'tooMany'
  | 'min'
  | 'max'
  | 'integer'
  | 'number'
  | 'date'
  | 'unknown'
  | 'groupSize'
  | 'length'
  | 'tooShort'
  | 'future'
  | 'tooEarly'
  | 'endBeforeStart'
  | 'noOrganization'
  | 'invalid';

export interface FieldProblem {
  kind: RuleKind;
  min?: number;
  max?: number;
}

/** Problems by field path as the API names them under `input` (`titleUk`, `steps.0.titleUk`, `comment`). */
export type FieldProblems = Record<string, FieldProblem>;

const num = (match: RegExpMatchArray | null, group = 1) => (match ? Number(match[group]) : undefined);

/** Reads one rule text of the API (its zod and class-validator wording) as a kind with its limits. */
export function ruleFromApi(rule: string): FieldProblem {
  let m: RegExpMatchArray | null;
  if (/must not be empty|should not be empty|cannot be cleared/.test(rule)) return { kind: 'required' };
  if ((m = rule.match(/Too big: expected string to have <=\s*(\d+)/)) || (m = rule.match(/at most (\d+) characters/)))
    return { kind: 'tooLong', max: num(m) };
  if ((m = rule.match(/Too small: expected string to have >=\s*(\d+)/)))
    return { kind: num(m) === 1 ? 'required' : 'tooShort', min: num(m) };
  if ((m = rule.match(/Too small: expected array to have >=\s*(\d+)/))) return { kind: 'tooFew', min: num(m) };
  if ((m = rule.match(/Too big: expected array to have <=\s*(\d+)/))) return { kind: 'tooMany', max: num(m) };
  if ((m = rule.match(/Too small: expected number to be >=\s*(\d+)/)) || (m = rule.match(/must not be less than (\d+)/)))
    return { kind: 'min', min: num(m) };
  if ((m = rule.match(/Too big: expected number to be <=\s*(\d+)/)) || (m = rule.match(/must not be greater than (\d+)/)))
    return { kind: 'max', max: num(m) };
  if ((m = rule.match(/is required \(at least (\d+)/))) return { kind: 'tooShort', min: num(m) };
  if ((m = rule.match(/must be (\d+)–(\d+) characters/))) return { kind: 'length', min: num(m), max: num(m, 2) };
  if (/must not be less than min/.test(rule)) return { kind: 'groupSize' };
  if (/expected int|integer number/.test(rule)) return { kind: 'integer' };
  if (/expected number|must be a number/.test(rule)) return { kind: 'number' };
  if (/in the future/.test(rule)) return { kind: 'future' };
  if (/must not be before/.test(rule)) return { kind: 'tooEarly' };
  if (/date/i.test(rule)) return { kind: 'date' };
  if (/^unknown |must be a published practice|is not one of your/.test(rule)) return { kind: 'unknown' };
  if (/set your organisation/.test(rule)) return { kind: 'noOrganization' };
  return { kind: 'invalid' };
}

/** `input.steps.0.titleUk` → `steps.0.titleUk`; other arguments (`comment`, `note`) keep their name. */
const withoutInput = (field: string) => field.replace(/^input\./, '');

/** The field problems of a BAD_USER_INPUT answer; empty for any other failure. */
export function problemsFromApiError(error: unknown): FieldProblems {
  const problems: FieldProblems = {};
  if (!CombinedGraphQLErrors.is(error)) return problems;
  for (const graphqlError of error.errors) {
    const extensions = graphqlError.extensions ?? {};
    if (extensions.code !== 'BAD_USER_INPUT') continue;
    if (Array.isArray(extensions.fields)) {
      for (const entry of extensions.fields as { field?: unknown; rules?: unknown }[]) {
        if (typeof entry?.field !== 'string') continue;
        const rule = Array.isArray(entry.rules) && typeof entry.rules[0] === 'string' ? entry.rules[0] : '';
        problems[withoutInput(entry.field)] ??= ruleFromApi(rule);
      }
    } else if (typeof extensions.field === 'string') {
      // A single-field answer names the rule in its message: "input.groupSize.max: must not be less than min".
      const rule = graphqlError.message.slice(graphqlError.message.indexOf(':') + 1).trim();
      problems[withoutInput(extensions.field)] ??= ruleFromApi(rule);
    }
  }
  return problems;
}

/** The problem at `path`, or at any position of the list `path` (`themes` also answers for `themes.0`). */
export function problemAt(problems: FieldProblems, path: string): FieldProblem | undefined {
  if (problems[path]) return problems[path];
  const prefix = `${path}.`;
  const key = Object.keys(problems).find((k) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)));
  return key ? problems[key] : undefined;
}

/** The catalogue message for a problem. */
export function problemMessage(t: TFunction, problem: FieldProblem): string {
  return t(`contribute.rules.${problem.kind}`, { min: problem.min, max: problem.max, count: problem.max ?? problem.min ?? 0 });
}
