import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { appendAudit } from '../../platform/audit/index.js';
import { expectSignInRedirect, get, signedIn, type SignedInUser } from './admin.test-kit.js';

/** The rows of the audit table on a page, as their sequence numbers. */
function shownSeqs(html: string): number[] {
  const table = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return [...table.matchAll(/<th scope="row">(\d+)/g)].map((match) => Number(match[1]));
}

describe('audit log /{lang}/admin/audit', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let subject: SignedInUser;
  const goneUserId = uuidv7();
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedIn(t, [{ role: 'admin' }], { name: 'Ada Admin' });
    subject = await signedIn(t, [], { name: 'Sofia Subject' });
    await appendAudit(t.deps.db, { action: 'sign-in', actorId: subject.id, subjectUserId: subject.id });
    await appendAudit(t.deps.db, {
      action: 'role-granted',
      actorId: admin.id,
      subjectUserId: subject.id,
      targetType: 'role-grant',
      targetId: 'grant-1',
      details: { role: 'trainer', scopeType: null, scopeId: null },
    });
    await appendAudit(t.deps.db, { action: 'sign-in-failed', details: { reason: 'wrong-password' } });
    await appendAudit(t.deps.db, {
      action: 'personal-data-viewed',
      actorId: goneUserId,
      subjectUserId: subject.id,
      reason: 'Request from the data protection officer',
    });
  });
  afterAll(() => t.close());

  it('refuses anonymous visitors, coordinators and learners', async () => {
    expectSignInRedirect(await get(t, '/en/admin/audit'));
    const coordinator = await signedIn(t, [{ role: 'coordinator' }]);
    expect((await get(t, '/en/admin/audit', coordinator.cookie)).statusCode).toBe(403);
    expect((await get(t, '/en/admin/audit', subject.cookie)).statusCode).toBe(403);
  });

  it('shows entries newest first, with names for existing accounts and ids for gone ones, and a verified chain', async () => {
    const response = await get(t, '/en/admin/audit', admin.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('The chain verifies: none of its 4 entries has been altered or removed.');
    expect(shownSeqs(response.body)).toEqual([4, 3, 2, 1]);
    expect(response.body).toContain(`<a href="/en/admin/users/${subject.id}">Sofia Subject</a>`);
    expect(response.body).toContain(`<a href="/en/admin/users/${admin.id}">Ada Admin</a>`);
    expect(response.body).toContain(`<code>${goneUserId}</code>`);
    expect(response.body).toContain('Role granted');
    expect(response.body).toContain('role: trainer');
    expect(response.body).toContain('Reason: Request from the data protection officer');
  });

  it('filters by event, actor, subject and dates', async () => {
    const page = (query: string) => get(t, `/en/admin/audit?${query}`, admin.cookie);
    expect(shownSeqs((await page('action=sign-in-failed')).body)).toEqual([3]);
    expect(shownSeqs((await page(`actorId=${admin.id}`)).body)).toEqual([2]);
    expect(shownSeqs((await page(`subjectUserId=${subject.id}`)).body)).toEqual([4, 2, 1]);
    expect(shownSeqs((await page(`subjectUserId=${subject.id}&action=sign-in`)).body)).toEqual([1]);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(shownSeqs((await page(`from=${today}&to=${today}`)).body)).toEqual([4, 3, 2, 1]);
    const future = await page(`from=${tomorrow}`);
    expect(shownSeqs(future.body)).toEqual([]);
    expect(future.body).toContain('No entry');
    expect(shownSeqs((await page(`to=${yesterday}`)).body)).toEqual([]);
  });

  it('ignores malformed filters instead of failing', async () => {
    const response = await get(
      t,
      '/en/admin/audit?action=nonsense&from=2026-02-31&to=yesterday&page=-3',
      admin.cookie,
    );
    expect(response.statusCode).toBe(200);
    expect(shownSeqs(response.body).length).toBeGreaterThanOrEqual(4);
  });

  it('says the chain is broken at the first tampered entry', async () => {
    await t.deps.db
      .updateTable('audit_entry')
      .set({ details: JSON.stringify({ role: 'admin', scopeType: null, scopeId: null }) })
      .where('seq', '=', 2)
      .execute();
    const response = await get(t, '/en/admin/audit', admin.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('The chain is broken at entry 2');
    expect(response.body).toContain('The content of this entry has been changed since it was written.');
    expect(response.body).toMatch(/<th scope="row">2<strong class="badge">Chain broken here<\/strong>/);
    expect(response.body).not.toContain('The chain verifies');
  });
});
