import {
  defaultFieldResolver,
  GraphQLID,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Half of a UTF-16 surrogate pair on its own (JSON's `"\ud800"`): not Unicode text at all. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Every `ID` argument names a record by its UUID; no string carries NUL, which PostgreSQL cannot store, or a
 * lone surrogate, which jsonb refuses, a text column silently turns into U+FFFD and validators crash on.
 * Fields inside an input are named as the input's own checks name them (`practiceId`, not
 * `input.practiceId`), and their ids are left to those checks, which already refuse a malformed one.
 */
function check(type: GraphQLInputType, value: unknown, path: string, nested: boolean): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (Array.isArray(value)) value.forEach((entry, i) => check(inner.ofType as GraphQLInputType, entry, `${path}.${i}`, nested));
    return;
  }
  if (isInputObjectType(inner)) {
    for (const [name, field] of Object.entries(inner.getFields())) check(field.type, (value as Record<string, unknown>)[name], name, true);
    return;
  }
  if (!nested && inner === GraphQLID && !UUID.test(String(value))) throw badInput(path, 'id', 'must be a UUID, the id of a record');
  if (typeof value === 'string' && value.includes('\u0000')) throw badInput(path, 'text', 'must not contain the NUL character');
  if (typeof value === 'string' && LONE_SURROGATE.test(value))
    throw badInput(path, 'text', 'must be Unicode text (a lone surrogate is not)');
}

/**
 * Checks, before the field's resolver runs, what the database would otherwise refuse with an error of its own
 * (`invalid input syntax for type uuid`, `invalid byte sequence 0x00`): answered as the caller's mistake,
 * naming the argument, instead of an internal error. Only fields that take arguments are wrapped (in the built
 * schema, not as a type-graphql middleware, which would run around every one of the thousands of plain fields
 * of a list).
 */
export function checkArgumentsOf(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const argumentsOf = field.args;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const argument of argumentsOf) check(argument.type, args[argument.name], argument.name, false);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
