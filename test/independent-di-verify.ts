/**
 * An INDEPENDENT `eddsa-rdfc-2022` verifier, for tests: no Digital Bazaar code at all, so that our
 * credentials are shown to verify with software we did not sign them with.
 *   JSON-LD → RDF:   jsonld-streaming-parser (the Comunica stack)
 *   RDFC-1.0:        rdfjs-c14n (W3C reference by Ivan Herman)
 *   Ed25519/SHA-256: node:crypto (OpenSSL); base58btc and Multikey decoding written out below.
 * It follows W3C "Data Integrity EdDSA Cryptosuites v1.0" §3.3 (verify a proof), offline: contexts are
 * read from the files pinned in the repository, and the DID document is handed in by the caller.
 */
import { createHash, createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JsonLdParser } from 'jsonld-streaming-parser';
import { RDFC10 } from 'rdfjs-c14n';
import type { Quad } from '@rdfjs/types';

const contextsDir = path.resolve(import.meta.dirname, '../src/modules/credentials/contexts');
const contextFiles: Record<string, string> = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-v3p0-context-3.0.3.json',
  'https://www.w3.org/ns/did/v1': 'did-v1.jsonld',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.jsonld',
};

const documentLoader = {
  load(url: string) {
    const file = contextFiles[url];
    if (!file) return Promise.reject(new Error(`offline: unknown context ${url}`));
    return Promise.resolve(JSON.parse(fs.readFileSync(path.join(contextsDir, file), 'utf8')));
  },
};

const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58btcDecode(text: string): Uint8Array {
  let value = 0n;
  for (const character of text) {
    const digit = alphabet.indexOf(character);
    if (digit < 0) throw new Error('bad base58 character');
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (value > 0n) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  for (const character of text) {
    if (character !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

/** A Multikey `publicKeyMultibase` (base58btc, multicodec 0xed01) as a node:crypto public key. */
export function multikeyToPublicKey(publicKeyMultibase: string): KeyObject {
  if (!publicKeyMultibase.startsWith('z')) throw new Error('publicKeyMultibase must be base58btc (z)');
  const bytes = base58btcDecode(publicKeyMultibase.slice(1));
  if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01)
    throw new Error('not an Ed25519 multikey');
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), bytes.subarray(2)]);
  return createPublicKey({ key: spki, format: 'der', type: 'spki' });
}

async function toQuads(document: object): Promise<Quad[]> {
  const parser = new JsonLdParser({
    documentLoader,
    streamingProfile: false,
    rdfstar: false,
    strictValues: true,
    processingMode: '1.1',
  });
  const quads: Quad[] = [];
  return new Promise((resolve, reject) => {
    parser
      .on('data', (quad: Quad) => quads.push(quad))
      .on('error', reject)
      .on('end', () => resolve(quads));
    parser.write(JSON.stringify(document));
    parser.end();
  });
}

const rdfc = new RDFC10();
export async function canonize(document: object): Promise<string> {
  return rdfc.canonicalize(await toQuads(document));
}
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export interface DidDocumentLike {
  readonly id: string;
  readonly verificationMethod?: readonly {
    readonly id: string;
    readonly type: string;
    readonly controller: string;
    readonly publicKeyMultibase: string;
  }[];
  readonly assertionMethod?: readonly (string | { readonly id: string })[];
}

/** Verifies the embedded proof; `resolveDidDocument` must work offline. */
export async function verifyEddsaRdfc2022(
  secured: Record<string, unknown>,
  resolveDidDocument: (did: string) => Promise<DidDocumentLike>,
): Promise<{ verified: boolean; error?: string }> {
  try {
    const { proof, ...unsecured } = secured as { proof?: Record<string, string> } & Record<string, unknown>;
    if (!proof || Array.isArray(proof)) throw new Error('exactly one proof expected');
    if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022') {
      throw new Error('unsupported proof type or cryptosuite');
    }
    if (proof.proofPurpose !== 'assertionMethod') throw new Error('unexpected proofPurpose');
    if (!proof.proofValue?.startsWith('z')) throw new Error('proofValue must be base58btc multibase');
    const { proofValue, ...proofConfig } = proof;
    const config = { ...proofConfig, '@context': unsecured['@context'] };
    // hashData = SHA-256(canonical proof configuration) ‖ SHA-256(canonical unsecured document)
    const hashData = Buffer.concat([sha256(await canonize(config)), sha256(await canonize(unsecured))]);
    const signature = base58btcDecode(proofValue.slice(1));
    if (signature.length !== 64) throw new Error('signature must be 64 bytes');
    const methodId = proof.verificationMethod ?? '';
    const [did] = methodId.split('#');
    const issuer = unsecured.issuer as string | { id: string } | undefined;
    const issuerId = typeof issuer === 'string' ? issuer : issuer?.id;
    if (!did || did !== issuerId) throw new Error('verificationMethod is not controlled by the issuer');
    const didDocument = await resolveDidDocument(did);
    const method = didDocument.verificationMethod?.find((candidate) => candidate.id === methodId);
    if (!method) throw new Error('verificationMethod not found in the DID document');
    if (method.type !== 'Multikey' || method.controller !== did) throw new Error('bad verification method');
    const allowed = (didDocument.assertionMethod ?? []).map((entry) =>
      typeof entry === 'string' ? entry : entry.id,
    );
    if (!allowed.includes(method.id)) throw new Error('key not authorised for assertionMethod');
    const ok = verifySignature(null, hashData, multikeyToPublicKey(method.publicKeyMultibase), signature);
    return ok ? { verified: true } : { verified: false, error: 'signature mismatch' };
  } catch (error) {
    return { verified: false, error: (error as Error).message };
  }
}

/** W3C Bitstring Status List v1.0 §3.2: whether bit `index` is set (the left-most bit is index 0). */
export function decodeStatusBit(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url (u)');
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  if (index >= bits.length * 8) throw new Error('RANGE_ERROR');
  return ((bits[index >> 3]! >> (7 - (index & 7))) & 1) === 1;
}
