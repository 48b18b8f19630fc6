import { verifyCredential } from '@digitalcredentials/verifier-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { addIssuerKey } from './issuer-keys.js';
import { issueForCompletions } from './credentials.service.js';
import { completedFixture, type CompletedFixture } from './credentials.test-kit.js';

type Credential = Record<string, unknown> & { credentialSubject: { name: string } };
interface LogEntry {
  id: string;
  valid: boolean;
}

/**
 * Our credentials checked by the Digital Credentials Consortium's verifier (`@digitalcredentials/
 * verifier-core`, the verifier behind VerifierPlus and the Learner Credential Wallet): its own forks of
 * jsonld, jsonld-signatures and the eddsa-rdfc-2022 cryptosuite, its own document loader with its own
 * bundled contexts. It resolves our `did:web` and fetches our status list over HTTP: `fetch` is replaced,
 * for these tests only, by one that answers for our host from the application in process and refuses
 * every other host, so nothing leaves the machine. The DCC's issuer registries are not consulted (not
 * registered there: `registered_issuer` is false) and the 1EdTech JSON Schema cannot be fetched offline:
 * neither is part of the verdict below.
 */
describe('credentials verified by the DCC verifier', () => {
  let t: TestApp;
  let fixture: CompletedFixture;
  const realFetch = globalThis.fetch;
  const publicHost = 'localhost:3000';
  const fetchedHosts = new Set<string>();

  const documentOf = async (name: string): Promise<Credential & { id: string }> => {
    const row = await t.deps.db
      .selectFrom('credential')
      .select(['id', 'document'])
      .where('completion_record_id', '=', fixture.records[name]!)
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    return JSON.parse(row.document) as Credential & { id: string };
  };
  const credentialIdOf = async (name: string) =>
    (
      await t.deps.db
        .selectFrom('credential')
        .select('id')
        .where('completion_record_id', '=', fixture.records[name]!)
        .executeTakeFirstOrThrow()
    ).id;
  /** The verifier's log as `{ step: valid }`, without the registry step we cannot take part in. */
  const dccVerify = async (credential: object) => {
    const result = (await verifyCredential({
      credential: credential as never,
      knownDIDRegistries: [] as never,
    })) as { log?: LogEntry[]; errors?: { name: string; message: string }[] };
    const steps = Object.fromEntries((result.log ?? []).map((entry) => [entry.id, entry.valid]));
    delete steps.registered_issuer;
    return { steps, errors: (result.errors ?? []).map((error) => error.name) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    fixture = await completedFixture(t, ['Ada Lovelace', 'Ioana Brâncuși', 'Eleni Papadopoulou']);
    expect(await issueForCompletions(t.deps)).toEqual({ issued: 3, failed: 0 });
    globalThis.fetch = async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      fetchedHosts.add(url.host);
      if (url.host !== publicHost) return new Response('offline', { status: 404 });
      const response = await t.app.inject({ url: `${url.pathname}${url.search}` });
      return new Response(new Uint8Array(response.rawPayload), {
        status: response.statusCode,
        headers: { 'content-type': String(response.headers['content-type'] ?? 'application/octet-stream') },
      });
    };
    // The verifier logs the schema it could not fetch offline.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    vi.restoreAllMocks();
    await t.close();
  });

  it('verifies an issued credential: signature, status and dates', async () => {
    const result = await dccVerify(await documentOf('Ada Lovelace'));
    expect(result).toEqual({
      steps: { valid_signature: true, revocation_status: true, expiration: true },
      errors: [],
    });
    // Our DID document and status list came from our host; nothing else was answered.
    expect(fetchedHosts.has(publicHost)).toBe(true);
  });

  it('rejects a credential with one character of the name changed', async () => {
    const credential = await documentOf('Ioana Brâncuși');
    credential.credentialSubject = { ...credential.credentialSubject, name: 'Ioana Brancuși' };
    const result = await dccVerify(credential);
    expect(result.steps.valid_signature ?? false).toBe(false);
    expect(result.errors).toContain('invalid_signature');
  });

  it('sees a revocation made through the API in our status list', async () => {
    const credential = await documentOf('Eleni Papadopoulou');
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/credentials/${await credentialIdOf('Eleni Papadopoulou')}/revoke`,
      headers: fixture.manager,
      payload: { reason: 'Issued by mistake' },
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const result = await dccVerify(credential);
    expect(result.steps).toEqual({ valid_signature: true, revocation_status: false, expiration: true });
  });

  it('still verifies an old credential after a key rotation', async () => {
    await addIssuerKey(t.deps);
    const result = await dccVerify(await documentOf('Ada Lovelace'));
    expect(result.steps).toEqual({ valid_signature: true, revocation_status: true, expiration: true });
  });
});
