import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { z } from 'zod';

/**
 * What is wrong with an input field, as a code from a closed set. The web app maps every code to a
 * message in the reader's language (a test holds its list to this one), so rewording a message here or
 * upgrading a validator changes nothing a librarian sees. `message` stays for other API clients.
 */
export const FIELD_RULES = [
  'required',
  'tooShort',
  'tooLong',
  'length',
  'tooFew',
  'tooMany',
  'min',
  'max',
  'integer',
  'number',
  'date',
  'future',
  'tooEarly',
  'endBeforeStart',
  'groupSize',
  'email',
  'unknown',
  'noOrganization',
  'range',
  'oneOf',
  'id',
  'text',
  'cursor',
  'noChange',
  'notAllowed',
  'wrongPassword',
  'samePassword',
  'tooCommon',
  'personal',
  'invalid',
] as const;
export type FieldRule = (typeof FIELD_RULES)[number];

/** One field at fault: its path under the argument (`input.steps.0.titleUk`), the rule, its limits. */
export interface FieldProblem {
  field: string;
  rule: FieldRule;
  min?: number;
  max?: number;
  message: string;
}

export const fieldProblem = (
  field: string,
  rule: FieldRule,
  message: string,
  limits: { min?: number; max?: number } = {},
): FieldProblem => ({
  field,
  rule,
  ...(limits.min !== undefined ? { min: limits.min } : {}),
  ...(limits.max !== undefined ? { max: limits.max } : {}),
  message,
});

/** The rule a zod issue breaks (zod 4 issue codes), with its limit; parse with `reportInput` to tell a missing field. */
export function zodIssueRule(issue: z.core.$ZodIssue): Pick<FieldProblem, 'rule' | 'min' | 'max'> {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { rule: 'required' } : { rule: 'tooShort', min };
      if (issue.origin === 'array' || issue.origin === 'set') return { rule: 'tooFew', min };
      return { rule: 'min', min };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { rule: 'tooLong', max };
      if (issue.origin === 'array' || issue.origin === 'set') return { rule: 'tooMany', max };
      return { rule: 'max', max };
    }
    case 'invalid_type':
      if (issue.input === undefined) return { rule: 'required' };
      if (issue.expected === 'int') return { rule: 'integer' };
      if (issue.expected === 'number') return { rule: 'number' };
      return { rule: 'invalid' };
    case 'invalid_format':
      return { rule: issue.format === 'date' || issue.format === 'datetime' ? 'date' : 'invalid' };
    case 'invalid_value':
      return { rule: 'unknown' };
    default:
      return { rule: 'invalid' };
  }
}

/**
 * A class-validator constraint as a rule. Limits come from the decorator's own arguments in
 * class-validator's metadata; a custom validator names its rule in `context: { rule }`, or in
 * `context: { ruleOf(value) }` when the rule depends on the value.
 */
export function validatorRule(error: ValidationError, constraint: string): Pick<FieldProblem, 'rule' | 'min' | 'max'> {
  const context = error.contexts?.[constraint] as
    { rule?: FieldRule; ruleOf?: (value: unknown) => FieldRule; min?: number; max?: number } | undefined;
  if (context?.ruleOf) return { rule: context.ruleOf(error.value) };
  if (context?.rule) return { rule: context.rule, min: context.min, max: context.max };
  const args = constraintArguments(error, constraint);
  switch (constraint) {
    case 'isDefined':
    case 'isNotEmpty':
      return { rule: 'required' };
    case 'maxLength':
      return { rule: 'tooLong', max: args[0] };
    case 'minLength':
      return { rule: 'tooShort', min: args[0] };
    case 'length':
      return { rule: 'length', min: args[0], max: args[1] };
    case 'arrayMaxSize':
      return { rule: 'tooMany', max: args[0] };
    case 'arrayMinSize':
      return { rule: 'tooFew', min: args[0] };
    case 'min':
      return { rule: 'min', min: args[0] };
    case 'max':
      return { rule: 'max', max: args[0] };
    case 'isInt':
      return { rule: 'integer' };
    case 'isEmail':
      return { rule: 'email' };
    case 'isIn':
      return { rule: 'unknown' };
    case 'isUuid':
      return { rule: 'id' };
    default:
      return { rule: 'invalid' };
  }
}

function constraintArguments(error: ValidationError, constraint: string): (number | undefined)[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.constraintCls?.name)?.toLowerCase() === constraint.toLowerCase());
  return (metadata?.constraints ?? []).map((c: unknown) => (typeof c === 'number' ? c : undefined));
}
