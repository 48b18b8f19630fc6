import type { AppDeps } from '../../app-deps.js';
import { signDataIntegrity } from './credential-signing.js';
import { buildDidDocument, issuerDid, type DidDocument } from './did-web.js';
import { createDocumentLoader, type DocumentLoader } from './document-loader.js';
import { currentSigningKey, listIssuerKeys, type KeyDeps } from './issuer-keys.js';
import { statusListUrl } from './open-badge.js';
import { buildStatusListCredential, revokedDigest, revokedStatusIndexes } from './status-list.js';

/** The issuer's DID document: every key it ever had (the first one is created when first needed). */
export async function loadDidDocument(deps: Pick<AppDeps, 'db' | 'config'>): Promise<DidDocument> {
  return buildDidDocument(deps.config.publicUrl, await listIssuerKeys(deps));
}

/** The strict loader with our own documents: pinned contexts, our DID document, our status list. */
export function issuerDocumentLoader(deps: KeyDeps): DocumentLoader {
  return createDocumentLoader({
    did: issuerDid(deps.config.publicUrl),
    didDocument: () => loadDidDocument(deps),
    statusListUrl: statusListUrl(deps.config.publicUrl),
    statusListCredential: () => signedStatusList(deps),
  });
}

/**
 * The signed BitstringStatusListCredential (`/credentials/status/1`). The signed document is cached;
 * it is signed again, with the newest key, whenever the set of revoked positions changed since — after
 * a revocation, and after an erasure deleted credentials.
 */
export async function signedStatusList(deps: KeyDeps): Promise<Record<string, unknown>> {
  const revoked = await revokedStatusIndexes(deps.db);
  const digest = revokedDigest(revoked);
  const cached = await deps.db
    .selectFrom('credential_status_list')
    .select(['document', 'revoked_digest'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  if (cached.document && cached.revoked_digest === digest) {
    return JSON.parse(cached.document) as Record<string, unknown>;
  }
  const key = await currentSigningKey(deps);
  const unsigned = await buildStatusListCredential({
    publicUrl: deps.config.publicUrl,
    did: issuerDid(deps.config.publicUrl),
    revoked,
    validFrom: new Date().toISOString(),
  });
  const signed = await signDataIntegrity(unsigned, key, issuerDocumentLoader(deps));
  await deps.db
    .updateTable('credential_status_list')
    .set({ document: JSON.stringify(signed), revoked_digest: digest, updated_at: new Date().toISOString() })
    .where('id', '=', 1)
    .execute();
  return signed;
}
