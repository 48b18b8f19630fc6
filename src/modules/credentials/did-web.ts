import { didContextV1, multikeyContextV1 } from './credential-contexts.js';

/** A public key of the issuer, as published in its DID document. */
export interface PublishedKey {
  /** The fragment: `key-1`. */
  readonly id: string;
  readonly publicKeyMultibase: string;
}

export interface VerificationMethod {
  readonly id: string;
  readonly type: 'Multikey';
  readonly controller: string;
  readonly publicKeyMultibase: string;
}

export interface DidDocument {
  readonly '@context': readonly string[];
  readonly id: string;
  readonly verificationMethod: readonly VerificationMethod[];
  readonly assertionMethod: readonly string[];
}

/**
 * The `did:web` of the platform: the host of PUBLIC_URL, its port percent-encoded
 * (`http://localhost:3000` → `did:web:localhost%3A3000`). Its document is at `/.well-known/did.json`.
 */
export function issuerDid(publicUrl: string): string {
  return `did:web:${encodeURIComponent(new URL(publicUrl).host)}`;
}

/** The DID URL of one of the issuer's keys: `did:web:example.org#key-2`. */
export function keyDidUrl(publicUrl: string, keyId: string): string {
  return `${issuerDid(publicUrl)}#${keyId}`;
}

/**
 * The issuer's DID document: every key, old ones included, as a Multikey allowed to assert
 * credentials, so that credentials signed before a rotation keep verifying.
 */
export function buildDidDocument(publicUrl: string, keys: readonly PublishedKey[]): DidDocument {
  const did = issuerDid(publicUrl);
  const verificationMethod = keys.map((key) => ({
    id: `${did}#${key.id}`,
    type: 'Multikey' as const,
    controller: did,
    publicKeyMultibase: key.publicKeyMultibase,
  }));
  return {
    '@context': [didContextV1, multikeyContextV1],
    id: did,
    verificationMethod,
    assertionMethod: verificationMethod.map((method) => method.id),
  };
}

/** What a DID URL names in the document: the document itself, or one verification method (with the context). */
export function dereferenceDidUrl(document: DidDocument, url: string): object | undefined {
  const [did, fragment] = url.split('#');
  if (did !== document.id) return undefined;
  if (fragment === undefined) return document;
  const method = document.verificationMethod.find((candidate) => candidate.id === url);
  return method && { '@context': document['@context'], ...method };
}
