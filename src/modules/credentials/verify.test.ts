import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieHeader, createTestApp, csrfTokenFrom, type TestApp } from '../../../test/app.js';
import { multipartBody } from '../organisations/organisations.test-kit.js';
import { hashShareToken } from './credentials.policy.js';
import { issueCredential, type IssuedCredential } from './credentials.service.js';
import { completedFixture, type CompletedFixture } from './credentials.test-kit.js';

interface Verification {
  verified: boolean;
  checks: { check: string; ok: boolean; message: string; reason?: string }[];
}

const shareToken = 'c2hhcmUtdG9rZW4tZm9yLXZlcmlmeS10ZXN0cw';

/** Tampers with the recipient's name, keeping the proof: the signature no longer matches. */
function tampered(document: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(document) as {
    credentialSubject: { identifier: { identityHash: string }[] };
  };
  copy.credentialSubject.identifier[1]!.identityHash = 'Ada Lovelacf';
  return copy;
}

/** Verification for everyone: the API and the `/{lang}/verify` page. */
describe('credential verification', () => {
  let t: TestApp;
  let fixture: CompletedFixture;
  let ada: IssuedCredential;
  let grace: IssuedCredential;

  beforeAll(async () => {
    t = await createTestApp();
    fixture = await completedFixture(t, ['Ada Lovelace', 'Grace Hopper']);
    ada = await issueCredential(t.deps, fixture.records['Ada Lovelace']!);
    grace = await issueCredential(t.deps, fixture.records['Grace Hopper']!);
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/credentials/${grace.id}/revoke`,
      headers: fixture.manager,
      payload: { reason: 'Attendance sheet was forged.' },
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
  });
  afterAll(() => t.close());

  const verify = (payload: string | object, contentType = 'application/json') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/credentials/verify',
      headers: { 'content-type': contentType },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
  const failed = (body: Verification) => body.checks.filter((check) => !check.ok);

  describe('POST /api/v1/credentials/verify', () => {
    it('verifies a valid credential sent as JSON-LD, as { jwt } and as application/jwt', async () => {
      for (const response of [
        await verify(ada.document),
        await verify({ jwt: ada.jwt }),
        await verify(ada.jwt, 'application/jwt'),
      ]) {
        expect(response.statusCode, response.body).toBe(200);
        expect(response.headers['cache-control']).toBe('no-store');
        const body = response.json<Verification>();
        expect(failed(body)).toEqual([]);
        expect(body.verified).toBe(true);
        expect(body.checks.map((check) => check.check)).toEqual([
          'schema',
          'signature',
          'issuer',
          'revocation',
          'dates',
        ]);
      }
    });

    it('answers 200 "not verified" for a tampered credential: the signature fails', async () => {
      const response = await verify(tampered(ada.document));
      expect(response.statusCode).toBe(200);
      const body = response.json<Verification>();
      expect(body.verified).toBe(false);
      expect(failed(body)).toEqual([
        expect.objectContaining({ check: 'signature', ok: false, reason: 'bad-signature' }),
      ]);
    });

    it('says "revoked" for a revoked credential, in both forms', async () => {
      for (const response of [await verify(grace.document), await verify(grace.jwt, 'application/jwt')]) {
        const body = response.json<Verification>();
        expect(body.verified).toBe(false);
        expect(failed(body)).toEqual([expect.objectContaining({ check: 'revocation', reason: 'revoked' })]);
        expect(failed(body)[0]?.message).toContain('revoked');
      }
    });

    it('refuses with 400 problem+json what is neither a credential nor a JWT', async () => {
      for (const response of [
        await verify({ hello: 'world' }),
        await verify('certainly not a jwt', 'application/jwt'),
        await verify({ jwt: 'abc' }),
        await verify('{"broken": ', 'application/json'),
      ]) {
        expect(response.statusCode, response.body).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    });

    it('is described in the OpenAPI document, body and answer', async () => {
      const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
        paths: Record<string, { post?: { requestBody?: unknown; responses?: Record<string, unknown> } }>;
      }>();
      const operation = document.paths['/api/v1/credentials/verify']?.post;
      expect(operation?.requestBody).toBeDefined();
      expect(JSON.stringify(operation?.responses?.['200'])).toContain('verified');
    });

    it('is limited per address with the shared rate limiter', async () => {
      const limited = await createTestApp();
      try {
        let last = 0;
        for (let attempt = 0; attempt < 61; attempt += 1) {
          last = (
            await limited.app.inject({
              method: 'POST',
              url: '/api/v1/credentials/verify',
              headers: { 'content-type': 'application/jwt' },
              payload: 'not-a-jwt',
            })
          ).statusCode;
        }
        expect(last).toBe(429);
      } finally {
        await limited.close();
      }
    });
  });

  describe('/{lang}/verify', () => {
    async function openForm(lang = 'en') {
      const page = await t.app.inject({ url: `/${lang}/verify` });
      expect(page.statusCode).toBe(200);
      return { page, csrf: csrfTokenFrom(page.body), cookie: cookieHeader(page.headers['set-cookie']) };
    }

    async function submit(
      fields: Record<string, string>,
      file?: { filename: string; content: Buffer },
      lang = 'en',
    ) {
      const { csrf, cookie } = await openForm(lang);
      const body = multipartBody(
        { _csrf: csrf, ...fields },
        {
          name: 'file',
          filename: file?.filename ?? '',
          contentType: 'application/octet-stream',
          content: file?.content ?? Buffer.alloc(0),
        },
      );
      return t.app.inject({
        method: 'POST',
        url: `/${lang}/verify`,
        headers: { cookie, 'content-type': body.contentType },
        payload: body.payload,
      });
    }

    it('shows an empty form that works without JavaScript, never cached', async () => {
      const { page } = await openForm();
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.body).toContain('enctype="multipart/form-data"');
      expect(page.body).toContain('name="_csrf"');
      expect(page.body).toContain('<textarea');
      expect(page.body).not.toContain('role="status"');
    });

    it('says "Valid" for a pasted credential, keeps the text, and shows its facts', async () => {
      const text = JSON.stringify(ada.document, null, 2);
      const response = await submit({ credential: text });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toMatch(/role="status"><h2 id="verify-outcome">Valid<\/h2>/);
      expect(response.body).toContain('Ada Lovelace');
      expect(response.body).toContain('The signature matches the content');
      expect(response.body).toContain('You can rely on this certificate.');
      // The pasted text stays in the box (escaped).
      expect(response.body).toContain(ada.id);
      expect(response.body).toContain('&quot;@context&quot;');
    });

    it('says "Not valid" for a pasted JWT of a revoked credential, and what to do', async () => {
      const response = await submit({ credential: grace.jwt });
      expect(response.statusCode).toBe(200);
      expect(response.body).toMatch(/<h2 id="verify-outcome">Not valid<\/h2>/);
      expect(response.body).toContain('It has been revoked by the issuer.');
      expect(response.body).toContain('not confirmed, since it is not valid');
      expect(response.body).toContain('Ask the training provider that issued it why.');
      expect(response.body).toContain(grace.jwt);
    });

    it('verifies an uploaded file, and refuses other file types and garbage', async () => {
      const uploaded = await submit(
        { credential: '' },
        { filename: 'ada.json', content: Buffer.from(JSON.stringify(tampered(ada.document))) },
      );
      expect(uploaded.statusCode).toBe(200);
      expect(uploaded.body).toMatch(/<h2 id="verify-outcome">Not valid<\/h2>/);
      expect(uploaded.body).toContain('The signature does not match the content');

      const wrongType = await submit(
        { credential: '' },
        { filename: 'ada.pdf', content: Buffer.from('%PDF') },
      );
      expect(wrongType.statusCode).toBe(422);
      expect(wrongType.body).toContain('Choose a .json, .jwt or .txt file.');

      const garbage = await submit({ credential: 'hello there' });
      expect(garbage.statusCode).toBe(422);
      expect(garbage.body).toContain('This is neither a credential in JSON nor a JWT.');
      expect(garbage.body).toContain('hello there');

      const empty = await submit({ credential: '  ' });
      expect(empty.statusCode).toBe(422);
      expect(empty.body).toContain('Paste a credential or choose its file.');
    });

    it('refuses a form without its CSRF token', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/en/verify',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ credential: ada.jwt }).toString(),
      });
      expect(response.statusCode).toBe(403);
    });

    it('follows a certificate’s link with its share token; without it a private one is "not found"', async () => {
      await t.deps.db
        .updateTable('credential')
        .set({ share_token_hash: hashShareToken(shareToken) })
        .where('id', '=', ada.id)
        .execute();
      const shared = await t.app.inject({ url: `/en/verify?credential=${ada.id}&share=${shareToken}` });
      expect(shared.statusCode, shared.body).toBe(200);
      expect(shared.headers['cache-control']).toBe('no-store');
      expect(shared.body).toMatch(/<h2 id="verify-outcome">Valid<\/h2>/);
      expect(shared.body).toContain('Ada Lovelace');

      for (const url of [
        `/en/verify?credential=${ada.id}`,
        `/en/verify?credential=${ada.id}&share=wrong-token-wrong-token`,
        '/en/verify?credential=not-a-uuid',
      ]) {
        const hidden = await t.app.inject({ url });
        expect(hidden.statusCode, url).toBe(404);
        expect(hidden.body).toContain('Certificate not found or not shared');
        expect(hidden.body).not.toContain('Ada Lovelace');
      }
    });

    it('speaks Italian: valid, not valid and not shared', async () => {
      const valid = await t.app.inject({ url: `/it/verify?credential=${ada.id}&share=${shareToken}` });
      expect(valid.statusCode).toBe(200);
      expect(valid.body).toMatch(/<h2 id="verify-outcome">Valido<\/h2>/);
      expect(valid.body).toContain('La firma corrisponde al contenuto');
      expect(valid.body).toContain('Destinatario');

      const revoked = await submit({ credential: JSON.stringify(grace.document) }, undefined, 'it');
      expect(revoked.body).toMatch(/<h2 id="verify-outcome">Non valido<\/h2>/);
      expect(revoked.body).toContain('È stata revocata dall’emittente.');

      const hidden = await t.app.inject({ url: `/it/verify?credential=${grace.id}` });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.body).toContain('Certificato non trovato o non condiviso');
    });
  });
});
