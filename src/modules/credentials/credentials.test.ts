import { verifyJWT } from 'did-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestApp, createTestApp } from '../../../test/app.js';
import {
  decodeStatusBit,
  verifyEddsaRdfc2022,
  type DidDocumentLike,
} from '../../../test/independent-di-verify.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { eraseAccount } from '../privacy/index.js';
import { verifyCredential } from './credential-verification.js';
import { partnerAdmin, recognitionBody, seedBody } from '../recognition/recognition.test-kit.js';
import {
  issueCredential,
  issueForCompletions,
  reissueRenamedCredentials,
  type IssuedCredential,
} from './credentials.service.js';
import { completedFixture, type CompletedFixture } from './credentials.test-kit.js';
import { openPrivateKey } from './issuer-keys.js';
import { runKeysCommand } from './keys.cli.js';

type Json = Record<string, unknown>;

/** The parts of an issued credential the tests read. */
interface IssuedDocument extends Json {
  credentialSubject: {
    identifier: { identityHash: string; identityType: string }[];
    achievement: { alignment: { targetUrl: string }[] } & Json;
    result: { value: string }[];
  };
  credentialStatus: { statusListIndex: string };
  proof: { proofValue: string; verificationMethod: string };
}
interface StatusListDocument extends Json {
  credentialSubject: { encodedList: string };
}
const documentOf = (credential: IssuedCredential) => structuredClone(credential.document) as IssuedDocument;

/**
 * Open Badges 3.0 credentials: issued from completion records, signed twice (eddsa-rdfc-2022 and
 * VC-JWT) and checked by verifiers that share no code with the signer.
 */
