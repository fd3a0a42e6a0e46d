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

/** Failed sign-ins allowed per window before the account, or the address, is paused. */
export const LOGIN_THROTTLE = {
  windowMs: 15 * 60_000,
  perAccount: 5,
  perIp: 30,
  lockMs: 15 * 60_000,
} as const;
