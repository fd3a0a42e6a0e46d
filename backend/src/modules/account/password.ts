import { hash, verify } from '@node-rs/argon2';
import { badInput } from '../../graphql/errors.js';
import { ACCOUNT_LIMITS, ARGON2_OPTIONS } from './account.limits.js';

/**
 * Passwords people pick first. Anything shorter than the minimum is refused anyway, so the list holds
 * long ones only, compared case-insensitively and ignoring spaces.
 */
const COMMON = new Set(
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
  ].map((p) => p.replace(/\s+/g, '')),
);

/** Throws BAD_USER_INPUT naming `field` when a new password breaks a rule. */
export function checkNewPassword(password: string, field: string, personal: string[] = []): void {
  if (password.length < ACCOUNT_LIMITS.passwordMin) throw badInput(field, `must be at least ${ACCOUNT_LIMITS.passwordMin} characters`);
  if (password.length > ACCOUNT_LIMITS.passwordMax) throw badInput(field, `must be at most ${ACCOUNT_LIMITS.passwordMax} characters`);
  const plain = password.toLowerCase().replace(/\s+/g, '');
  if (COMMON.has(plain) || new Set(plain).size < 4) throw badInput(field, 'is too common or too simple; choose another');
  if (personal.some((p) => p.length >= 3 && plain.includes(p.toLowerCase().replace(/\s+/g, '')))) {
    throw badInput(field, 'must not contain your email or name');
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
