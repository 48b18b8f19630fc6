import crypto from 'node:crypto';

/**
 * The token's shape: a prefix that secret scanners and people recognise, then 256 random bits.
 * Anything else is refused before the database is asked.
 */
const prefix = 'jpc_';
const tokenPattern = /^jpc_[A-Za-z0-9_-]{43}$/;

export function generateApiTokenSecret(): string {
  return `${prefix}${crypto.randomBytes(32).toString('base64url')}`;
}

export function isApiTokenShaped(token: string): boolean {
  return tokenPattern.test(token);
}

/**
 * Tokens are looked up by their SHA-256: the database compares hashes of unguessable values, so how
 * long a lookup takes tells an attacker nothing about a stored token. A plain hash is enough (no
 * password hashing) because the token carries 256 bits of entropy.
 */
export function hashApiTokenSecret(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