describe('credentials', () => {
  let t: TestApp;
  let fixture: CompletedFixture;
  let ada: IssuedCredential;

  const didDocument = async (): Promise<DidDocumentLike> =>
    (await t.app.inject({ url: '/.well-known/did.json' })).json<DidDocumentLike>();
  const independent = async (credential: Json) =>
    verifyEddsaRdfc2022(credential, async (did) => {
      const document = await didDocument();
      if (did !== document.id) throw new Error(`unknown DID ${did}`);
      return document;
    });
  const statusList = async () =>
    (await t.app.inject({ url: '/credentials/status/1' })).json<StatusListDocument>();
  const failedChecks = (result: Awaited<ReturnType<typeof verifyCredential>>) =>
    result.checks.filter((check) => !check.ok).map((check) => `${check.check}: ${check.message}`);

  beforeAll(async () => {
    t = await createTestApp();
    fixture = await completedFixture(t, ['Ada Lovelace', 'Ștefan Țîrcă', 'Łukasz Żółć']);
    const run = await issueForCompletions({ ...t.deps }, {});
    expect(run).toEqual({ issued: 3, failed: 0 });
    ada = await issueCredential(t.deps, fixture.records['Ada Lovelace']!);
  });
  afterAll(() => t.close());

  it('issues an OpenBadgeCredential of the did:web issuer that the independent verifier accepts', async () => {
    const document = documentOf(ada);
    expect(document['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(document.id).toBe(`http://localhost:3000/credentials/${ada.id}`);
    expect(document.issuer).toMatchObject({ id: 'did:web:localhost%3A3000', type: ['Profile'] });
    const subject = document.credentialSubject;
    expect(subject.identifier[1]).toMatchObject({ identityHash: 'Ada Lovelace', identityType: 'name' });
    expect(subject.identifier[0]!.identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(subject.achievement).toMatchObject({
      achievementType: 'Course',
      creditsAvailable: 2,
      inLanguage: 'en',
    });
    expect(subject.achievement.alignment[0]!.targetUrl).toBe(
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32008F0909',
    );
    expect(subject.result.map((result) => result.value)).toEqual(['16', '2', '12']);
    expect(document.credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListCredential: 'http://localhost:3000/credentials/status/1',
    });
    expect(document.proof).toMatchObject({
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: 'did:web:localhost%3A3000#key-1',
    });

    expect(await independent(document)).toEqual({ verified: true });
    const ours = await verifyCredential(t.deps, document);
    expect(failedChecks(ours)).toEqual([]);
    expect(ours.checks.map((check) => check.check)).toEqual([
      'schema',
      'signature',
      'issuer',
      'revocation',
      'dates',
    ]);

    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select('action')
      .where('target_id', '=', ada.id)
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual(['credential-issued']);
  });

  it('fails when one character changes: the hours, the name', async () => {
    const hours = documentOf(ada);
    hours.credentialSubject.result[0]!.value = '17';
    const name = documentOf(ada);
    name.credentialSubject.identifier[1]!.identityHash = 'Ada Lovelacf';
    for (const tampered of [hours, name]) {
      expect((await independent(tampered)).verified).toBe(false);
      const ours = await verifyCredential(t.deps, tampered);
      expect(ours.verified).toBe(false);
      expect(ours.checks.find((check) => check.check === 'signature')?.ok).toBe(false);
    }
  });

  it('signs the VC-JWT with the same key: did-jwt verifies it offline, and a changed name fails', async () => {
    const document = await didDocument();
    const resolver = {
      resolve: (did: string) =>
        Promise.resolve(
          did === document.id
            ? { didResolutionMetadata: {}, didDocument: document as never, didDocumentMetadata: {} }
            : { didResolutionMetadata: { error: 'notFound' }, didDocument: null, didDocumentMetadata: {} },
        ),
    };
    const { payload, issuer } = await verifyJWT(ada.jwt, {
      resolver,
      proofPurpose: 'assertionMethod',
      policies: { aud: false },
    });
    expect(issuer).toBe('did:web:localhost%3A3000');
    expect(payload.jti).toBe(`http://localhost:3000/credentials/${ada.id}`);
    expect(failedChecks(await verifyCredential(t.deps, ada.jwt))).toEqual([]);

    const [header, body, signature] = ada.jwt.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as IssuedDocument;
    claims.credentialSubject.identifier[1]!.identityHash = 'Ada Lovelacf';
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expect(
      verifyJWT(tampered, { resolver, proofPurpose: 'assertionMethod', policies: { aud: false } }),
    ).rejects.toThrow();
    expect((await verifyCredential(t.deps, tampered)).verified).toBe(false);
  });

  it('hands the credential to its holder, and to others only when public or with the share link', async () => {
    const url = `/api/v1/credentials/${ada.id}`;
    const holder = fixture.participants.find((participant) => participant.name === 'Ada Lovelace')!;
    const asHolder = await t.app.inject({ url, headers: await sessionHeaders(t, holder.userId) });
    expect(asHolder.statusCode).toBe(200);
    expect(asHolder.json<IssuedDocument>().proof.proofValue).toBe(documentOf(ada).proof.proofValue);
    const jwt = await t.app.inject({
      url,
      headers: { ...(await sessionHeaders(t, holder.userId)), accept: 'application/jwt' },
    });
    expect(jwt.headers['content-type']).toContain('application/jwt');
    expect(jwt.body).toBe(ada.jwt);

    const stranger = await createUser(t.deps);
    expect((await t.app.inject({ url, headers: await sessionHeaders(t, stranger.id) })).statusCode).toBe(404);
    expect((await t.app.inject({ url })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `${url}?share=not-the-token-at-all` })).statusCode).toBe(404);

    await t.deps.db.updateTable('credential').set({ is_public: 1 }).where('id', '=', ada.id).execute();
    const open = await t.app.inject({ url: `${url}?format=jwt` });
    expect(open.statusCode).toBe(200);
    expect(open.body).toBe(ada.jwt);
    await t.deps.db.updateTable('credential').set({ is_public: 0 }).where('id', '=', ada.id).execute();
  });

  it('revokes on a provider manager’s word: the signed status list sets the bit, verifiers say "revoked"', async () => {
    const stefan = await issueCredential(t.deps, fixture.records['Ștefan Țîrcă']!);
    const index = Number(documentOf(stefan).credentialStatus.statusListIndex);
    expect(decodeStatusBit((await statusList()).credentialSubject.encodedList, index)).toBe(false);

    const learner = await createUser(t.deps);
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/credentials/${stefan.id}/revoke`,
      headers: await sessionHeaders(t, learner.id),
      payload: { reason: 'Attendance sheet was forged.' },
    });
    expect(refused.statusCode).toBe(403);

    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/credentials/${stefan.id}/revoke`,
      headers: fixture.manager,
      payload: { reason: 'Attendance sheet was forged.' },
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/credentials/${stefan.id}/revoke`,
      headers: fixture.manager,
      payload: { reason: 'Twice.' },
    });
    expect(again.statusCode).toBe(409);

    const list = await statusList();
    expect(await independent(list)).toEqual({ verified: true });
    expect(decodeStatusBit(list.credentialSubject.encodedList, index)).toBe(true);
    const ours = await verifyCredential(t.deps, stefan.document);
    expect(ours.verified).toBe(false);
    expect(failedChecks(ours)).toEqual([expect.stringMatching(/^revocation: .*revoked/)]);
    expect(
      (await verifyCredential(t.deps, stefan.jwt)).checks.find((c) => c.check === 'revocation')?.message,
    ).toContain('revoked');
    // The signature itself is still good: only the status says no.
    expect(await independent(stefan.document as Json)).toEqual({ verified: true });
  });

  it('carries the credits an academic body recognises for the course, each with its body', async () => {
    const extra = await completedFixture(t, ['Rosalind Franklin']);
    const eli = await seedBody(t, 'European Law Institute', { type: 'network', awardsCredits: true });
    const recorded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/courses/${extra.courseId}/recognitions`,
      headers: (await partnerAdmin(t, eli)).headers,
      payload: recognitionBody(eli, { creditSystem: 'ECTS', amount: 3 }),
    });
    expect(recorded.statusCode, recorded.body).toBe(201);

    const issued = await issueCredential(t.deps, extra.records['Rosalind Franklin']!);
    const descriptions = (
      issued.document as { credentialSubject: { achievement: { resultDescription: { name: string }[] } } }
    ).credentialSubject.achievement.resultDescription.map((description) => description.name);
    expect(descriptions).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ECTS credits awarded by /),
        'ECTS credits awarded by European Law Institute',
      ]),
    );
    expect(await independent(issued.document as Json)).toEqual({ verified: true });
  });

  it('issues again after a name correction: the old credential is superseded and reads revoked', async () => {
    const extra = await completedFixture(t, ['Stefan Tirca']);
    const old = await issueCredential(t.deps, extra.records['Stefan Tirca']!);
    expect(await reissueRenamedCredentials(t.deps)).toBe(0);
    await t.deps.db
      .updateTable('user_account')
      .set({ name: 'Ștefan Țîrcă' })
      .where('id', '=', old.userId)
      .execute();

    expect(await reissueRenamedCredentials(t.deps)).toBe(1);
    expect(await reissueRenamedCredentials(t.deps)).toBe(0);
    const rows = await t.deps.db
      .selectFrom('credential')
      .select(['id', 'superseded_by', 'revocation_reason', 'document'])
      .where('user_id', '=', old.userId)
      .orderBy('issued_at')
      .execute();
    expect(rows).toHaveLength(2);
    const [before, after] = rows as [(typeof rows)[0], (typeof rows)[0]];
    expect(before).toMatchObject({ id: old.id, superseded_by: after.id, revocation_reason: 'superseded' });
    expect(after.document).toContain('Ștefan Țîrcă');
    expect(failedChecks(await verifyCredential(t.deps, old.document))).toEqual([
      expect.stringMatching(/^revocation: .*revoked/),
    ]);
    expect(failedChecks(await verifyCredential(t.deps, JSON.parse(after.document) as object))).toEqual([]);
    expect(await independent(JSON.parse(after.document) as Json)).toEqual({ verified: true });
  });

  it('fails the dates check once validUntil has passed', async () => {
    const extra = await completedFixture(t, ['Grace Hopper']);
    const expiring = await issueCredential(t.deps, extra.records['Grace Hopper']!, {
      validUntil: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(failedChecks(await verifyCredential(t.deps, expiring.document))).toEqual([]);
    const later = await verifyCredential(t.deps, expiring.document, {
      now: new Date(Date.now() + 7_200_000),
    });
    expect(failedChecks(later)).toEqual([expect.stringMatching(/^dates: The credential expired/)]);
    expect(
      (await verifyCredential(t.deps, expiring.jwt, { now: new Date(Date.now() + 7_200_000) })).verified,
    ).toBe(false);
  });

  it('after a key rotation signs with the new key, and old credentials still verify', async () => {
    expect(await runKeysCommand(t.database, t.deps.config, 'rotate')).toEqual([
      'New signing key did:web:localhost%3A3000#key-2: credentials are signed with it from now on.',
    ]);
    expect(
      (await runKeysCommand(t.database, t.deps.config, 'list')).map((line) => line.split(/\s+/)[0]),
    ).toEqual(['did:web:localhost%3A3000#key-1', 'did:web:localhost%3A3000#key-2']);
    const response = await t.app.inject({ url: '/.well-known/did.json' });
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.headers['content-type']).toContain('application/did+ld+json');
    const document = await didDocument();
    expect(document.verificationMethod?.map((method) => method.type)).toEqual(['Multikey', 'Multikey']);
    expect(document.verificationMethod?.map((method) => method.id)).toEqual([
      'did:web:localhost%3A3000#key-1',
      'did:web:localhost%3A3000#key-2',
    ]);
    expect(document.assertionMethod).toEqual(document.verificationMethod?.map((method) => method.id));

    expect(await independent(ada.document as Json)).toEqual({ verified: true });
    expect((await verifyCredential(t.deps, ada.jwt)).verified).toBe(true);
    const extra = await completedFixture(t, ['Emmy Noether']);
    const fresh = await issueCredential(t.deps, extra.records['Emmy Noether']!);
    expect(documentOf(fresh).proof.verificationMethod).toBe('did:web:localhost%3A3000#key-2');
    expect(
      (JSON.parse(Buffer.from(fresh.jwt.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid,
    ).toBe('did:web:localhost%3A3000#key-2');
    expect(await independent(fresh.document as Json)).toEqual({ verified: true });
    expect((await verifyCredential(t.deps, fresh.document)).verified).toBe(true);
  });

  it('keeps private keys sealed: the stored column does not hold the key', async () => {
    const row = await t.deps.db
      .selectFrom('issuer_key')
      .selectAll()
      .where('id', '=', 'key-1')
      .executeTakeFirstOrThrow();
    const secretKey = openPrivateKey(t.deps, 'key-1', row.private_key_sealed);
    expect(secretKey).toMatch(/^z/);
    expect(row.private_key_sealed).not.toContain(secretKey);
    expect(row.private_key_sealed).not.toContain(secretKey.slice(1, 20));
    expect(() =>
      openPrivateKey(
        { ...t.deps, secret: 'another secret entirely, 32 chars+' },
        'key-1',
        row.private_key_sealed,
      ),
    ).toThrow();
    expect(() => openPrivateKey(t.deps, 'key-2', row.private_key_sealed)).toThrow();
  });

  it('deletes the credentials of an erased holder; their status positions stay revoked', async () => {
    const lukasz = fixture.participants.find((participant) => participant.name === 'Łukasz Żółć')!;
    const credential = await issueCredential(t.deps, fixture.records['Łukasz Żółć']!);
    const index = Number(documentOf(credential).credentialStatus.statusListIndex);
    expect(await eraseAccount(t.deps, { userId: lukasz.userId, trigger: 'self' })).toBe(true);
    const left = await t.deps.db
      .selectFrom('credential')
      .select('id')
      .where('user_id', '=', lukasz.userId)
      .execute();
    expect(left).toEqual([]);
    expect(decodeStatusBit((await statusList()).credentialSubject.encodedList, index)).toBe(true);
    const copy = await verifyCredential(t.deps, credential.document);
    expect(failedChecks(copy)).toEqual([expect.stringMatching(/^revocation: .*revoked/)]);
    // The completion record stays (pseudonymised) and is not issued again.
    expect(await issueForCompletions({ ...t.deps }, {})).toEqual({ issued: 0, failed: 0 });
  });
});
