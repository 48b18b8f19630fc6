import jsQRModule from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cookieHeader,
  createTestApp,
  csrfTokenFrom,
  signedInCookie,
  type TestApp,
} from '../../../test/app.js';
import { extractPdfAttachments, renderPdfPage } from '../../platform/pdf/pdf-render.test-kit.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { issueForCompletions } from './credentials.service.js';
import { completedFixture, type CompletedFixture } from './credentials.test-kit.js';

/** jsQR is CommonJS with a `default` property: Node's ESM import yields the module object's function. */
const jsQR = jsQRModule.default;

interface ListedCredential {
  id: string;
  courseTitle: string;
  status: string;
  isPublic: boolean;
  hasShareLink: boolean;
  hours: number;
  credits: { system: string; amount: number; awardingBody: string }[];
}

/**
 * "My credentials": the holder's list, downloads, public/private and share links, the transcript, and
 * nothing of anyone else's.
 */
describe('my credentials', () => {
  let t: TestApp;
  let fixture: CompletedFixture;
  let adaId: string;
  let adaUserId: string;
  let beaUserId: string;

  const credentialOf = async (completionRecordId: string) =>
    (
      await t.deps.db
        .selectFrom('credential')
        .select(['id', 'document'])
        .where('completion_record_id', '=', completionRecordId)
        .executeTakeFirstOrThrow()
    ).id;
  const anonymousRead = (id: string, share?: string) =>
    t.app.inject({ url: `/api/v1/credentials/${id}${share ? `?share=${encodeURIComponent(share)}` : ''}` });
  const api = async (userId: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: await sessionHeaders(t, userId), ...(payload ? { payload } : {}) });
  /** Posts a form of the list page as a browser would: the page first (for the CSRF token). */
  const postForm = async (userId: string, url: string, fields: Record<string, string> = {}) => {
    const session = await signedInCookie(t.deps, userId);
    const page = await t.app.inject({ url: '/en/account/credentials', headers: { cookie: session } });
    const cookie = [session, cookieHeader(page.headers['set-cookie'])].filter(Boolean).join('; ');
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrfTokenFrom(page.body), ...fields }).toString(),
    });
  };
  const page = async (userId: string, url: string) =>
    t.app.inject({ url, headers: { cookie: await signedInCookie(t.deps, userId) } });

  beforeAll(async () => {
    t = await createTestApp();
    fixture = await completedFixture(t, ['Ada Lovelace', 'Bea Brâncuși']);
    expect(await issueForCompletions(t.deps)).toEqual({ issued: 2, failed: 0 });
    adaId = await credentialOf(fixture.records['Ada Lovelace']!);
    adaUserId = fixture.participants.find((p) => p.name === 'Ada Lovelace')!.userId;
    beaUserId = fixture.participants.find((p) => p.name === 'Bea Brâncuși')!.userId;
  });
  afterAll(() => t.close());

  it('lists the holder’s own credentials only, in the API and on the page', async () => {
    const response = await api(adaUserId, 'GET', '/api/v1/me/credentials');
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{ items: ListedCredential[] }>();
    expect(items.map((item) => item.id)).toEqual([adaId]);
    expect(items[0]).toMatchObject({ status: 'valid', isPublic: false, hasShareLink: false, hours: 16 });
    expect(items[0]!.credits).toEqual([
      { system: 'ECTS', amount: 2, awardingBody: 'Università degli Studi di Trento' },
      { system: 'UFC', amount: 12, awardingBody: 'Scuola Superiore della Magistratura' },
    ]);
    const html = (await page(adaUserId, '/en/account/credentials')).body;
    expect(html).toContain(`credential-${adaId}`);
    const beaId = await credentialOf(fixture.records['Bea Brâncuși']!);
    expect(html).not.toContain(beaId);
  });

  it('answers 404 for another person’s credential on every route', async () => {
    const base = `/en/account/credentials/${adaId}`;
    for (const url of [`${base}/certificate.pdf`, `${base}.json`, `${base}.jwt`]) {
      expect((await page(beaUserId, url)).statusCode, url).toBe(404);
    }
    for (const [url, fields] of [
      [`${base}/visibility`, { public: 'true' }],
      [`${base}/share-link`, {}],
      [`${base}/share-link/remove`, {}],
    ] as const) {
      expect((await postForm(beaUserId, url, fields)).statusCode, url).toBe(404);
    }
    const apiBase = `/api/v1/credentials/${adaId}`;
    expect((await api(beaUserId, 'POST', `${apiBase}/visibility`, { public: true })).statusCode).toBe(404);
    expect((await api(beaUserId, 'POST', `${apiBase}/share-link`)).statusCode).toBe(404);
    expect((await api(beaUserId, 'DELETE', `${apiBase}/share-link`)).statusCode).toBe(404);
    expect((await anonymousRead(adaId)).statusCode).toBe(404);
    const stored = await t.deps.db
      .selectFrom('credential')
      .select(['is_public', 'share_token_hash'])
      .where('id', '=', adaId)
      .executeTakeFirstOrThrow();
    expect({ isPublic: Number(stored.is_public), hash: stored.share_token_hash }).toEqual({
      isPublic: 0,
      hash: null,
    });
  });

  it('lets anyone read a public credential by its id, and nobody once it is private again', async () => {
    expect((await anonymousRead(adaId)).statusCode).toBe(404);
    const made = await api(adaUserId, 'POST', `/api/v1/credentials/${adaId}/visibility`, { public: true });
    expect(made.json()).toEqual({ id: adaId, isPublic: true });
    const read = await anonymousRead(adaId);
    expect(read.statusCode).toBe(200);
    expect(read.json<{ id: string }>().id).toBe(`http://localhost:3000/credentials/${adaId}`);
    const privateAgain = await postForm(adaUserId, `/en/account/credentials/${adaId}/visibility`, {
      public: 'false',
    });
    expect(privateAgain.statusCode).toBe(303);
    expect((await anonymousRead(adaId)).statusCode).toBe(404);
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select(['action', 'details'])
      .where('target_id', '=', adaId)
      .where('action', '=', 'credential-shared')
      .execute();
    expect(audit.map((entry) => JSON.parse(String(entry.details)) as { change: string })).toEqual([
      { change: 'made-public' },
      { change: 'made-private' },
    ]);
  });

  it('opens the credential with its share link until the link is replaced or removed', async () => {
    const first = await api(adaUserId, 'POST', `/api/v1/credentials/${adaId}/share-link?lang=it`);
    expect(first.statusCode).toBe(201);
    const link = first.json<{ url: string; token: string }>();
    expect(link.url).toBe(
      `http://localhost:3000/it/verify?credential=${adaId}&share=${encodeURIComponent(link.token)}`,
    );
    expect((await anonymousRead(adaId, link.token)).statusCode).toBe(200);
    const stored = await t.deps.db
      .selectFrom('credential')
      .select('share_token_hash')
      .where('id', '=', adaId)
      .executeTakeFirstOrThrow();
    expect(stored.share_token_hash).not.toContain(link.token);

    const replaced = await postForm(adaUserId, `/en/account/credentials/${adaId}/share-link`);
    expect(replaced.statusCode).toBe(303);
    expect((await anonymousRead(adaId, link.token)).statusCode).toBe(404);
    const html = (await page(adaUserId, '/en/account/credentials')).body;
    const shown = new RegExp(`id="credential-${adaId}-link"[^>]*value="([^"]+)"`).exec(html)?.[1];
    const newToken = new URL((shown ?? '').replace(/&amp;/g, '&')).searchParams.get('share') ?? '';
    expect(newToken).not.toBe(link.token);
    expect((await anonymousRead(adaId, newToken)).statusCode).toBe(200);

    expect((await api(adaUserId, 'DELETE', `/api/v1/credentials/${adaId}/share-link`)).statusCode).toBe(204);
    expect((await anonymousRead(adaId, newToken)).statusCode).toBe(404);
  });

  it('downloads a PDF certificate carrying the stored credential and a QR code to the share link', async () => {
    const response = await page(adaUserId, `/en/account/credentials/${adaId}/certificate.pdf?lang=fr`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment;/);
    expect(response.headers['cache-control']).toBe('no-store');
    const bytes = new Uint8Array(response.rawPayload);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const stored = await t.deps.db
      .selectFrom('credential')
      .select(['document', 'jwt'])
      .where('id', '=', adaId)
      .executeTakeFirstOrThrow();
    const attachments = await extractPdfAttachments(bytes);
    const json = attachments.find((attachment) => attachment.filename === 'credential.json');
    expect(Buffer.from(json!.content).toString('utf8')).toBe(stored.document);

    const rendered = await renderPdfPage(bytes, 1, 2);
    const target = jsQR(rendered.rgba, rendered.width, rendered.height)?.data ?? '';
    expect(target).toMatch(new RegExp(`^http://localhost:3000/fr/verify\\?credential=${adaId}&share=`));
    const token = new URL(target).searchParams.get('share') ?? '';
    expect((await anonymousRead(adaId, token)).statusCode).toBe(200);
    // The next download carries the same, current link.
    const again = await page(adaUserId, `/en/account/credentials/${adaId}/certificate.pdf?lang=fr`);
    const second = await renderPdfPage(new Uint8Array(again.rawPayload), 1, 2);
    expect(jsQR(second.rgba, second.width, second.height)?.data).toBe(target);

    const jsonDownload = await page(adaUserId, `/en/account/credentials/${adaId}.json`);
    expect(jsonDownload.body).toBe(stored.document);
    expect(jsonDownload.headers['content-disposition']).toMatch(/^attachment;/);
    const jwtDownload = await page(adaUserId, `/en/account/credentials/${adaId}.jwt`);
    expect(jwtDownload.body).toBe(stored.jwt);
    expect(jwtDownload.headers['cache-control']).toBe('no-store');
  });

  it('totals hours and credits on the transcript page and PDF, leaving revoked credentials out', async () => {
    const html = (await page(adaUserId, '/en/account/transcript')).body;
    expect(html).toMatch(
      /<th scope="row">ECTS<\/th>\s*<td>Università degli Studi di Trento<\/td>\s*<td>2<\/td>/,
    );
    expect(html).toMatch(
      /<th scope="row">UFC<\/th>\s*<td>Scuola Superiore della Magistratura<\/td>\s*<td>12<\/td>/,
    );
    expect(html).toMatch(/<td>All training providers<\/td>\s*<td>16<\/td>/);
    const pdf = await page(adaUserId, '/en/account/transcript.pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment;/);

    await t.deps.db
      .updateTable('credential')
      .set({ revoked_at: new Date().toISOString(), revocation_reason: 'Attendance miscounted' })
      .where('id', '=', adaId)
      .execute();
    const after = (await page(adaUserId, '/en/account/transcript')).body;
    expect(after).not.toContain('Università degli Studi di Trento');
    const list = (await page(adaUserId, '/en/account/credentials')).body;
    expect(list).toContain('Revoked');
    expect(list).toContain('Attendance miscounted');
  });
});
