import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// OWASP's recommended argon2id parameters (19 MiB, 2 passes); algorithm 2 is Argon2id.
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const common = new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()));

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Runs people type as passwords: keyboard rows, the alphabet, the digits. */
const RUNS = [
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertzuiopasdfghjklyxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
];
const RUNS_BOTH_WAYS = [...RUNS, ...RUNS.map((run) => [...run].reverse().join(''))];

/**
 * A password is too common when it, or it without trailing digits and punctuation,
 * is on a list of ~49,000 leaked passwords, is just the email address, uses two
 * characters or fewer, repeats a unit of up to four characters (`abcabcabcabc`), or is a
 * run along a keyboard row, the alphabet or the digits (`qwertyuiopas`).
 */
export function isTooCommon(password: string, email?: string): boolean {
  const lowered = password.toLowerCase();
  if (email && (lowered === email || lowered === email.split('@')[0])) return true;
  if (common.has(lowered)) return true;
  const stem = lowered.replace(/[\d\W_]+$/u, '');
  if (stem.length >= 4 && common.has(stem)) return true;
  if (new Set(lowered).size <= 2) return true;
  if (/^(.{1,4})\1+$/su.test(lowered)) return true;
  return stem.length >= 8 && RUNS_BOTH_WAYS.some((run) => run.includes(stem));
}

/** A hash to verify against when no account matches, so a miss costs the same time as a hit. */
export const dummyHash = hashPassword('open-spaces-timing-equaliser');
