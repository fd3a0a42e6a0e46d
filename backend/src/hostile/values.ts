import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';

/** An argument or input field left out of the request altogether. */
export const OMIT = '<omitted>' as const;

/** What the pools offer besides random text: real ids and real slugs, tokens, e-mails. */
export interface Pools {
  ids: string[];
  words: string[];
}

/** Fragments that have broken other servers: SQL, markup, templates, paths, format strings, LIKE and tsquery syntax. */
const FRAGMENTS = [
  "' OR '1'='1",
  "'; DROP TABLE practice; --",
  "1' UNION SELECT password_hash FROM app_user --",
  '" OR ""="',
  '\\',
  "\\'",
  '%',
  '_%',
  '%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%',
  '$1',
  '?',
  '::text',
  "E'\\x00'",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '[click](javascript:alert(1))',
  '![x](data:text/html;base64,PHNjcmlwdD4=)',
  '{{7*7}}',
  '${7*7}',
  '#{7*7}',
  '../../../../etc/passwd',
  '%s%s%s%n',
  '!(&|:*)',
  "a & | ! <-> ( ) : * ' \\",
  'казка & | !!',
  '()[]{}.*+?^$|\\',
  '(a+)+$',
  'null',
  'undefined',
  'NaN',
  '-0',
  'true',
  '{}',
  '[]',
  '__proto__',
  'constructor',
  ' ',
  '\t\n\r',
  '',
];

/** Characters that trip up encoders, databases and parsers. */
const AWKWARD = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\ud800',
  '\udfff',
  '😀',
  '👩‍👩‍👧‍👦',
  'і',
  'ї',
  'ʼ',
  'ё',
  'ß',
  'İ',
  'ﬀ',
  'a\u0301\u0301\u0301',
  '"',
  "'",
  '\\',
  '<',
  '&',
];

/** Text of any kind: printable, any code unit at all, awkward characters, fragments, huge, real words. */
export function hostileString(pools: Pools): fc.Arbitrary<string> {
  const huge = fc
    .tuple(fc.constantFrom(1_000, 5_000, 20_001, 60_000, 120_000), fc.constantFrom('a', 'я', '😀', ' ', '%', '\u0000', 'аб '))
    .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...AWKWARD), minLength: 1, maxLength: 12 }) },
    { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...AWKWARD)).map(([a, b]) => a + b + a) },
    { weight: 1, arbitrary: huge },
    { weight: 3, arbitrary: fc.constantFrom(...pools.words, 'new@example.org', 'a@b', '@', 'x'.repeat(300) + '@example.org') },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.constantFrom('2025-02-30', '0000-00-00', '9999-12-31', '2025-13-01', '1900-01-01', '2025-1-1') },
  );
}

/** Ids: real ones of every kind, random UUIDs, and things that only look like one; in `typed` mode always a string. */
export function hostileId(pools: Pools, mode: 'wild' | 'typed' = 'wild'): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...pools.ids) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.uuid({ version: [4] }).map((u) => u.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...pools.ids).map((id) => `{${id}}`) },
    { weight: 1, arbitrary: fc.constantFrom(...pools.ids).map((id) => id.replace(/-/g, '')) },
    { weight: 1, arbitrary: fc.constantFrom(...pools.ids).map((id) => `${id} `) },
    { weight: 1, arbitrary: fc.constantFrom(...pools.ids).map((id) => `${id}\u0000`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1', '0', '-1'),
    },
    { weight: mode === 'wild' ? 1 : 0, arbitrary: fc.integer() },
    { weight: 2, arbitrary: hostileString(pools) },
  );
}

/** Integers inside and far outside 32 bits, and numbers that are not integers. */
export function hostileInt(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -5, max: 130 }) },
    { weight: 2, arbitrary: fc.constantFrom(0, -1, 1, 99, 100, 101, 1_000, 10_000, 2 ** 31 - 1, -(2 ** 31)) },
    { weight: 2, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e21, -1e308, 1.5, -0.0001) },
  );
}

function hostileFloat(): fc.Arbitrary<number> {
  return fc.oneof(hostileInt(), fc.double({ noNaN: true, noDefaultInfinity: true }));
}

/** A value of the wrong kind for wherever it goes. */
function wrongKind(pools: Pools): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constantFrom(...FRAGMENTS),
    fc.constant({}),
    fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), { maxLength: 3 }),
    fc.dictionary(fieldName(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    fc.constantFrom(...pools.ids),
  );
}

/** A name GraphQL accepts as a field name, of the kind a mistaken client sends. */
export function fieldName(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.stringMatching(/^[_a-zA-Z][_a-zA-Z0-9]{0,12}$/),
    fc.constantFrom('id', 'slug', '__typename', '__proto__', 'constructor', 'toString', 'titleUk', 'version', 'where', 'orderBy'),
  );
}

function leaf(named: GraphQLNamedType, pools: Pools, mode: 'wild' | 'typed'): fc.Arbitrary<unknown> {
  const wild = mode === 'wild' ? 1 : 0;
  if (isEnumType(named)) {
    const names = named.getValues().map((v) => v.name);
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...names) },
      { weight: wild, arbitrary: fc.constantFrom(...names).map((n) => n.toLowerCase()) },
      { weight: wild, arbitrary: fc.constantFrom(...names).map((n) => `${n} `) },
      { weight: wild, arbitrary: fc.stringMatching(/^[A-Z_]{1,12}$/) },
      { weight: wild, arbitrary: hostileString(pools) },
    );
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID':
        return hostileId(pools, mode);
      case 'Int':
        return mode === 'typed' ? hostileInt().filter((n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31) : hostileInt();
      case 'Float':
        return hostileFloat();
      case 'Boolean':
        return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: wild, arbitrary: fc.constantFrom('true', 0, 1) });
      case 'String':
        return hostileString(pools);
      default:
        return fc.oneof(hostileString(pools), fc.jsonValue({ maxDepth: 2 }));
    }
  }
  return fc.constant(null);
}

