/** Roles, field limits and security parameters of accounts, in one place. */
export const ROLES = ['librarian', 'partner', 'trainer', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACCOUNT_LIMITS = {
  email: 254,
  displayNameMin: 2,
  displayName: 80,
  passwordMin: 12,
  /** argon2 takes any length; a ceiling keeps hashing cost bounded. */
  passwordMax: 256,
} as const;

/** OWASP's recommended argon2id parameters: 19 MiB, 2 passes, 1 lane. */
export const ARGON2_OPTIONS = { algorithm: 2 /* argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const SESSION = {
  cookie: 'poruch_session',
  /** 32 random bytes = 256 bits. */
  tokenBytes: 32,
  /** A session unused this long ends. */
  idleMs: 14 * 24 * 3600_000,
  /** …and none lives longer than this, however active. */
  absoluteMs: 90 * 24 * 3600_000,
  /** The idle deadline is pushed forward at most this often, so reads do not each write. */
  touchEveryMs: 5 * 60_000,
} as const;

/**
 * Sign-in limits (OWASP's authentication guidance: slow the attacker, never lock the owner out):
 * - one (account, address) pair is paused after `perPair` failures in the window: the attacker's address, not
 *   the account;
 * - an account with `accountSlowFrom` failures from all addresses is slowed: each password check waits its
 *   turn, the wait doubling per further failure up to `maxDelayMs`. An address without failures on the account
 *   is exempt while fewer than `spreadFrom` addresses are failing on it (one attacker does not slow the owner);
 *   a spread attack slows everyone, briefly;
 * - an address with `addressSlowFrom` failures over all accounts is slowed the same way, not blocked (many
 *   people share one address behind a library's or a mobile operator's NAT).
 */
export const LOGIN_THROTTLE = {
  windowMs: 15 * 60_000,
  perPair: 5,
  pairLockMs: 15 * 60_000,
  accountSlowFrom: 10,
  addressSlowFrom: 30,
  spreadFrom: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
} as const;
