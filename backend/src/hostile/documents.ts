import fc from 'fast-check';
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isUnionType,
  parseType,
  typeFromAST,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { argumentsFor, fieldName, hostileString, literal, OMIT, sometimes, valueFor, type Pools } from './values.js';

/** A request as a client would send it: a document, and maybe variables and an operation name. */
export interface DocumentRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/**
 * A variable's type travels in its name (`$v_L_ID_N__R_` is `[ID!]`), so a document's variables can be declared
 * after its selections were chosen: no state is shared between the parts of a document.
 */
const encode = (type: string) => `v_${type.replace(/\[/g, '_L_').replace(/\]/g, '_R_').replace(/!/g, '_N_')}`;
const decode = (name: string) => name.slice(2).replace(/_L_/g, '[').replace(/_R_/g, ']').replace(/_N_/g, '!');

const DIRECTIVES = [
  '@include(if: true)',
  '@skip(if: false)',
  '@include(if: false)',
  `@include(if: $${encode('Boolean!')})`,
  `@skip(if: $${encode('Boolean!')})`,
  '@deprecated',
  '@nonexistent',
  '@include',
  '@include(if: "yes")',
  '@skip(if: true) @skip(if: true)',
  '@specifiedBy(url: "x")',
];

const INTROSPECTION = [
  '__schema { queryType { name } types { name kind fields { name args { name type { name kind ofType { name } } } } } }',
  '__type(name: "Practice") { name fields { name type { kind ofType { kind ofType { kind ofType { name } } } } } }',
  '__type(name: "NoSuchType") { name }',
  '__schema { directives { name locations args { name } } }',
];

const depthIdentifier = fc.createDepthIdentifier();

/** The arguments of a field as written in a document: literals or variables; in unclean documents, wrong names and values too. */
function argumentsText(field: GraphQLField<unknown, unknown>, pools: Pools, clean: boolean): fc.Arbitrary<string> {
  if (!field.args.length)
    return clean
      ? fc.constant('')
      : sometimes(
          fieldName().map((n) => `(${n}: 1)`),
          20,
          '',
        );
  const ways = clean ? ['literal', 'literal', 'variable'] : ['literal', 'literal', 'variable', 'junk'];
  return fc
    .tuple(
      argumentsFor(field.args, pools, clean ? 'typed' : 'wild'),
      fc.array(fc.constantFrom(...ways), { minLength: field.args.length, maxLength: field.args.length }),
    )
    .map(([values, how]) => {
      const parts = field.args.flatMap((arg, i) => {
        const value = values[arg.name];
        if (value === OMIT) return [];
        if (how[i] === 'variable') return [`${arg.name}: $${encode(String(arg.type))}`];
        if (how[i] === 'junk') return [`${arg.name}: ${literal('x')}`];
        return [`${arg.name}: ${literal(value, arg.type)}`];
      });
      return parts.length ? `(${parts.join(', ')})` : '';
    });
}

/**
 * Random selection sets for every composite type, nested through one shared depth: real fields with aliases,
 * arguments and directives, and inline fragments. `clean` sets stay valid (as far as chance allows: two
 * aliases may still clash); the others also get inline fragments on the wrong type, spreads of fragments F0–F2
 * (defined or not), unknown fields, unknown directives, leaves with selections and objects without.
 */
