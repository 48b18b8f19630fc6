import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { compactVerify, decodeJwt, decodeProtectedHeader, importJWK } from 'jose';
import type { AppDeps } from '../../app-deps.js';
import { openBadgesContext, vcContextV2 } from './credential-contexts.js';
import { issuerDid } from './did-web.js';
import { createDocumentLoader } from './document-loader.js';
import { loadDidDocument } from './issuer-documents.js';
import { statusListLength, statusListUrl } from './open-badge.js';
import { revokedStatusIndexes } from './status-list.js';

export type CheckName = 'signature' | 'issuer' | 'revocation' | 'dates' | 'schema';

export interface VerificationCheck {
  readonly check: CheckName;
  readonly ok: boolean;
  /** In plain English, for people: what was checked and what was found. */
  readonly message: string;
  /** Why a check failed, as a stable code (absent when it passed): pages translate by it. */
  readonly reason?: FailureReason;
}

/** Stable codes of what went wrong, for programs and for pages that say it in other languages. */
export type FailureReason =
  | 'malformed'
  | 'not-checked'
  | 'bad-signature'
  | 'unknown-issuer'
  | 'unknown-key'
  | 'no-status'
  | 'revoked'
  | 'bad-dates'
  | 'not-yet-valid'
  | 'expired';

export interface VerificationResult {
  readonly verified: boolean;
  readonly checks: readonly VerificationCheck[];
}

type VerifyDeps = Pick<AppDeps, 'db' | 'config'>;
type Credential = Record<string, unknown>;
type CheckOutcome = { ok: boolean; message: string; reason?: FailureReason };

const checkOrder: readonly CheckName[] = ['schema', 'signature', 'issuer', 'revocation', 'dates'];

/**
 * Verifies a credential of ours: the JSON-LD form (an object, or its JSON text) with its embedded
 * `eddsa-rdfc-2022` proof, or the VC-JWT (text). Each check is reported — schema, signature, issuer
 * (our `did:web`, a key of our DID document), revocation (our status list, as it is now) and validity
 * dates — and the credential is verified only when all pass. Works offline: contexts are pinned and
 * our DID document and status list are read from the database.
 */
export async function verifyCredential(
  deps: VerifyDeps,
  input: object | string,
  options: { now?: Date } = {},
): Promise<VerificationResult> {
  const now = options.now ?? new Date();
  const parsed = parseCredentialInput(input);
  if ('problem' in parsed) return notChecked(parsed.problem);
  const { credential, jwt } = parsed;
  const schema = checkSchema(credential, jwt !== undefined);
  if (!schema.ok) return notChecked(schema.message);
  const results: Record<CheckName, CheckOutcome> = {
    schema,
    signature: jwt ? await checkJwtSignature(deps, jwt) : await checkDataIntegrity(deps, credential),
    issuer: await checkIssuer(deps, credential, jwt),
    revocation: await checkRevocation(deps, credential),
    dates: checkDates(credential, now),
  };
  const checks = checkOrder.map((check) => ({ check, ...results[check] }));
  return { verified: checks.every((check) => check.ok), checks };
}

function notChecked(problem: string): VerificationResult {
  return {
    verified: false,
    checks: checkOrder.map((check) =>
      check === 'schema'
        ? { check, ok: false, message: problem, reason: 'malformed' as const }
        : {
            check,
            ok: false,
            message: 'Not checked: the credential could not be read.',
            reason: 'not-checked' as const,
          },
    ),
  };
}

const isObject = (value: unknown): value is Credential =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads what a verifier was given: a credential object, its JSON text, or a VC-JWT (whose payload is
 * the credential). `problem` says in English why it is none of these.
 */
