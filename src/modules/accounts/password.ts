import fs from 'node:fs';
import { createRequire } from 'node:module';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the OWASP-recommended minimum: 19 MiB of memory, 2 iterations, 1 lane.
 * Changing these only affects new hashes; `verifyPassword` reads the parameters from each hash.
 */
export const passwordHashing = {
  // Algorithm.Argon2id: the package's const enum cannot be imported under verbatimModuleSyntax.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const passwordLength = { min: 8, max: 128 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashing);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A hash of a random password, verified against when an account does not exist so both cases take as long. */
let decoyHash: Promise<string> | undefined;
export function verifyAgainstDecoy(password: string): Promise<boolean> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}`);
  return decoyHash.then((decoy) => verifyPassword(decoy, password)).then(() => false);
}

let commonPasswords: ReadonlySet<string> | undefined;

/**
 * The 49,000 most common passwords of public breach corpora, as bundled with zxcvbn-ts
 * (`@zxcvbn-ts/language-common`, MIT). Loaded on first use.
 */
export function commonPasswordList(): ReadonlySet<string> {
  if (!commonPasswords) {
    const file = createRequire(import.meta.url).resolve('@zxcvbn-ts/language-common/src/passwords.json');
    commonPasswords = new Set(JSON.parse(fs.readFileSync(file, 'utf8')) as string[]);
  }
  return commonPasswords;
}

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'personal';

/**
 * NIST SP 800-63B style: a length range, no composition rules, and no password that is common or made
 * of the account's own email address or name.
 */
export function findPasswordProblem(
  password: string,
  context: { email?: string; name?: string } = {},
): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < passwordLength.min) return 'too-short';
  if (length > passwordLength.max) return 'too-long';
  const normalised = password.toLowerCase();
  if (commonPasswordList().has(normalised)) return 'common';
  const personal = [context.email, context.email?.split('@')[0], context.name].filter(
    (value): value is string => !!value && value.length >= 4,
  );
  if (personal.some((value) => normalised === value.toLowerCase())) return 'personal';
  return undefined;
}
