import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The only reader of process.env. Every problem is listed at once, then start-up stops. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .refine((v) => {
      try {
        const url = new URL(v);
        return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.pathname.length > 1;
      } catch {
        return false;
      }
    }, 'must be a postgres:// URL with a database name, e.g. postgres://user:pass@localhost:5432/poruch')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
  SEED_ON_EMPTY: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  MEILI_URL: z.url().optional(),
  MEILI_API_KEY: z.string().optional(),
  /**
   * A file holding MEILI_API_KEY instead (docker compose's meili-key step writes it to a shared volume);
   * read once at start-up, surrounding whitespace ignored. Set one of the two, not both.
   */
  MEILI_API_KEY_FILE: z.string().optional(),
  SEARCH_CACHE_SIZE: z.coerce.number().int().min(0).max(100_000).default(1_000),
  SEARCH_CACHE_TTL_MS: z.coerce.number().int().min(0).default(30_000),
  /** Read by `npm run user:create` only, so the first admin can be created without a terminal. */
  PORUCH_USER_PASSWORD: z.string().optional(),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** How long a server-rendered public page is reused for the same address (0: render every request). */
  PAGE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** Scheme and host readers use (canonical links, link previews, sitemap); `http://localhost:<PORT>` when unset. */
  PUBLIC_URL: z
    .url()
    .refine((v) => /^https?:\/\/[^/]+$/.test(v.replace(/\/$/, '')), 'must be a scheme and host only, e.g. https://poruch.example')
    .transform((v) => v.replace(/\/$/, ''))
    .optional(),
  /** New accounts allowed per address and hour (a library's computer class registers together; raise it for tests). */
  REGISTRATIONS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(20),
  /** Whether the API answers introspection (`__schema`); on by default outside production, off in production. */
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** Notifications are also e-mailed through this server when set (`smtp://` or `smtps://`, optional `?from=`); off when unset. */
  SMTP_URL: z
    .url()
    .refine((v) => /^smtps?:$/.test(new URL(v).protocol), 'must be an smtp:// or smtps:// URL, e.g. smtps://user:pass@mail.example.org:465')
    .optional(),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the given environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const problems: string[] = [];
  if (cleaned.MEILI_API_KEY_FILE !== undefined) {
    if (cleaned.MEILI_API_KEY !== undefined) problems.push('MEILI_API_KEY_FILE: set MEILI_API_KEY or MEILI_API_KEY_FILE, not both');
    else cleaned.MEILI_API_KEY = readKeyFile(cleaned.MEILI_API_KEY_FILE, problems);
  }
  const result = schema.safeParse(cleaned);
  if (!result.success) problems.unshift(...result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  if (!result.success || problems.length) throw new ConfigError(problems);
  return result.data;
}

/** The key in a MEILI_API_KEY_FILE, or undefined with the reason added to `problems`. */
function readKeyFile(file: string, problems: string[]): string | undefined {
  let key: string;
  try {
    key = readFileSync(file, 'utf8').trim();
  } catch (err) {
    problems.push(`MEILI_API_KEY_FILE: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return undefined;
  }
  if (!key) problems.push(`MEILI_API_KEY_FILE: ${file} is empty`);
  return key || undefined;
}

/** Introspection as configured, else on outside production only. */
export function introspectionEnabled(config: Pick<Config, 'GRAPHQL_INTROSPECTION' | 'NODE_ENV'>): boolean {
  return config.GRAPHQL_INTROSPECTION ? config.GRAPHQL_INTROSPECTION === 'true' : config.NODE_ENV !== 'production';
}
