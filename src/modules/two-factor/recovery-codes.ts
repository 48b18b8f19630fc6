import crypto from 'node:crypto';

export const recoveryCodeCount = 10;

/** Crockford's base32: no i, l, o or u, so that codes read back from paper are not misread. */
const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
const codeLength = 10;

/** Ten random characters (50 bits) shown as `xxxxx-xxxxx`. */
export function newRecoveryCode(): string {
  const characters = Array.from({ length: codeLength }, () => alphabet[crypto.randomInt(alphabet.length)]);
  return `${characters.slice(0, 5).join('')}-${characters.slice(5).join('')}`;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, newRecoveryCode);
}

/**
 * A recovery code as typed, in its stored form: case, spaces and hyphens do not matter, and letters
 * easily taken for digits (i, l, o) are read as those digits. Undefined when it cannot be a code.
 */
export function normaliseRecoveryCode(input: string): string | undefined {
  const code = input
    .toLowerCase()
    .replace(/[\s-]+/g, '')
    .replace(/[il]/g, '1')
    .replace(/o/g, '0');
  return code.length === codeLength && [...code].every((character) => alphabet.includes(character))
    ? code
    : undefined;
}

/** The codes are random and long, so a plain SHA-256 (no slow hash) keeps them safe at rest. */
export function hashRecoveryCode(normalisedCode: string): string {
  return crypto.createHash('sha256').update(normalisedCode).digest('hex');
}
