import type { ParseKeys } from '@/i18n/react';

/**
 * The rules the API names when a field is refused (`extensions.fields[].rule`), the same closed set as
 * the server's (backend/src/graphql/field-rules.ts; a backend test holds the two equal and checks every
 * rule has words in both catalogues). Kept free of other imports so that test can load it.
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

/** The catalogue message of every rule; the compiler refuses a rule without one. */
export const RULE_MESSAGES = {
  required: 'contribute.rules.required',
  tooShort: 'contribute.rules.tooShort',
  tooLong: 'contribute.rules.tooLong',
  length: 'contribute.rules.length',
  tooFew: 'contribute.rules.tooFew',
  tooMany: 'contribute.rules.tooMany',
  min: 'contribute.rules.min',
  max: 'contribute.rules.max',
  integer: 'contribute.rules.integer',
  number: 'contribute.rules.number',
  date: 'contribute.rules.date',
  future: 'contribute.rules.future',
  tooEarly: 'contribute.rules.tooEarly',
  endBeforeStart: 'contribute.rules.endBeforeStart',
  groupSize: 'contribute.rules.groupSize',
  email: 'contribute.rules.email',
  unknown: 'contribute.rules.unknown',
  noOrganization: 'contribute.rules.noOrganization',
  range: 'contribute.rules.range',
  oneOf: 'contribute.rules.oneOf',
  id: 'contribute.rules.id',
  text: 'contribute.rules.text',
  cursor: 'contribute.rules.cursor',
  noChange: 'contribute.rules.noChange',
  notAllowed: 'contribute.rules.notAllowed',
  wrongPassword: 'contribute.rules.wrongPassword',
  samePassword: 'contribute.rules.samePassword',
  tooCommon: 'contribute.rules.tooCommon',
  personal: 'contribute.rules.personal',
  invalid: 'contribute.rules.invalid',
} as const satisfies Record<FieldRule, ParseKeys>;

export const isFieldRule = (value: unknown): value is FieldRule =>
  typeof value === 'string' && (FIELD_RULES as readonly string[]).includes(value);