/** Values for the items of a very long list: real ids and words, so the list is long, not the request huge. */
function cheapLeaf(named: GraphQLNamedType, pools: Pools, mode: 'wild' | 'typed'): fc.Arbitrary<unknown> {
  if (named.name === 'ID') return fc.constantFrom(...pools.ids);
  if (named.name === 'String') return fc.constantFrom(...pools.words);
  return leaf(named, pools, mode);
}

/**
 * Values for an argument or input field of a type, with hostile content. `wild`: sometimes of the wrong kind,
 * null, or missing even where required, and input objects sometimes with fields they do not have. `typed`:
 * always of the type, so the case gets past GraphQL's own checks to the resolver's.
 */
export function valueFor(type: GraphQLInputType, pools: Pools, mode: 'wild' | 'typed', depth = 0): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = (required ? type.ofType : type) as GraphQLInputType;
  let shaped: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const item = valueFor(inner.ofType as GraphQLInputType, pools, mode, depth + 1);
    shaped = fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: mode === 'wild' ? 1 : 0, arbitrary: item },
      {
        weight: depth < 2 && !isInputObjectType(getNamedType(inner)) ? 1 : 0,
        arbitrary: fc.array(cheapLeaf(getNamedType(inner), pools, mode), { minLength: 101, maxLength: 300 }),
      },
    );
  } else if (isInputObjectType(inner)) {
    if (depth > 4) shaped = fc.constant({});
    else {
      const fields = Object.values(inner.getFields());
      const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, pools, mode, depth + 1)])));
      const extra =
        mode === 'wild' ? sometimes(fc.dictionary(fieldName(), wrongKind(pools), { minKeys: 1, maxKeys: 3 }), 5, {}) : fc.constant({});
      shaped = fc.tuple(record, extra).map(([known, unknown]) => withoutOmitted({ ...unknown, ...(known as Record<string, unknown>) }));
    }
  } else shaped = leaf(inner, pools, mode);
  if (mode === 'typed') return required ? shaped : fc.oneof({ weight: 6, arbitrary: shaped }, fc.constant(OMIT), fc.constant(null));
  return fc.oneof(
    { weight: 14, arbitrary: shaped },
    { weight: 1, arbitrary: wrongKind(pools) },
    { weight: required ? 1 : 3, arbitrary: fc.constant(OMIT) },
    { weight: required ? 1 : 2, arbitrary: fc.constant(null) },
  );
}

/** `arbitrary` once in `oneIn` cases, else `otherwise`. */
export function sometimes<T, U>(arbitrary: fc.Arbitrary<T>, oneIn: number, otherwise: U): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(otherwise) }, { weight: 1, arbitrary });
}

export function withoutOmitted(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== OMIT));
}

/** Arguments for a field: one value per argument (OMIT for left out). */
export function argumentsFor(
  args: readonly GraphQLArgument[],
  pools: Pools,
  mode: 'wild' | 'typed',
): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, pools, mode)])));
}

interface Leaf {
  path: (string | number)[];
  type: GraphQLInputType;
}

/** Every place in a set of arguments where a value sits or could sit, with its type. */
function places(args: readonly GraphQLArgument[], example: Record<string, unknown>): Leaf[] {
  const out: Leaf[] = [];
  const walk = (type: GraphQLInputType, value: unknown, path: (string | number)[]) => {
    out.push({ path, type });
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner) && Array.isArray(value)) value.forEach((v, i) => walk(inner.ofType as GraphQLInputType, v, [...path, i]));
    else if (isInputObjectType(inner) && value && typeof value === 'object')
      for (const field of Object.values(inner.getFields()))
        walk(field.type, (value as Record<string, unknown>)[field.name], [...path, field.name]);
  };
  for (const a of args) walk(a.type, example[a.name], [a.name]);
  return out;
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(target);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === OMIT) delete node[last];
  else node[last] = value;
  return copy;
}

/** A valid set of arguments with one or two of its places given a hostile value: the checks behind the first ones get reached. */
export function brokenExample(
  args: readonly GraphQLArgument[],
  example: Record<string, unknown>,
  pools: Pools,
): fc.Arbitrary<Record<string, unknown>> {
  const all = places(args, example);
  const change = fc
    .tuple(fc.constantFrom(...all), fc.constantFrom<'wild' | 'typed'>('typed', 'typed', 'wild'))
    .chain(([place, mode]) => valueFor(place.type, pools, mode).map((value) => ({ path: place.path, value })));
  return fc
    .array(change, { minLength: 1, maxLength: 2 })
    .map((changes) => changes.reduce((acc, c) => setAt(acc, c.path, c.value), example));
}

/** A value written as a GraphQL literal; `type` decides where an enum value is written bare. */
export function literal(value: unknown, type?: GraphQLInputType): string {
  const named = type ? getNamedType(type) : undefined;
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    const bare = named && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) && !['true', 'false', 'null'].includes(value);
    return bare ? value : JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const item = inner && isListType(inner) ? (inner.ofType as GraphQLInputType) : undefined;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
  const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k));
  return `{${entries.map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`).join(', ')}}`;
}
