import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieHeader, createTestApp, csrfTokenFrom, type TestApp } from '../../../test/app.js';
import { managerHeaders, seedProvider } from '../catalogue/catalogue.test-kit.js';
import { issueForCompletions } from './credentials.service.js';
import { completedFixture, type CompletedFixture } from './credentials.test-kit.js';

type Headers = Record<string, string>;

/** `/{lang}/manage/sessions/{id}/credentials`: the provider sees a session's certificates and revokes one. */
describe('session certificates page', () => {
  let t: TestApp;
  let fixture: CompletedFixture;
  let adaCredential: string;
  let pagePath: string;

  const credentialOf = async (completionRecordId: string) =>
    (
      await t.deps.db
        .selectFrom('credential')
        .select('id')
        .where('completion_record_id', '=', completionRecordId)
        .executeTakeFirstOrThrow()
    ).id;
  /** Posts the revoke form as a browser would: the page first, for its CSRF token. */
  const revoke = async (headers: Headers, credentialId: string, reason: string) => {
    const page = await t.app.inject({ url: pagePath, headers });
    const cookie = [headers.cookie, cookieHeader(page.headers['set-cookie'])].filter(Boolean).join('; ');
    return t.app.inject({
      method: 'POST',
      url: `${pagePath}/${credentialId}/revoke`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrfTokenFrom(page.body), reason }).toString(),
    });
  };
  const verify = async (credentialId: string) => {
    const row = await t.deps.db
      .selectFrom('credential')
      .select('document')
      .where('id', '=', credentialId)
      .executeTakeFirstOrThrow();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/credentials/verify',
      payload: JSON.parse(row.document) as object,
    });
    return response.json<{ verified: boolean; checks: { check: string; ok: boolean; reason?: string }[] }>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    fixture = await completedFixture(t, ['Ada Lovelace', 'Bea Brâncuși']);
    expect(await issueForCompletions(t.deps)).toEqual({ issued: 2, failed: 0 });
    adaCredential = await credentialOf(fixture.records['Ada Lovelace']!);
    pagePath = `/en/manage/sessions/${fixture.sessionId}/credentials`;
  });
  afterAll(() => t.close());

  it('lists the session’s certificates for the provider’s managers, and audits the view', async () => {
    const response = await t.app.inject({ url: pagePath, headers: fixture.manager });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain('Ada Lovelace');
    expect(response.body).toContain('Bea Brâncuși');
    expect(response.body).toContain('Revoke the certificate of Ada Lovelace');
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select('details')
      .where('action', '=', 'applications-viewed')
      .where('target_id', '=', fixture.sessionId)
      .execute();
    expect(audit.some((entry) => String(entry.details).includes('session-credentials'))).toBe(true);
  });

  it('shows nothing to another provider’s manager', async () => {
    const other = await managerHeaders(t, await seedProvider(t, 'Another academy'));
    const response = await t.app.inject({ url: pagePath, headers: other });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Ada Lovelace');
    const post = await revoke(other, adaCredential, 'Not mine to revoke');
    expect(post.statusCode).toBe(404);
    expect((await verify(adaCredential)).verified).toBe(true);
  });

  it('refuses a revocation without a reason and keeps what was typed', async () => {
    const response = await revoke(fixture.manager, adaCredential, ' x ');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Say why the certificate is revoked');
    expect(response.body).toMatch(
      /<textarea[^>]*aria-invalid="true"[^>]*>x<\/textarea>|<textarea[^>]*>\s*x\s*<\/textarea>/,
    );
    expect((await verify(adaCredential)).verified).toBe(true);
  });

  it('revokes with a reason: verifiers see "revoked", the page says so, a second try is refused', async () => {
    const response = await revoke(fixture.manager, adaCredential, 'Attendance was recorded by mistake');
    expect(response.statusCode, response.body).toBe(303);
    expect(response.headers.location).toBe(`${pagePath}?done=revoked`);
    const verification = await verify(adaCredential);
    expect(verification.verified).toBe(false);
    expect(verification.checks).toContainEqual(
      expect.objectContaining({ check: 'revocation', reason: 'revoked' }),
    );
    const page = await t.app.inject({ url: response.headers.location, headers: fixture.manager });
    expect(page.body).toContain('The certificate is revoked.');
    expect(page.body).toContain('Attendance was recorded by mistake');
    expect(page.body).not.toContain('Revoke the certificate of Ada Lovelace');
    expect(page.body).toContain('Revoke the certificate of Bea Brâncuși');
    const again = await revoke(fixture.manager, adaCredential, 'Once more');
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('This certificate was already revoked.');
  });

  it('refuses a credential of another session on this session’s address', async () => {
    const elsewhere = await completedFixture(t, ['Cleo Carrington']);
    await issueForCompletions(t.deps);
    const foreign = await credentialOf(elsewhere.records['Cleo Carrington']!);
    const response = await revoke(fixture.manager, foreign, 'Wrong session');
    expect(response.statusCode).toBe(404);
    expect((await verify(foreign)).verified).toBe(true);
  });
});
