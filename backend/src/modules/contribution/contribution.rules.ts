import { z } from 'zod';
import { badFields } from '../../graphql/errors.js';
import { fieldProblem, zodIssueRule } from '../../graphql/field-rules.js';

/*
 * A contributed record is held to its feature's content rules (practice/practice.content.ts,
 * case-study/case-study.content.ts), the very rules the seed files are held to.
 */

/** GraphQL sends absent optional fields as null; the rules read them as missing. */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, dropNulls(v)]),
    );
  }
  return value;
}

/** Validates content against its rules; every problem is named by its path under `input`. */
export function parseContent<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  // With the input in each issue, a missing field (required) tells from one of the wrong type.
  const result = schema.safeParse(dropNulls(JSON.parse(JSON.stringify(input ?? {}))), { reportInput: true });
  if (result.success) return result.data;
  throw badFields(
    result.error.issues.map((issue) => {
      const { rule, min, max } = zodIssueRule(issue);
      return fieldProblem(['input', ...issue.path].join('.'), rule, issue.message, { min, max });
    }),
  );
}