export function parseCredentialInput(
  input: object | string,
): { credential: Credential; jwt?: string } | { problem: string } {
  if (typeof input !== 'string') {
    return isObject(input) ? { credential: input } : { problem: 'The credential must be a JSON object.' };
  }
  const text = input.trim();
  if (text.startsWith('{')) {
    try {
      return parseCredentialInput(JSON.parse(text) as object);
    } catch {
      return { problem: 'The text is not valid JSON.' };
    }
  }
  if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(text)) {
    try {
      const payload = decodeJwt(text);
      return { credential: payload, jwt: text };
    } catch {
      return { problem: 'The text looks like a JWT but its payload cannot be read.' };
    }
  }
  return { problem: 'This is neither a JSON credential nor a JWT.' };
}

const typesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** The shape OB 3.0 requires of an OpenBadgeCredential, and a proof in the form we issue. */
function checkSchema(credential: Credential, isJwt: boolean): CheckOutcome {
  const problems: string[] = [];
  const context = credential['@context'];
  if (!Array.isArray(context) || context[0] !== vcContextV2 || !context.includes(openBadgesContext)) {
    problems.push('its @context is not VC 2.0 followed by Open Badges 3.0');
  }
  const types = typesOf(credential.type);
  if (!types.includes('VerifiableCredential') || !types.includes('OpenBadgeCredential')) {
    problems.push('it is not typed VerifiableCredential and OpenBadgeCredential');
  }
  if (typeof credential.id !== 'string') problems.push('it has no id');
  const issuer = credential.issuer;
  if (!(typeof issuer === 'string' || (isObject(issuer) && typeof issuer.id === 'string'))) {
    problems.push('it names no issuer');
  }
  if (typeof credential.validFrom !== 'string') problems.push('it has no validFrom date');
  const subject = credential.credentialSubject;
  if (!isObject(subject) || !isObject(subject.achievement)) problems.push('its subject holds no achievement');
  if (!isJwt) {
    const proof = credential.proof;
    if (!isObject(proof) || proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022') {
      problems.push('it carries no eddsa-rdfc-2022 Data Integrity proof');
    }
  }
  return problems.length === 0
    ? { ok: true, message: 'The credential has the shape of an Open Badges 3.0 credential.' }
    : {
        ok: false,
        message: `The credential is not a valid Open Badges 3.0 credential: ${problems.join('; ')}.`,
        reason: 'malformed',
      };
}

const badSignature = 'bad-signature';

async function checkDataIntegrity(deps: VerifyDeps, credential: Credential): Promise<CheckOutcome> {
  const did = issuerDid(deps.config.publicUrl);
  const documentLoader = createDocumentLoader({ did, didDocument: () => loadDidDocument(deps) });
  try {
    const result = await jsigs.verify(structuredClone(credential), {
      suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
      purpose: new jsigs.purposes.AssertionProofPurpose(),
      documentLoader,
    });
    if (result.verified) {
      return {
        ok: true,
        message: 'The signature matches the content: nothing was changed since it was signed.',
      };
    }
    const cause = result.error?.errors?.[0]?.message ?? result.error?.message ?? 'unknown reason';
    return {
      ok: false,
      message: `The signature does not match the content (${cause}).`,
      reason: badSignature,
    };
  } catch (error) {
    return {
      ok: false,
      message: `The signature could not be checked (${(error as Error).message}).`,
      reason: badSignature,
    };
  }
}

/** The verification method the proof or the JWT names, if it is one of our keys listed for assertions. */
async function ourAssertionKey(deps: VerifyDeps, didUrl: unknown) {
  if (typeof didUrl !== 'string') return undefined;
  const document = await loadDidDocument(deps);
  if (!document.assertionMethod.includes(didUrl)) return undefined;
  return document.verificationMethod.find((method) => method.id === didUrl);
}