export function selections(schema: GraphQLSchema, pools: Pools, clean: boolean) {
  const types = Object.values(schema.getTypeMap()).filter((t) => isCompositeType(t) && !t.name.startsWith('__'));
  const names = types.map((t) => t.name);
  const dirty = clean ? 0 : 1;
  const alias = sometimes(clean ? fc.nat(99).map((n) => `a${n}: `) : fieldName().map((a) => `${a}: `), 5, '');
  const directive = sometimes(fc.constantFrom(...(clean ? DIRECTIVES.slice(0, 5) : DIRECTIVES)), 8, '');
  /** A field as written: alias, name, arguments, directives, then its selection. */
  const written = (head: fc.Arbitrary<string>, selection: fc.Arbitrary<string>) =>
    fc.tuple(alias, head, directive, selection).map(([a, h, d, sel]) => `${a}${h}${d ? ` ${d}` : ''}${sel ? ` ${sel}` : ''}`);
  const withArguments = (f: GraphQLField<unknown, unknown>) => argumentsText(f, pools, clean).map((args) => `${f.name}${args}`);

  return fc.letrec<Record<string, string>>((tie) => {
    const builders: Record<string, fc.Arbitrary<string>> = {};
    for (const type of types) {
      const leafItems: fc.WeightedArbitrary<string>[] = [
        { weight: 1, arbitrary: fc.constant('__typename') },
        { weight: dirty, arbitrary: fieldName() },
      ];
      const items: fc.WeightedArbitrary<string>[] = [];
      if (isUnionType(type)) {
        const members = type.getTypes();
        items.push({ weight: 4, arbitrary: fc.constantFrom(...members).chain((m) => tie(m.name).map((s) => `... on ${m.name} ${s}`)) });
      } else if (isObjectType(type) || isInterfaceType(type)) {
        const fields = Object.values(type.getFields());
        const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
        const composites = fields.filter((f) => !isLeafType(getNamedType(f.type)));
        if (leaves.length) {
          leafItems.push({ weight: 6, arbitrary: written(fc.constantFrom(...leaves).chain(withArguments), fc.constant('')) });
          items.push({ weight: dirty, arbitrary: fc.constantFrom(...leaves).map((f) => `${f.name} { id }`) });
        }
        if (composites.length) {
          items.push({
            weight: 8,
            arbitrary: fc.constantFrom(...composites).chain((f) => written(withArguments(f), tie(getNamedType(f.type).name))),
          });
          items.push({ weight: dirty, arbitrary: fc.constantFrom(...composites).map((f) => f.name) });
        }
        if (type.name === 'Query') items.push({ weight: 1, arbitrary: fc.constantFrom(...INTROSPECTION) });
        const own = isObjectType(type) ? [type.name, ...type.getInterfaces().map((i) => i.name)] : [type.name];
        items.push({
          weight: 2,
          arbitrary: fc
            .tuple(
              fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...own) }, { weight: dirty, arbitrary: fc.constantFrom(...names) }),
              directive,
            )
            .chain(([on, d]) => tie(on).map((s) => `... on ${on}${d ? ` ${d}` : ''} ${s}`)),
        });
      }
      items.push({ weight: dirty, arbitrary: fc.constantFrom('...F0', '...F1', '...F2', '...Missing') });
      const item = fc.oneof({ maxDepth: 12, depthIdentifier, depthSize: 'small' }, fc.oneof(...leafItems), ...items);
      builders[type.name] = fc.array(item, { minLength: 1, maxLength: 3, depthIdentifier }).map((parts) => `{ ${parts.join(' ')} }`);
    }
    return builders;
  });
}

/**
 * Whole documents from the schema: one or two operations (queries mostly; mutations; a subscription, which the
 * API refuses), named or not, fragments F0–F2 on random types, variables declared from what the selections
 * use (and now and then one more, unused or clashing), values for them with hostile content.
 */
export function schemaDocuments(schema: GraphQLSchema, pools: Pools, clean: boolean): fc.Arbitrary<DocumentRequest> {
  const sets = selections(schema, pools, clean);
  const composite = Object.values(schema.getTypeMap())
    .filter((t) => isCompositeType(t) && !t.name.startsWith('__'))
    .map((t) => t.name);
  const operation = fc
    .tuple(
      fc.constantFrom('query', 'query', 'query', 'query', 'mutation', '', ...(clean ? [] : ['subscription'])),
      sometimes(fc.stringMatching(/^[A-Z][a-zA-Z0-9]{0,10}$/), 2, ''),
      fc.constantFrom('Query', 'Query', 'Mutation'),
    )
    .chain(([kind, name, root]) => {
      const rootType = kind === 'mutation' ? 'Mutation' : kind === '' ? 'Query' : root;
      return sets[rootType]!.map((selection) => ({ kind, name, selection }));
    });
  const fragment = (i: number) =>
    fc.constantFrom('Query', 'Query', ...composite).chain((on) => sets[on]!.map((s) => `fragment F${i} on ${on} ${s}`));

  return fc
    .tuple(
      fc.array(operation, { minLength: 1, maxLength: clean ? 1 : 2 }),
      clean ? fc.constant([]) : fc.array(fc.nat(2), { maxLength: 3 }).map((ids) => [...new Set(ids)]),
      clean ? fc.constant(5) : fc.nat(5),
      clean ? fc.constant('') : sometimes(fc.constantFrom(`$${encode('Int')}: Int`, '$unused: String', `$${encode('String')}: Int`), 8, ''),
    )
    .chain(([operations, fragmentIds, nameChoice, extraDeclaration]) =>
      fc.tuple(fc.constant(operations), fc.tuple(...fragmentIds.map(fragment)), fc.constant(nameChoice), fc.constant(extraDeclaration)),
    )
    .chain(([operations, fragments, nameChoice, extraDeclaration]) => {
      const body = [...operations.map((o) => o.selection), ...fragments].join('\n');
      const used = [...new Set([...body.matchAll(/\$(v_\w+)/g)].map((m) => m[1]!))];
      const declarations = [...used.map((v) => `$${v}: ${decode(v)}`), ...(extraDeclaration ? [extraDeclaration] : [])];
      const text = [
        ...operations.map((o, i) =>
          o.kind === '' && operations.length === 1 && !declarations.length
            ? o.selection
            : `${o.kind || 'query'} ${o.name || (i > 0 ? `Op${i}` : '')}${declarations.length ? `(${declarations.join(', ')})` : ''} ${o.selection}`,
        ),
        ...fragments,
      ].join('\n');
      const typed = used.map((v) => typeFromAST(schema, parseType(decode(v))) as GraphQLInputType | undefined);
      const values = fc.tuple(...typed.map((t) => (t ? valueFor(t, pools, 'typed') : fc.constant(null))));
      const names = operations.map((o) => o.name).filter(Boolean);
      return values.map((vals) => ({
        query: text,
        variables: Object.fromEntries(used.map((v, i) => [v, vals[i]]).filter(([, value]) => value !== OMIT)),
        ...(nameChoice === 0 ? { operationName: 'Nope' } : nameChoice < 3 && names.length ? { operationName: names[0] } : {}),
      }));
    });
}

