import { Kind, print } from 'graphql';
import { ERROR_CODES } from '../graphql/errors.js';
import type { RawAnswer } from './hostile-app.js';

/** Codes a client may receive: the API's own and those Apollo gives a malformed request. */
export const KNOWN_CODES = new Set<string>([
  ...ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** A line of a stack trace: `at resolve (/app/src/x.ts:12:7)`, `at file:///app/x.js:3`. */
const STACK = /\bat\s.{0,200}\.(?:ts|js|mjs|cjs)(?::\d+){1,2}\b/;

/** What PostgreSQL says when a statement fails. */
const POSTGRES_MESSAGES = [
  /syntax error at or near/i,
  /violates (?:not-null|unique|foreign key|check|exclusion) constraint/i,
  /duplicate key value/i,
  /relation "/i,
  /column "[^"]*" (?:does not exist|of relation)/i,
  /invalid input syntax for type/i,
  /invalid input value for enum/i,
  /invalid byte sequence for encoding/i,
  /value too long for type/i,
  /out of range for type/i,
  /current transaction is aborted/i,
  /could not determine data type of parameter/i,
  /\bSQLSTATE\b/,
];

/** Names of the driver's, the ORM's and JavaScript's own errors, and paths into installed code. */
const INTERNAL_NAMES = [
  /\b(?:DriverException|QueryFailedError|\w+ConstraintViolationException|ValidationError|NotFoundError)\b/,
  /\b(?:TypeError|ReferenceError|RangeError|SyntaxError)\b/,
  /node_modules\//,
];

/** SQL itself: statements the server built. */
const SQL_TEXT = [
  /\bselect\b[\s\S]{0,300}\bfrom\b/i,
  /\binsert\s+into\b/i,
  /\bupdate\s+"?[a-z_]+"?\s+set\b/i,
  /\bdelete\s+from\b/i,
  /\breturning\s+"?[a-z_*]/i,
  /\bon\s+conflict\b/i,
];

/**
 * Table names as SQL would spell them. Names made of one word (`practice`, `theme`) are also GraphQL
 * field names that validation messages quote, so they count only next to SQL words; names with an
 * underscore (`app_user`, `login_throttle`) never appear in the API and count anywhere.
 */
export function tablePatterns(tables: string[]): RegExp[] {
  const escaped = tables.map((t) => t.replace(/[^a-z0-9_]/g, ''));
  const underscored = escaped.filter((t) => t.includes('_'));
  return [
    ...(underscored.length ? [new RegExp(`\\b(?:${underscored.join('|')})\\b`)] : []),
    new RegExp(`\\b(?:from|into|join|update|table)\\s+"?(?:${escaped.join('|')})\\b"?`, 'i'),
    new RegExp(`"(?:${escaped.join('|')})"\\."`),
  ];
}

/** Everything a request carried as text, so a message that quotes it back is not taken for a leak. */
export function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, into));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => (into.push(k), stringsIn(v, into)));
  return into;
}

/**
 * What a document itself says that an error message may quote back: names with an underscore (an enum value
 * spelled `case_study`, which is also a table's name) and the contents of its string literals.
 */
export function wordsOf(document: string): string[] {
  const names = (document.match(/[_A-Za-z][_0-9A-Za-z]*/g) ?? []).filter((name) => name.includes('_'));
  const strings = [...document.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1]!);
  return [...new Set([...names, ...strings])];
}

/** Removes the caller's own strings from a text, as sent and as JSON or a GraphQL document would quote them. */
function echoStripper(sent: string[]): (text: string) => string {
  const forms = [
    ...new Set(
      sent
        .filter((s) => s.length >= 4)
        .flatMap((s) => [s, JSON.stringify(s).slice(1, -1), print({ kind: Kind.STRING, value: s }).slice(1, -1)]),
    ),
  ].sort((a, b) => b.length - a.length);
  return (text) => forms.reduce((out, form) => (out.includes(form) ? out.split(form).join(' ') : out), text);
}

