import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { importJWK, SignJWT } from 'jose';
import type { DocumentLoader } from './document-loader.js';
import type { SigningKey } from './issuer-keys.js';

/**
 * The credential with an embedded Data Integrity proof, cryptosuite `eddsa-rdfc-2022` (RDF dataset
 * canonicalisation, SHA-256, Ed25519), `proofPurpose: assertionMethod`, verification method = the key's
 * DID URL. Expansion runs in safe mode: an undefined term fails instead of being left unsigned.
 */
export async function signDataIntegrity(
  credential: Record<string, unknown>,
  key: SigningKey,
  documentLoader: DocumentLoader,
): Promise<Record<string, unknown>> {
  const suite = new DataIntegrityProof({ signer: key.keyPair.signer(), cryptosuite: eddsaRdfc2022 });
  return vc.issue({ credential: structuredClone(credential), suite, documentLoader });
}

/** The key as an OKP JWK for jose: `d` is the 32-byte seed (ed25519-multikey exports seed‖public). */
async function privateJwk(key: SigningKey) {
  const jwk = await Ed25519Multikey.toJwk({ keyPair: key.keyPair, secretKey: true });
  const d = Buffer.from(jwk.d ?? '', 'base64url');
  return {
    kty: 'OKP',
    crv: 'Ed25519',
    x: jwk.x,
    d: (d.length === 64 ? d.subarray(0, 32) : d).toString('base64url'),
  };
}

/**
 * The credential as a VC-JWT (VC-JOSE-COSE style, as OB 3.0 profiles it): the payload is the credential
 * plus the registered claims `iss` (issuer id), `jti` (credential id), `nbf` (validFrom) and `exp`
 * (validUntil, if any); header `alg: EdDSA`, `typ: vc+jwt`, `kid` = the key's DID URL.
 */
export async function signVcJwt(credential: Record<string, unknown>, key: SigningKey): Promise<string> {
  const issuer = credential.issuer as string | { id: string };
  const validUntil = credential.validUntil as string | undefined;
  const claims = {
    ...credential,
    iss: typeof issuer === 'string' ? issuer : issuer.id,
    jti: credential.id as string,
    nbf: Math.floor(Date.parse(credential.validFrom as string) / 1000),
    ...(validUntil ? { exp: Math.floor(Date.parse(validUntil) / 1000) } : {}),
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: key.didUrl })
    .sign(await importJWK(await privateJwk(key), 'EdDSA'));
}
