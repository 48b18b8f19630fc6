import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { auditActions } from '../../platform/audit/index.js';
import { loadCatalog } from '../../platform/i18n/index.js';
import { professions, roles } from '../accounts/index.js';
import { adminSections } from './index.js';
import { expectSignInRedirect, get, signedIn } from './admin.test-kit.js';

describe('administration dashboard /{lang}/admin', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends an anonymous visitor to the sign-in page', async () => {
    expectSignInRedirect(await get(t, '/en/admin'));
  });

  it('refuses a learner with 403', async () => {
    const learner = await signedIn(t);
    const response = await get(t, '/en/admin', learner.cookie);
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain('/en/admin/users');
  });

  it('refuses a trainer, who has no administration section, with 403', async () => {
    const trainer = await signedIn(t, [{ role: 'trainer' }]);
    expect((await get(t, '/en/admin', trainer.cookie)).statusCode).toBe(403);
  });

  it('tells an administrator without a second factor to enrol one, instead of a bare 403', async () => {
    const admin = await signedIn(t, [{ role: 'admin' }], { secondFactor: false });
    const response = await get(t, '/en/admin', admin.cookie);
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Set up two-step verification first');
    expect(response.body).toContain('href="/en/account/two-factor"');
    expect(response.body).not.toContain('href="/en/admin/users"');
    const subPage = await get(t, '/fr/admin/users', admin.cookie);
    expect(subPage.statusCode).toBe(403);
    expect(subPage.body).toContain('href="/fr/account/two-factor"');
  });

  it('shows an administrator every section, with no caching of the page', async () => {
    const admin = await signedIn(t, [{ role: 'admin' }]);
    const response = await get(t, '/en/admin', admin.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    for (const path of ['users', 'messages', 'audit', 'organisations']) {
      expect(response.body).toContain(`href="/en/admin/${path}"`);
    }
  });

  it('shows a coordinator the messages and organisations only', async () => {
    const coordinator = await signedIn(t, [{ role: 'coordinator' }]);
    const response = await get(t, '/it/admin', coordinator.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('href="/it/admin/messages"');
    expect(response.body).toContain('href="/it/admin/organisations"');
    expect(response.body).not.toContain('href="/it/admin/users"');
    expect(response.body).not.toContain('href="/it/admin/audit"');
  });
});

describe('admin messages built from codes', () => {
  it('has an English label for every role, profession, audit event and section', () => {
    const english = loadCatalog().en;
    const keys = [
      ...roles.map((role) => `admin.role.${role}`),
      ...professions.map((profession) => `admin.profession.${profession}`),
      ...auditActions.map((action) => `admin.audit.action.${action}`),
      ...adminSections.flatMap((section) => [
        `admin.section.${section}.title`,
        `admin.section.${section}.body`,
      ]),
      ...['hash-mismatch', 'broken-link', 'gap'].map((problem) => `admin.audit.chain.problem.${problem}`),
      ...['new', 'handled'].map((status) => `admin.messages.status.${status}`),
      ...['handled', 'new', 'replied', 'deleted'].map((done) => `admin.messages.done.${done}`),
      ...['granted', 'revoked'].map((done) => `admin.users.done.${done}`),
    ];
    expect(keys.filter((key) => !(key in english))).toEqual([]);
  });
});
