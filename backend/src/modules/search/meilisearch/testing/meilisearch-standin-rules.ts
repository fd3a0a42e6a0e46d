/**
 * TEST SUPPORT. The rules of Meilisearch (v1.53) that the stand-in enforces (see meilisearch-standin.ts
 * for what it is and is not): error bodies, which tasks a scoped key may see, the settings fields it
 * accepts, document ids, and how a filter string is read. Each is marked "Meilisearch rule" with where
 * Meilisearch states or implements it.
 */
export type Doc = Record<string, unknown>;
export interface ErrorBody {
  message: string;
  code: string;
  type: string;
  link: string;
}
export const error = (code: string, message: string, type = 'invalid_request'): ErrorBody => ({
  message,
  code,
  type,
  link: `https://docs.meilisearch.com/errors#${code}`,
});

/**
 * Meilisearch rule: the task kinds that are about exactly one index (`Kind::related_to_one_index` in
 * crates/meilisearch-types/src/tasks.rs). Every other kind (index swap, task cancelation or deletion,
 * dump, snapshot…) is hidden from a key that does not reach all indexes.
 */
export const ONE_INDEX_KINDS = new Set([
  'documentAdditionOrUpdate',
  'documentEdition',
  'documentDeletion',
  'settingsUpdate',
  'indexCreation',
  'indexDeletion',
  'indexUpdate',
]);

/**
 * Meilisearch rule: the top-level fields of an index's settings (`struct Settings` in
 * crates/meilisearch-types/src/settings.rs, deserialised with `deny_unknown_fields`); any other field
 * is refused with 400 `bad_request`. The nested objects the adapter sends are checked the same way,
 * with the code of their setting.
 */
const SETTINGS_FIELDS = [
  'displayedAttributes',
  'searchableAttributes',
  'filterableAttributes',
  'sortableAttributes',
  'foreignKeys',
  'rankingRules',
  'stopWords',
  'nonSeparatorTokens',
  'separatorTokens',
  'dictionary',
  'synonyms',
  'distinctAttribute',
  'proximityPrecision',
  'typoTolerance',
  'faceting',
  'pagination',
  'embedders',
  'searchCutoffMs',
  'localizedAttributes',
  'facetSearch',
  'prefixSearch',
  'chat',
  'vectorStore',
];
const NESTED_SETTINGS: Record<string, { code: string; fields: string[]; nested?: Record<string, string[]> }> = {
  typoTolerance: {
    code: 'invalid_settings_typo_tolerance',
    fields: ['enabled', 'minWordSizeForTypos', 'disableOnWords', 'disableOnAttributes', 'disableOnNumbers'],
    nested: { minWordSizeForTypos: ['oneTypo', 'twoTypos'] },
  },
  faceting: { code: 'invalid_settings_faceting', fields: ['maxValuesPerFacet', 'sortFacetValuesBy'] },
  pagination: { code: 'invalid_settings_pagination', fields: ['maxTotalHits'] },
};

/** Meilisearch's matching strategies (`MatchingStrategy` in crates/meilisearch/src/search/mod.rs). */
export const MATCHING_STRATEGIES = new Set(['last', 'all', 'frequency']);

/**
 * Meilisearch rule: a document id is an integer, or a string of `a-z A-Z 0-9 - _` shorter than 512
 * bytes (`validate_document_id_str` in crates/milli/src/documents/primary_key.rs; docs:
 * learn/getting_started/primary_key, "formatting the document id"). Anything else fails the task
 * with `invalid_document_id`; a document without the field fails it with `missing_document_id`.
 */
export function documentIdProblem(doc: Doc, primaryKey: string): ErrorBody | null {
  const id = doc[primaryKey];
  if (id === undefined)
    return error('missing_document_id', `Document doesn't have a \`${primaryKey}\` attribute: \`${JSON.stringify(doc)}\`.`);
  const valid =
    (typeof id === 'number' && Number.isInteger(id)) ||
    (typeof id === 'string' && id.length > 0 && Buffer.byteLength(id) < 512 && /^[A-Za-z0-9_-]+$/.test(id));
  if (valid) return null;
  return error(
    'invalid_document_id',
    `Document identifier \`${JSON.stringify(id)}\` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.`,
  );
}

