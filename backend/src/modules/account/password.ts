import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '../../graphql/errors.js';
import { ACCOUNT_LIMITS, ARGON2_OPTIONS } from './account.limits.js';

/**
 * The 49,233 passwords most often found in public breach corpora (zxcvbn's list, shipped as a package),
 * lower-case; read once, on the first check.
 */
let breached: ReadonlySet<string> | undefined;
const breachedPasswords = () => (breached ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

/**
 * Local favourites the international corpus does not hold (Ukrainian words and keyboard runs, this
 * service's own name), compared case-insensitively and ignoring spaces.
 */
const LOCAL = new Set(
  [
    '123456789012',
    '1234567890123',
    '12345678901234',
    '123456123456',
    '111111111111',
    '000000000000',
    '123123123123',
    'qwerty123456',
    'qwertyuiop12',
    'qwertyuiop123',
    '1q2w3e4r5t6y',
    '1qaz2wsx3edc',
    'zaq12wsxcde3',
    'asdfghjkl123',
    'password1234',
    'password12345',
    'passwordpassword',
    'iloveyou1234',
    'administrator',
    'adminadmin123',
    'letmein12345',
    'welcome12345',
    'changeme1234',
    'abcdefghijkl',
    'abc123abc123',
    'ukraine12345',
    'slavaukraini',
    'slavaukraini1',
    'slavaukraini!',
    'пароль123456',
    'парольпароль',
    'йцукенгшщзхї',
    'йцукенгшщзхъ',
    'славаукраїні',
    'слава україні!',
    'бібліотека123',
    'бібліотека2024',
    'бібліотека2025',
    'bibliotekapassword',
    'library12345',
    'poruch123456',
    'поруч1234567',
    // Words that, with digits or a sign added, make the passwords above: checked as a password's core.
    'бібліотека',
    'бібліотекарка',
    'пароль',
    'україна',
    'ukraina',
    'київ',
    'kyiv',
    'поруч',
    'poruch',
  ].map((p) => p.replace(/\s+/g, '')),
);

/** A breached or local password, also with digits and symbols added at either end ("sunshine2024!"). */
function isKnown(plain: string): boolean {
  const core = plain.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return [plain, core].some((candidate) => candidate.length > 0 && (LOCAL.has(candidate) || breachedPasswords().has(candidate)));
}

/** One short unit said over and over ("abcdabcdabcd", "12341234123412"). */
function isRepetition(plain: string): boolean {
  const chars = [...plain];
  for (let unit = 1; unit <= chars.length / 2; unit++) if (chars.every((c, i) => c === chars[i % unit])) return true;
  return false;
}

/** Mostly a run along the alphabet or the digits ("abcdefghijkl", "1234567890123", "987654321098"). */
function isRun(plain: string): boolean {
  const codes = [...plain].map((c) => (c === '0' ? 58 : c.codePointAt(0)!));
  let steps = 0;
  for (let i = 1; i < codes.length; i++) {
    const step = Math.abs(codes[i]! - codes[i - 1]!);
    if (step === 1 || (step === 9 && /\d/.test(plain[i]!) && /\d/.test(plain[i - 1]!))) steps++;
  }
  return steps >= (codes.length - 1) * 0.8;
}

/** Throws BAD_USER_INPUT naming `field` when a new password breaks a rule. */
export function checkNewPassword(password: string, field: string, personal: string[] = []): void {
  if (password.length < ACCOUNT_LIMITS.passwordMin)
    throw badInput(field, 'tooShort', `must be at least ${ACCOUNT_LIMITS.passwordMin} characters`, { min: ACCOUNT_LIMITS.passwordMin });
  if (password.length > ACCOUNT_LIMITS.passwordMax)
    throw badInput(field, 'tooLong', `must be at most ${ACCOUNT_LIMITS.passwordMax} characters`, { max: ACCOUNT_LIMITS.passwordMax });
  const plain = password.toLowerCase().replace(/\s+/g, '');
  if (isKnown(plain) || new Set(plain).size < 5 || isRepetition(plain) || isRun(plain))
    throw badInput(field, 'tooCommon', 'is too common or too simple; choose another');
  if (personal.some((p) => p.length >= 3 && plain.includes(p.toLowerCase().replace(/\s+/g, '')))) {
    throw badInput(field, 'personal', 'must not contain your email or name');
  }
}

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);

/** A hash of a random password, checked when the email is unknown so that both paths take as long. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (password.length > ACCOUNT_LIMITS.passwordMax) return false;
  if (!stored) {
    decoy ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
