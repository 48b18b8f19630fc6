import crypto from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Ed25519KeyPair } from '@digitalbazaar/ed25519-multikey';
import type { AppDeps } from '../../app-deps.js';
import { issuerDid, keyDidUrl, type PublishedKey } from './did-web.js';

export type KeyDeps = Pick<AppDeps, 'db' | 'config' | 'secret'>;

const keyPurpose = 'jpcoops/credentials/issuer-key/v1';
const format = 'v1';

/**
 * The AES-256 key sealing the issuer's private keys: HKDF-SHA-256 of CREDENTIAL_KEY_SECRET, or of the
 * application secret when none is configured, with a label of its own so that it is never the key of
 * anything else (the TOTP secrets use another label).
 */
function sealingKey(deps: Pick<KeyDeps, 'config' | 'secret'>): Buffer {
  const secret = deps.config.credentialKeySecret ?? deps.secret;
  return Buffer.from(crypto.hkdfSync('sha256', secret, '', keyPurpose, 32));
}

/** `v1.<iv>.<tag>.<ciphertext>` (base64url); the key id is bound as additional data: rows cannot be swapped. */
export function sealPrivateKey(
  deps: Pick<KeyDeps, 'config' | 'secret'>,
  keyId: string,
  secretKey: string,
): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', sealingKey(deps), iv);
  cipher.setAAD(Buffer.from(keyId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(secretKey, 'utf8'), cipher.final()]);
  return [format, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The `secretKeyMultibase`; throws when the value was tampered with or sealed with another secret. */
export function openPrivateKey(
  deps: Pick<KeyDeps, 'config' | 'secret'>,
  keyId: string,
  sealed: string,
): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== format || !iv || !tag || ciphertext === undefined) {
    throw new Error(`Unknown sealed key format for ${keyId}`);
  }
  const decipher = crypto.createDecipheriv('aes-256-gcm', sealingKey(deps), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(keyId, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new Error(
      `The private key ${keyId} cannot be opened: CREDENTIAL_KEY_SECRET changed? Run "jpcoops keys rotate".`,
    );
  }
}

export interface IssuerKey extends PublishedKey {
  readonly createdAt: string;
}

const keyNumber = (id: string): number => Number.parseInt(id.replace(/^key-/, ''), 10);

/** Every key of the issuer, oldest first (`key-1`, `key-2`…). */
export async function listIssuerKeys(deps: Pick<KeyDeps, 'db'>): Promise<IssuerKey[]> {
  const rows = await deps.db
    .selectFrom('issuer_key')
    .select(['id', 'public_key_multibase', 'created_at'])
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      publicKeyMultibase: row.public_key_multibase,
      createdAt: new Date(row.created_at).toISOString(),
    }))
    .sort((a, b) => keyNumber(a.id) - keyNumber(b.id));
}

/**
 * Adds a key after the newest one (`key-1` when there is none); new credentials are signed with it.
 * Older keys stay published so that what they signed still verifies. Returns the new key's id.
 */
export async function addIssuerKey(deps: KeyDeps): Promise<string> {
  for (;;) {
    const newest = (await listIssuerKeys(deps)).at(-1);
    const id = `key-${newest ? keyNumber(newest.id) + 1 : 1}`;
    // Another process added the same number at the same moment: take the next one.
    if (await insertNewKey(deps, id)) return id;
  }
}

/** Generates a key pair and stores it under `id`, sealed; false when `id` exists already. */
async function insertNewKey(deps: KeyDeps, id: string): Promise<boolean> {
  const pair = await Ed25519Multikey.generate({
    id: keyDidUrl(deps.config.publicUrl, id),
    controller: issuerDid(deps.config.publicUrl),
  });
  const exported = await pair.export({ publicKey: true, secretKey: true, includeContext: false });
  if (!exported.secretKeyMultibase) throw new Error('The generated key has no secret half');
  const inserted = await deps.db
    .insertInto('issuer_key')
    .values({
      id,
      public_key_multibase: exported.publicKeyMultibase,
      private_key_sealed: sealPrivateKey(deps, id, exported.secretKeyMultibase),
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

export interface SigningKey {
  readonly id: string;
  /** The DID URL named by proofs and by the JWT's `kid`. */
  readonly didUrl: string;
  readonly keyPair: Ed25519KeyPair;
}

/** The newest key with its private half, for signing; the first key is created when first needed. */
export async function currentSigningKey(deps: KeyDeps): Promise<SigningKey> {
  let newest = (await listIssuerKeys(deps)).at(-1);
  if (!newest) {
    // Two first issues at once: one inserts `key-1`, the other finds it.
    await insertNewKey(deps, 'key-1');
    newest = (await listIssuerKeys(deps)).at(-1)!;
  }
  const row = await deps.db
    .selectFrom('issuer_key')
    .select('private_key_sealed')
    .where('id', '=', newest.id)
    .executeTakeFirstOrThrow();
  const didUrl = keyDidUrl(deps.config.publicUrl, newest.id);
  const keyPair = await Ed25519Multikey.from({
    id: didUrl,
    controller: issuerDid(deps.config.publicUrl),
    type: 'Multikey',
    publicKeyMultibase: newest.publicKeyMultibase,
    secretKeyMultibase: openPrivateKey(deps, newest.id, row.private_key_sealed),
  });
  return { id: newest.id, didUrl, keyPair };
}