async function checkJwtSignature(deps: VerifyDeps, jwt: string): Promise<CheckOutcome> {
  try {
    const header = decodeProtectedHeader(jwt);
    if (header.alg !== 'EdDSA')
      return {
        ok: false,
        message: `The JWT is signed with ${String(header.alg)}, not EdDSA.`,
        reason: badSignature,
      };
    const method = await ourAssertionKey(deps, header.kid);
    if (!method) {
      return {
        ok: false,
        message: 'The JWT names a key that is not in our DID document.',
        reason: 'unknown-key',
      };
    }
    const keyPair = await Ed25519Multikey.from({ ...method });
    const jwk = await Ed25519Multikey.toJwk({ keyPair });
    await compactVerify(jwt, await importJWK({ kty: 'OKP', crv: 'Ed25519', x: jwk.x }, 'EdDSA'));
    return {
      ok: true,
      message: 'The signature matches the content: nothing was changed since it was signed.',
    };
  } catch (error) {
    return {
      ok: false,
      message: `The signature does not match the content (${(error as Error).message}).`,
      reason: badSignature,
    };
  }
}

async function checkIssuer(
  deps: VerifyDeps,
  credential: Credential,
  jwt: string | undefined,
): Promise<CheckOutcome> {
  const did = issuerDid(deps.config.publicUrl);
  const issuer = credential.issuer;
  const issuerId = typeof issuer === 'string' ? issuer : isObject(issuer) ? issuer.id : undefined;
  if (issuerId !== did) {
    return {
      ok: false,
      message: `The credential was not issued by this platform (${did}).`,
      reason: 'unknown-issuer',
    };
  }
  const keyUrl = jwt
    ? decodeProtectedHeader(jwt).kid
    : isObject(credential.proof)
      ? credential.proof.verificationMethod
      : undefined;
  if (jwt && credential.iss !== did) {
    return {
      ok: false,
      message: 'The JWT’s iss claim does not name the credential’s issuer.',
      reason: 'unknown-issuer',
    };
  }
  if (!(await ourAssertionKey(deps, keyUrl))) {
    return {
      ok: false,
      message: 'It is signed with a key that our DID document does not list for credentials.',
      reason: 'unknown-key',
    };
  }
  return {
    ok: true,
    message: `Issued by this platform (${did}) with its key ${String(keyUrl).split('#')[1]}.`,
  };
}

async function checkRevocation(deps: VerifyDeps, credential: Credential): Promise<CheckOutcome> {
  const status = credential.credentialStatus;
  if (!isObject(status)) {
    return { ok: false, message: 'The credential has no revocation status entry.', reason: 'no-status' };
  }
  const index = Number(status.statusListIndex);
  if (
    status.type !== 'BitstringStatusListEntry' ||
    status.statusPurpose !== 'revocation' ||
    status.statusListCredential !== statusListUrl(deps.config.publicUrl) ||
    !Number.isInteger(index) ||
    index < 0 ||
    index >= statusListLength
  ) {
    return {
      ok: false,
      message: 'The revocation status entry does not point into our status list.',
      reason: 'no-status',
    };
  }
  const revoked = await revokedStatusIndexes(deps.db);
  return revoked.includes(index)
    ? { ok: false, message: 'The credential has been revoked by its issuer.', reason: 'revoked' }
    : { ok: true, message: 'The credential has not been revoked.' };
}

function checkDates(credential: Credential, now: Date): CheckOutcome {
  const readDate = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : Number.NaN);
  const validFrom = readDate(credential.validFrom);
  const validUntil = credential.validUntil === undefined ? undefined : readDate(credential.validUntil);
  if (Number.isNaN(validFrom) || (validUntil !== undefined && Number.isNaN(validUntil))) {
    return { ok: false, message: 'The validity dates cannot be read.', reason: 'bad-dates' };
  }
  if (validFrom > now.getTime()) {
    return { ok: false, message: 'The credential is not valid yet.', reason: 'not-yet-valid' };
  }
  if (validUntil !== undefined && validUntil <= now.getTime()) {
    return {
      ok: false,
      message: `The credential expired on ${new Date(validUntil).toISOString().slice(0, 10)}.`,
      reason: 'expired',
    };
  }
  return {
    ok: true,
    message:
      validUntil === undefined
        ? 'The credential is valid from its date of issue, with no end date.'
        : `The credential is valid until ${new Date(validUntil).toISOString().slice(0, 10)}.`,
  };
}
