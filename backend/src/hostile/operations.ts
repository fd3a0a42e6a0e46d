import fc from 'fast-check';
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { argumentsFor, brokenExample, literal, OMIT, sometimes, type Pools } from './values.js';

/** How the run is sized: a fixed seed by default, so a failure found once is found again. */
export const SETTINGS = {
  seed: Number(process.env.HOSTILE_SEED ?? 20_251_118),
  /** Cases per operation and actor in the argument fuzzing. */
  runs: Number(process.env.HOSTILE_RUNS ?? 24),
  /** Random documents per actor. */
  documents: Number(process.env.HOSTILE_DOCUMENTS ?? 1_500),
};

export interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

/** Every Query and Mutation field of the schema. */
export function operationsOf(schema: GraphQLSchema): Operation[] {
  const of = (kind: Operation['kind']) =>
    Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {});
  return [
    ...of('query').map((field) => ({ kind: 'query' as const, field })),
    ...of('mutation').map((field) => ({ kind: 'mutation' as const, field })),
  ];
}

/** Every field a client could ask for without arguments, `depth` levels down, and `__typename` everywhere. */
export function fullSelection(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named))
    return `{ __typename ${
      depth > 0
        ? named
            .getTypes()
            .map((t) => `... on ${t.name} ${fullSelection(t, depth - 1)}`)
            .join(' ')
        : ''
    } }`;
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(f.type))) parts.push(f.name);
    else if (depth > 0) parts.push(`${f.name} ${fullSelection(f.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** One fuzzed call of one operation. */
export interface OperationCase {
  /** A value per argument; OMIT for one left out. */
  args: Record<string, unknown>;
  /** As variables (what apps send) or written into the document (what graphql-js parses). */
  transport: 'variables' | 'inline';
  /** A required argument left out: left out of the document (a validation error) or declared and never sent (a coercion error). */
  undeclared: boolean;
  selection: 'typename' | 'full';
  /** A type to declare the first variable with instead of its own. */
  wrongDeclaration: string | null;
  /** An Idempotency-Key header, valid or not, for mutations. */
  idempotencyKey: string | null;
}

/** Cases for one operation: arguments from their types, or a valid example with a part broken. */
export function casesFor(operation: Operation, pools: Pools, example?: Record<string, unknown>): fc.Arbitrary<OperationCase> {
  const { args: defs } = operation.field;
  const args = fc.oneof(
    { weight: 2, arbitrary: argumentsFor(defs, pools, 'typed') },
    { weight: 1, arbitrary: argumentsFor(defs, pools, 'wild') },
    { weight: example && defs.length ? 3 : 0, arbitrary: example && defs.length ? brokenExample(defs, example, pools) : fc.constant({}) },
  );
  return fc.record({
    args,
    transport: fc.constantFrom('variables' as const, 'inline' as const),
    undeclared: fc.boolean(),
    selection: fc.constantFrom('typename' as const, 'full' as const),
    wrongDeclaration: sometimes(fc.constantFrom('String', 'Int!', '[ID!]!', 'Boolean', 'NoSuchType', 'PracticeFilter'), 12, null),
    idempotencyKey:
      operation.kind === 'mutation'
        ? sometimes(fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,128}$/), fc.string({ unit: 'grapheme-ascii', maxLength: 200 })), 3, null)
        : fc.constant(null),
  });
}

export interface OperationRequest {
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

/** The request a case stands for: the document, its variables and headers. */
export function requestFor(operation: Operation, c: OperationCase): OperationRequest {
  const { field } = operation;
  const declarations: string[] = [];
  const passed: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const value = c.args[arg.name];
    const missing = value === OMIT || !(arg.name in c.args);
    if (c.transport === 'inline') {
      if (!missing) passed.push(`${arg.name}: ${literal(value, arg.type)}`);
      continue;
    }
    if (missing && !(isNonNullType(arg.type) && !c.undeclared)) continue;
    const declared = declarations.length === 0 && c.wrongDeclaration ? c.wrongDeclaration : String(arg.type);
    declarations.push(`$${arg.name}: ${declared}`);
    passed.push(`${arg.name}: $${arg.name}`);
    if (!missing) variables[arg.name] = value;
  }
  const selection = isCompositeType(getNamedType(field.type))
    ? c.selection === 'typename'
      ? '{ __typename }'
      : fullSelection(field.type)
    : '';
  const query = `${operation.kind} Hostile${declarations.length ? `(${declarations.join(', ')})` : ''} { result: ${field.name}${
    passed.length ? `(${passed.join(', ')})` : ''
  } ${selection} }`;
  const headers: Record<string, string> = {};
  if (c.idempotencyKey !== null) headers['idempotency-key'] = c.idempotencyKey;
  return { query, variables, headers };
}
