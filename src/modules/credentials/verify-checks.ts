import type { RateLimitRule } from '../../platform/rate-limit/shared-rate-limiter.js';
import {
  parseCredentialInput,
  type CheckName,
  type FailureReason,
  type VerificationCheck,
  type VerificationResult,
} from './credential-verification.js';

/** Verifications per address: generous for people, a brake on scripts that would burn our CPU. */
export const verifyRateLimit: RateLimitRule = { bucket: 'credential-verify', max: 60, windowSeconds: 600 };

/** The largest credential accepted, pasted or uploaded (a credential of ours weighs a few kB). */
export const maxCredentialBytes = 1_048_576;

/** File names the upload accepts: a JSON-LD credential, a VC-JWT, or either as plain text. */
export const credentialFileTypes = ['.json', '.jwt', '.txt'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a verifier was given, when it is a JSON-LD credential (an object with `@context` or `type`) or
 * a JWT; undefined for anything else, which is refused rather than reported as "not valid".
 */
export function readVerifiable(input: unknown): object | string | undefined {
  if (typeof input === 'string') {
    const parsed = parseCredentialInput(input);
    if ('problem' in parsed) return undefined;
    return parsed.jwt ?? readVerifiable(parsed.credential);
  }
  if (!isObject(input)) return undefined;
  if ('@context' in input || 'type' in input) return input;
  return typeof input.jwt === 'string' ? readVerifiable(input.jwt.trim()) : undefined;
}

/** The facts a person checking a certificate wants to see, as far as the credential says them. */
export interface CredentialSummary {
  readonly recipient?: string;
  readonly course?: string;
  readonly issuer?: string;
  readonly issuedOn?: string;
}

/** Reads the recipient's name, the course, the issuer and the date of issue from an OB 3.0 credential. */
export function summariseCredential(input: object | string): CredentialSummary {
  const parsed = parseCredentialInput(input);
  if ('problem' in parsed) return {};
  const { credential } = parsed;
  const subject = isObject(credential.credentialSubject) ? credential.credentialSubject : {};
  const identifiers = Array.isArray(subject.identifier) ? (subject.identifier as unknown[]) : [];
  const nameIdentifier = identifiers.find(
    (identifier) => isObject(identifier) && identifier.identityType === 'name',
  ) as Record<string, unknown> | undefined;
  const achievement = isObject(subject.achievement) ? subject.achievement : {};
  const issuer = isObject(credential.issuer) ? credential.issuer : {};
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const validFrom = text(credential.validFrom);
  return {
    ...optional('recipient', text(nameIdentifier?.identityHash) ?? text(subject.name)),
    ...optional('course', text(achievement.name) ?? text(credential.name)),
    ...optional('issuer', text(issuer.name) ?? text(credential.issuer) ?? text(issuer.id)),
    ...optional(
      'issuedOn',
      validFrom && !Number.isNaN(Date.parse(validFrom)) ? validFrom.slice(0, 10) : undefined,
    ),
  };
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

/**
 * The translation key of a check's outcome in plain words: by check and reason, never from the English
 * message, so that every page language says it.
 */
export function checkMessageKey(check: VerificationCheck): string {
  if (check.ok) return `verify.check.${check.check}.ok`;
  return `verify.check.${check.check}.${failureKey(check.check, check.reason)}`;
}

const failureKeys: Record<CheckName, readonly FailureReason[]> = {
  schema: ['malformed'],
  signature: ['bad-signature', 'unknown-key'],
  issuer: ['unknown-issuer', 'unknown-key'],
  revocation: ['revoked', 'no-status'],
  dates: ['expired', 'not-yet-valid', 'bad-dates'],
};

function failureKey(check: CheckName, reason: FailureReason | undefined): string {
  if (reason === 'not-checked') return 'notChecked';
  return reason && failureKeys[check].includes(reason) ? reason : 'failed';
}

/** What the person should do about each failure, as translation keys, once each, most serious first. */
export function adviceKeys(result: VerificationResult): string[] {
  if (result.verified) return ['verify.advice.valid'];
  const reasons = new Set(result.checks.filter((check) => !check.ok).map((check) => check.reason));
  const order: [FailureReason, string][] = [
    ['malformed', 'verify.advice.malformed'],
    ['bad-signature', 'verify.advice.badSignature'],
    ['unknown-issuer', 'verify.advice.unknownIssuer'],
    ['unknown-key', 'verify.advice.unknownIssuer'],
    ['revoked', 'verify.advice.revoked'],
    ['expired', 'verify.advice.expired'],
    ['not-yet-valid', 'verify.advice.notYetValid'],
  ];
  const keys = order.filter(([reason]) => reasons.has(reason)).map(([, key]) => key);
  return keys.length > 0 ? [...new Set(keys)] : ['verify.advice.other'];
}
