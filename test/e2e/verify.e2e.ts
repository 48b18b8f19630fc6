import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDataIntegrity } from '../../src/modules/credentials/credential-signing.js';
import { issuerDid } from '../../src/modules/credentials/did-web.js';
import { issuerDocumentLoader } from '../../src/modules/credentials/issuer-documents.js';
import { currentSigningKey } from '../../src/modules/credentials/issuer-keys.js';
import { buildOpenBadgeCredential } from '../../src/modules/credentials/open-badge.js';
import { allocateStatusIndex } from '../../src/modules/credentials/status-list.js';
import { loadAppSecret } from '../../src/modules/setup/app-secret.js';
import { createUser } from '../app.js';
import { findAccessibilityViolations, launchBrowser } from './browser.js';
import { openServerData, type ServerData } from './server-data.js';
import { startServer, type RunningServer } from './server.js';

/**
 * axe-core on the public verification page: the empty form, a valid result and an invalid one, with a
 * credential signed by the running server's own key (its database, its secret).
 */
describe('accessibility of the verification page', () => {
  let server: RunningServer;
  let data: ServerData;
  let browser: Browser;
  let page: Page;
  let credential: Record<string, unknown>;
  let linkUrl: string;

  beforeAll(async () => {
    server = await startServer();
    data = openServerData(server);
    const deps = {
      db: data.database.db,
      config: data.deps.config,
      secret: await loadAppSecret(data.database.db, data.deps.config.sessionSecret),
    };
    const publicUrl = deps.config.publicUrl;
    const credentialId = crypto.randomUUID();
    const statusIndex = await allocateStatusIndex(deps.db);
    const key = await currentSigningKey(deps);
    const unsigned = buildOpenBadgeCredential({
      credentialId,
      publicUrl,
      did: issuerDid(publicUrl),
      validFrom: '2026-11-25T16:00:00.000Z',
      statusIndex,
      recipient: { name: 'Łukasz Żółć', email: 'lukasz@example.org', salt: 'e2e-salt' },
      course: {
        id: crypto.randomUUID(),
        slug: 'transfer-of-sentenced-persons',
        title: 'Transfer of sentenced persons',
        summary: 'Framework Decision 2008/909/JHA in practice.',
        sourceLanguage: 'en',
        providerId: crypto.randomUUID(),
        providerName: 'Scuola Superiore della Magistratura',
        topics: [],
        instruments: ['32008F0909'],
        credits: [{ system: 'ECTS', amount: 2, awardingBody: 'Università degli Studi di Trento' }],
      },
      criteria: 'Attended at least 80% of the course.',
      completion: {
        hours: 16,
        completedAt: '2026-11-25T16:00:00.000Z',
        sessionStartsAt: '2026-11-23T08:00:00.000Z',
        sessionEndsAt: '2026-11-25T16:00:00.000Z',
      },
    });
    credential = await signDataIntegrity(unsigned, key, issuerDocumentLoader(deps));
    // Stored as issued (its status position counts as revoked until a credential holds it) and public.
    const holder = await createUser(data.deps, { name: 'Łukasz Żółć' });
    await deps.db
      .insertInto('credential')
      .values({
        id: credentialId,
        completion_record_id: null,
        user_id: holder.id,
        status_index: statusIndex,
        issuer_key_id: key.id,
        document: JSON.stringify(credential),
        jwt: '',
        issued_at: '2026-11-25T16:00:00.000Z',
        revoked_at: null,
        revocation_reason: null,
        superseded_by: null,
        is_public: 1,
        share_token_hash: null,
        recipient_salt: 'e2e-salt',
        recipient_name: 'Łukasz Żółć',
      })
      .execute();
    linkUrl = `${server.url}/it/verify?credential=${credentialId}`;
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await data?.database.destroy();
    await server?.stop();
  });

  const screenshot = (name: string) =>
    page.screenshot({ path: path.join(os.tmpdir(), `verify-${name}.png`), fullPage: true });

  async function pasteAndVerify(text: string) {
    await page.goto(`${server.url}/en/verify`);
    await page.fill('#verify-credential', text);
    await Promise.all([page.waitForURL(/\/en\/verify$/), page.click('form.form button[type=submit]')]);
  }

  it('has no axe violations on the empty form', async () => {
    await page.goto(`${server.url}/en/verify`);
    expect(await page.locator('h1').textContent()).toBe('Verify a certificate');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await screenshot('empty');
  });

  it('has no axe violations on a valid result', async () => {
    await pasteAndVerify(JSON.stringify(credential, null, 2));
    expect(await page.getByRole('status').locator('h2').textContent()).toBe('Valid');
    expect(await page.locator('.verify-checks li[data-ok=true]').count()).toBe(5);
    expect(await page.locator('dl').textContent()).toContain('Łukasz Żółć');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await screenshot('valid');
  });

  it('has no axe violations on an invalid result, in Italian too', async () => {
    const changed = structuredClone(credential) as { credentialSubject: { result: { value: string }[] } };
    changed.credentialSubject.result[0]!.value = '160';
    await pasteAndVerify(JSON.stringify(changed));
    expect(await page.getByRole('status').locator('h2').textContent()).toBe('Not valid');
    expect(await page.locator('.verify-checks li[data-check=signature]').getAttribute('data-ok')).toBe(
      'false',
    );
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await screenshot('invalid');

    await page.goto(linkUrl);
    expect(await page.getByRole('status').locator('h2').textContent()).toBe('Valido');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await screenshot('link-it');

    await page.goto(`${server.url}/it/verify?credential=${crypto.randomUUID()}`);
    expect(await page.getByRole('status').locator('h2').textContent()).toBe(
      'Certificato non trovato o non condiviso',
    );
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
