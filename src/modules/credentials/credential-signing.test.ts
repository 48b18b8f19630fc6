import crypto from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { describe, expect, it } from 'vitest';
import { verifyEddsaRdfc2022 } from '../../../test/independent-di-verify.js';
import { signDataIntegrity } from './credential-signing.js';
import { buildDidDocument, issuerDid, keyDidUrl } from './did-web.js';
import { createDocumentLoader } from './document-loader.js';
import { buildOpenBadgeCredential, type OpenBadgeInput } from './open-badge.js';

const publicUrl = 'https://training.example.eu:8443';

async function signingKey() {
  const keyPair = await Ed25519Multikey.generate({
    id: keyDidUrl(publicUrl, 'key-1'),
    controller: issuerDid(publicUrl),
  });
  const didDocument = buildDidDocument(publicUrl, [
    { id: 'key-1', publicKeyMultibase: keyPair.publicKeyMultibase },
  ]);
  const loader = createDocumentLoader({
    did: didDocument.id,
    didDocument: () => Promise.resolve(didDocument),
  });
  return { key: { id: 'key-1', didUrl: keyDidUrl(publicUrl, 'key-1'), keyPair }, didDocument, loader };
}

const input: OpenBadgeInput = {
  credentialId: '0b7e1f4e-3c1a-4d59-9b43-5f0f0d1c2a10',
  publicUrl,
  did: issuerDid(publicUrl),
  validFrom: '2026-11-29T09:00:00.000Z',
  statusIndex: 7,
  recipient: {
    name: 'Zoë Ñúñez-Ødegård',
    email: 'Zoe@example.org',
    salt: '00112233445566778899aabbccddeeff',
  },
  course: {
    id: 'course-1',
    slug: 'mutual-recognition',
    title: 'Mutual recognition of judgments',
    summary: 'Framework Decision 2008/909/JHA in practice.',
    sourceLanguage: 'en',
    providerId: 'org-1',
    providerName: 'Judicial school',
    topics: ['radicalisation'],
    instruments: ['32008F0909'],
    credits: [{ system: 'UFC', amount: 12, awardingBody: 'Scuola Superiore della Magistratura' }],
  },
  criteria: 'Attend at least 80% of the session’s days.',
  completion: {
    hours: 16,
    completedAt: '2026-11-27T16:00:00.000Z',
    sessionStartsAt: '2026-11-23T08:00:00.000Z',
    sessionEndsAt: '2026-11-27T16:00:00.000Z',
  },
};

describe('credential signing', () => {
  it('names the did:web of the host with its port percent-encoded', () => {
    expect(issuerDid('http://localhost:3000')).toBe('did:web:localhost%3A3000');
    expect(issuerDid('https://training.example.eu/')).toBe('did:web:training.example.eu');
  });

  it('hashes the email with the salt, in lower case, as OB 3.0 identityHash', () => {
    const credential = buildOpenBadgeCredential(input) as {
      credentialSubject: { identifier: { identityHash: string }[] };
    };
    const expected = `sha256$${crypto.createHash('sha256').update('zoe@example.org00112233445566778899aabbccddeeff').digest('hex')}`;
    expect(credential.credentialSubject.identifier[0]!.identityHash).toBe(expected);
  });

  it('signs only terms of the pinned contexts: an unknown term makes signing fail (safe mode)', async () => {
    const { key, didDocument, loader } = await signingKey();
    const signed = await signDataIntegrity(buildOpenBadgeCredential(input), key, loader);
    expect(await verifyEddsaRdfc2022(signed, () => Promise.resolve(didDocument))).toEqual({ verified: true });

    const withUnknownTerm = { ...buildOpenBadgeCredential(input), hoursOfTraining: 16 };
    await expect(signDataIntegrity(withUnknownTerm, key, loader)).rejects.toThrow(
      /Safe mode validation error/,
    );
  });

  it('never fetches: a context that is not pinned is refused', async () => {
    const { loader } = await signingKey();
    await expect(loader('https://example.org/evil-context.jsonld')).rejects.toThrow(
      /Offline document loader/,
    );
    await expect(loader('did:web:elsewhere.example')).rejects.toThrow(/Offline document loader/);
  });
});