export function unknownSettings(body: Doc): ErrorBody | null {
  const unknownIn = (value: unknown, fields: string[]) =>
    value && typeof value === 'object' ? Object.keys(value).find((k) => !fields.includes(k)) : undefined;
  const expected = (fields: string[]) => fields.map((f) => `\`${f}\``).join(', ');
  const top = unknownIn(body, SETTINGS_FIELDS);
  if (top) return error('bad_request', `Unknown field \`${top}\`: expected one of ${expected(SETTINGS_FIELDS)}`);
  for (const [setting, rule] of Object.entries(NESTED_SETTINGS)) {
    const value = body[setting] as Doc | undefined;
    const field = unknownIn(value, rule.fields);
    if (field) return error(rule.code, `Unknown field \`${field}\` inside \`.${setting}\`: expected one of ${expected(rule.fields)}`);
    for (const [inner, fields] of Object.entries(rule.nested ?? {})) {
      const deeper = unknownIn(value?.[inner], fields);
      if (deeper)
        return error(rule.code, `Unknown field \`${deeper}\` inside \`.${setting}.${inner}\`: expected one of ${expected(fields)}`);
    }
  }
  return null;
}

/**
 * Reads a filter made of `attribute = value` conditions joined by AND and OR, with parentheses: the
 * part of Meilisearch's filter language the adapter writes. Returns the conditions, or an error message.
 */
export function parseFilter(filter: string): [string, string][] | string {
  const conditions: [string, string][] = [];
  let at = 0;
  const space = () => {
    while (/\s/.test(filter[at] ?? '')) at++;
  };
  const word = () => {
    const match = /^[\p{L}\p{N}_.-]+/u.exec(filter.slice(at));
    if (!match) return null;
    at += match[0].length;
    return match[0];
  };
  const condition = (): string | null => {
    space();
    const attribute = word();
    if (!attribute) return `Was expecting an attribute at \`${filter.slice(at)}\`.`;
    space();
    if (filter[at] !== '=') return `Was expecting an operation \`=\` at \`${filter.slice(at)}\`.`;
    at++;
    space();
    const quote = filter[at];
    let value: string | null;
    if (quote === '"' || quote === "'") {
      const read = quotedValue(filter, at + 1, quote);
      if (typeof read === 'string') return read;
      [value, at] = read;
    } else {
      value = word();
      if (value === null) return `Was expecting a value at \`${filter.slice(at)}\`.`;
    }
    conditions.push([attribute, value]);
    return null;
  };
  const expression = (): string | null => {
    for (;;) {
      space();
      let problem: string | null;
      if (filter[at] === '(') {
        at++;
        problem = expression();
        space();
        if (!problem && filter[at] !== ')') problem = `Expression \`${filter.slice(at)}\` is missing the closing \`)\`.`;
        at++;
      } else {
        problem = condition();
      }
      if (problem) return problem;
      space();
      const joint = /^(AND|OR)\s/.exec(filter.slice(at));
      if (!joint) return null;
      at += joint[0].length;
    }
  };
  const problem = expression();
  if (problem) return problem;
  space();
  return at < filter.length ? `Found unexpected characters at the end of the filter: \`${filter.slice(at)}\`.` : conditions;
}

/**
 * Meilisearch rule (since v1.4): inside quotes, a backslash makes the next character part of the value
 * (`quoted_by`), then the value is unescaped: `\"` or `\'` is the quote, `\\` one backslash
 * (`parse_value` in crates/filter-parser/src/value.rs, which runs the `unescaper` crate; release notes
 * of v1.4.0: "you have to escape all the `\` characters in your filter"). A value ending in a lone
 * backslash leaves the quote unclosed. Other escapes (`\n`, `\u{…}`) exist there but are not read here.
 */
function quotedValue(filter: string, from: number, quote: string): [string, number] | string {
  let raw = '';
  for (let i = from; i < filter.length; i++) {
    const c = filter[i]!;
    if (c === quote) {
      let value = '';
      for (let j = 0; j < raw.length; j++) {
        if (raw[j] !== '\\') {
          value += raw[j];
          continue;
        }
        const next = raw[++j];
        if (next === '\\' || next === '"' || next === "'") value += next;
        else return `Malformed value: \`\\${next ?? ''}\` is not an escape this stand-in reads.`;
      }
      return [value, i + 1];
    }
    if (c === '\\') {
      if (i + 1 >= filter.length) break;
      raw += c + filter[++i]!;
    } else {
      raw += c;
    }
  }
  return `Expression \`${filter.slice(from - 1)}\` is missing the following closing delimiter: \`${quote}\`.`;
}