/** A document with a few characters cut, doubled or replaced: mostly syntax errors, some still valid. */
export function garbled(documents: fc.Arbitrary<DocumentRequest>): fc.Arbitrary<DocumentRequest> {
  const token = fc.oneof(
    fc.constantFrom(
      '{',
      '}',
      '(',
      ')',
      '[',
      ']',
      '$',
      '@',
      '...',
      ':',
      '"',
      '"""',
      '#',
      '\\',
      '!',
      '=',
      '|',
      '&',
      ',',
      '\u0000',
      '\ufeff',
      '\u2028',
      '\r',
      'on',
      'fragment',
      '0x1F',
      '1e',
      '-',
    ),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('cut', 'insert', 'double', 'truncate'),
    length: fc.integer({ min: 1, max: 12 }),
    text: token,
  });
  return fc.tuple(documents, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([request, edits]) => {
    let q = request.query;
    for (const e of edits) {
      const at = e.at % (q.length + 1);
      if (e.kind === 'cut') q = q.slice(0, at) + q.slice(at + e.length);
      else if (e.kind === 'insert') q = q.slice(0, at) + e.text + q.slice(at);
      else if (e.kind === 'double') q = q.slice(0, at + e.length) + q.slice(at, at + e.length) + q.slice(at + e.length);
      else q = q.slice(0, at);
    }
    return { ...request, query: q };
  });
}

/** Documents that are abusive by size or shape: long, wide, deep, self-referring, exponential through fragments. */
export function abusiveDocuments(pools: Pools): fc.Arbitrary<DocumentRequest> {
  const n = (min: number, max: number) => fc.integer({ min, max });
  const nest = (depth: number, open: string, close: string, inner: string) => open.repeat(depth) + inner + close.repeat(depth);
  return fc.oneof(
    n(1_900, 12_000).map((k) => ({ query: `{ ${'__typename '.repeat(k)}}` })),
    n(10, 600).map((k) => ({ query: `{ ${Array.from({ length: k }, (_, i) => `a${i}: __typename`).join(' ')} }` })),
    n(8, 40).map((k) => ({ query: `{ practice(slug: "x") { ${nest(k, 'adaptedFrom { ', '} ', 'slug ')}} }` })),
    n(50, 1_200).map((k) => ({ query: `{ organizations(kinds: ${nest(k, '[', ']', 'LIBRARY')}) { slug } }` })),
    n(50, 900).map((k) => ({ query: `{ practices(filter: ${nest(k, '{ themes: ["a"], x: ', '} ', '1')}) { totalCount } }` })),
    n(1_000, 60_000).map((k) => ({ query: `{ nest${'{'.repeat(k)} }` })),
    n(10, 200).map((k) => ({ query: `{ themes ${'@include(if: true) '.repeat(k)}{ slug } }` })),
    n(10, 800).map((k) => ({
      query: `query(${Array.from({ length: k }, (_, i) => `$v${i}: Int`).join(', ')}) { __typename }`,
      variables: Object.fromEntries(Array.from({ length: k }, (_, i) => [`v${i}`, i])),
    })),
    n(2, 40).map((k) => ({
      query: `{ ...F0 } ${Array.from({ length: k }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${k} on Query { themes { slug nameUk } }`,
    })),
    n(2, 25).map((k) => ({
      query: `{ ...F0 } ${Array.from({ length: k }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % k} }`).join(' ')}`,
    })),
    n(2, 14).map((k) => ({
      query: `{ ...F0 } ${Array.from({ length: k }, (_, i) => `fragment F${i} on Query { a: themes { slug } b: themes { slug } ...F${i + 1} }`).join(' ')} fragment F${k} on Query { themes { slug } }`,
    })),
    fc.constantFrom(1_000, 50_000, 99_000).map((k) => ({ query: `{ search(query: "${'я'.repeat(k)}") { total } }` })),
    hostileString(pools).map((s) => ({ query: s })),
    fc.constant({ query: '' }),
    fc.constant({ query: '   ' }),
    fc.constant({ query: '# only a comment' }),
    fc.constant({ query: '{ __typename }', operationName: 'Missing' }),
    fc.constant({ query: 'query A { __typename } query B { __typename }' }),
    fc.constant({ query: 'query A { __typename } query A { __typename }', operationName: 'A' }),
  );
}