interface ParsedBody {
  data?: unknown;
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

/** One answer, read: its status, the codes of its errors (sorted, one each), and what is wrong with it. */
export interface Verdict {
  status: number;
  codes: string[];
  body: ParsedBody | null;
  problems: string[];
}

/**
 * The rules every answer to every hostile request must keep: never a 5xx, never an internal error, always a
 * GraphQL JSON answer whose errors carry a known code, and nothing of the server's insides — no stack trace,
 * no SQL, no table name, no driver or ORM error — in the errors, nor a stack trace or database error in data.
 */
export function inspect(answer: RawAnswer, sent: string[], tables: RegExp[]): Verdict {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  let body: ParsedBody | null = null;
  try {
    body = JSON.parse(answer.text) as ParsedBody;
  } catch {
    problems.push(`not JSON (${answer.contentType}): ${answer.text.slice(0, 200)}`);
  }
  if (body !== null && (typeof body !== 'object' || Array.isArray(body))) {
    problems.push(`not a GraphQL answer: ${answer.text.slice(0, 200)}`);
    body = null;
  }
  if (body && !('data' in body) && !Array.isArray(body.errors)) problems.push(`neither data nor errors: ${answer.text.slice(0, 200)}`);

  const codes = new Set<string>();
  for (const error of body?.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') problems.push(`an error without a code: ${JSON.stringify(error).slice(0, 200)}`);
    else {
      codes.add(code);
      if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR at ${JSON.stringify((error as { path?: unknown }).path)}`);
      else if (!KNOWN_CODES.has(code)) problems.push(`unknown code ${code}`);
    }
    if (error.extensions && ('stacktrace' in error.extensions || 'exception' in error.extensions)) {
      problems.push('an error carries its stack trace');
    }
  }

  // Read as the client would: each text of the answer decoded, then without what the request itself said.
  const strip = echoStripper(sent);
  const errorsText = body
    ? stringsIn(body.errors ?? [])
        .map(strip)
        .join('\n')
    : strip(answer.text);
  const dataText = body
    ? stringsIn(body.data ?? null)
        .map(strip)
        .join('\n')
    : '';
  const leak = (where: string, text: string, patterns: RegExp[]) => {
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match) problems.push(`${where} leaks ${pattern}: …${text.slice(Math.max(0, match.index - 60), match.index + 120)}…`);
    }
  };
  leak('errors', errorsText, [STACK, ...POSTGRES_MESSAGES, ...INTERNAL_NAMES, ...SQL_TEXT, ...tables]);
  // Data holds what people (and earlier hostile requests) wrote: only the unmistakable is looked for there.
  leak('data', dataText, [STACK, ...POSTGRES_MESSAGES]);

  return { status: answer.status, codes: [...codes].sort(), body, problems };
}

/** Counts answers per operation and per kind of answer (`200 ok`, `400 GRAPHQL_VALIDATION_FAILED`…). */
export class Tally {
  readonly byOperation = new Map<string, Map<string, number>>();

  add(operation: string, verdict: Pick<Verdict, 'status' | 'codes'>): void {
    const key = `${verdict.status} ${verdict.codes.length ? verdict.codes.join('+') : 'ok'}`;
    const counts = this.byOperation.get(operation) ?? new Map<string, number>();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    this.byOperation.set(operation, counts);
  }

  total(): number {
    let n = 0;
    for (const counts of this.byOperation.values()) for (const c of counts.values()) n += c;
    return n;
  }

  /** Answers of every operation together, by kind. */
  byAnswer(): Map<string, number> {
    const all = new Map<string, number>();
    for (const counts of this.byOperation.values()) for (const [k, c] of counts) all.set(k, (all.get(k) ?? 0) + c);
    return new Map([...all].sort((a, b) => b[1] - a[1]));
  }

  /** A plain table for the run's output; `totals` adds the answers of every operation together. */
  report(title: string, totals = true): string {
    const lines = [`${title}: ${this.total()} requests`];
    const width = Math.max(...[...this.byOperation.keys()].map((k) => k.length), 10);
    for (const [operation, counts] of [...this.byOperation].sort((a, b) => a[0].localeCompare(b[0]))) {
      const n = [...counts.values()].reduce((a, b) => a + b, 0);
      const kinds = [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([k, c]) => `${k} ×${c}`)
        .join(', ');
      lines.push(`  ${operation.padEnd(width)} ${String(n).padStart(5)}  ${kinds}`);
    }
    if (totals) {
      lines.push('  by answer:');
      for (const [k, c] of this.byAnswer()) lines.push(`    ${k.padEnd(60)} ${c}`);
    }
    return lines.join('\n');
  }
}
