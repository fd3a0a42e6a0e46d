import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from '@/i18n/react';
import { isFieldRule, RULE_MESSAGES, type FieldRule } from './field-rules';

/** What is wrong with a field, as the rule the API or the form's own checks name, with its limits. */
export interface FieldProblem {
  kind: FieldRule;
  min?: number;
  max?: number;
}

/** Problems by field path as the API names them under `input` (`titleUk`, `steps.0.titleUk`, `comment`). */
export type FieldProblems = Record<string, FieldProblem>;

/** `input.steps.0.titleUk` → `steps.0.titleUk`; other arguments (`comment`, `note`) keep their name. */
const withoutInput = (field: string) => field.replace(/^input\./, '');

const limit = (value: unknown) => (typeof value === 'number' ? value : undefined);

/**
 * The field problems of a BAD_USER_INPUT answer (`extensions.fields`: `{ field, rule, min, max }`, the rule a
 * code the catalogue words; a code this app does not know yet reads as `invalid`); empty for any other failure.
 */
export function problemsFromApiError(error: unknown): FieldProblems {
  const problems: FieldProblems = {};
  if (!CombinedGraphQLErrors.is(error)) return problems;
  for (const graphqlError of error.errors) {
    const extensions = graphqlError.extensions ?? {};
    if (extensions.code !== 'BAD_USER_INPUT' || !Array.isArray(extensions.fields)) continue;
    for (const entry of extensions.fields as { field?: unknown; rule?: unknown; min?: unknown; max?: unknown }[]) {
      if (typeof entry?.field !== 'string') continue;
      problems[withoutInput(entry.field)] ??= {
        kind: isFieldRule(entry.rule) ? entry.rule : 'invalid',
        min: limit(entry.min),
        max: limit(entry.max),
      };
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
  return t(RULE_MESSAGES[problem.kind], { min: problem.min, max: problem.max, count: problem.max ?? problem.min ?? 0 });
}
