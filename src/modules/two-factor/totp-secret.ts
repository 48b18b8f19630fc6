import crypto from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';

/** Authenticator apps list the account under this name. */
export const totpIssuer = 'JP-COOPS Training Network';

/** Codes of the previous and next 30-second step are accepted too, for clocks that drift. */
const toleranceSeconds = 30;
const keyPurpose = 'jpcoops/two-factor/totp-secret/v1';
const format = 'v1';

/**
 * The AES-256 key for TOTP secrets, derived (HKDF-SHA-256) from the application secret with its own
 * purpose label, so that it is never the key of anything else. The secret must be readable to check
 * codes, so it is encrypted rather than hashed; a stolen database alone yields no working secret.
 */
function sealingKey(applicationSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', applicationSecret, '', keyPurpose, 32));
}

/** `v1.<iv>.<tag>.<ciphertext>` (base64url). The user id is bound as additional data: rows cannot be swapped. */
export function sealTotpSecret(applicationSecret: string, userId: string, secret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', sealingKey(applicationSecret), iv);
  cipher.setAAD(Buffer.from(userId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [format, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The base32 secret; throws when the value was tampered with, sealed for another user or another key. */
export function openTotpSecret(applicationSecret: string, userId: string, sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== format || !iv || !tag || ciphertext === undefined) {
    throw new Error('Unknown TOTP secret format');
  }
  const decipher = crypto.createDecipheriv(
    'aes-256-gcm',
    sealingKey(applicationSecret),
    Buffer.from(iv, 'base64url'),
  );
  decipher.setAAD(Buffer.from(userId, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}

/** A new random secret: 20 bytes (160 bits), base32, as RFC 4226 recommends. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountLabel: string): string {
  return generateURI({ issuer: totpIssuer, label: accountLabel, secret });
}

/** A code as typed: spaces removed. Six digits, or undefined for anything else. */
export function normaliseTotpCode(input: string): string | undefined {
  const code = input.replace(/\s+/g, '');
  return /^\d{6}$/.test(code) ? code : undefined;
}

/**
 * The time step a six-digit code belongs to (within one step either side of `nowMs`), if it is right and
 * later than `afterTimeStep`: a code of an already accepted step is a replay.
 */
export function matchTotpCode(options: {
  secret: string;
  code: string;
  nowMs: number;
  afterTimeStep: number | null;
}): number | undefined {
  const result = verifySync({
    secret: options.secret,
    token: options.code,
    epoch: Math.floor(options.nowMs / 1000),
    epochTolerance: toleranceSeconds,
  });
  if (!result.valid || !('timeStep' in result)) return undefined;
  if (options.afterTimeStep !== null && result.timeStep <= options.afterTimeStep) return undefined;
  return result.timeStep;
}

/** The secret as people type it from the screen: blocks of four characters. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}
