import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { appendAudit, genesisHash, verifyAuditChain } from './index.js';

describe('audit log', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('chains each entry to the previous one by SHA-256', async () => {
    await appendAudit(database.db, {
      action: 'sign-in',
      actorId: 'user-1',
      subjectUserId: 'user-1',
      details: { method: 'password' },
    });
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        appendAudit(database.db, {
          action: 'personal-data-viewed',
          actorId: 'admin-1',
          subjectUserId: `user-${index}`,
        }),
      ),
    );
    const entries = await database.db.selectFrom('audit_entry').selectAll().orderBy('seq').execute();
    expect(entries).toHaveLength(21);
    expect(entries[0]!.previous_hash).toBe(genesisHash);
    for (let i = 1; i < entries.length; i += 1) expect(entries[i]!.previous_hash).toBe(entries[i - 1]!.hash);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, entries: 21 });
  });

  it('joins the caller’s transaction: a rolled back use case leaves no entry', async () => {
    const before = await database.db.selectFrom('audit_entry').select('seq').execute();
    await database.db
      .transaction()
      .execute(async (trx) => {
        await appendAudit(trx, { action: 'role-granted', actorId: 'admin-1' });
        throw new Error('use case failed');
      })
      .catch(() => undefined);
    expect(await database.db.selectFrom('audit_entry').select('seq').execute()).toHaveLength(before.length);
  });

  it('names the first tampered entry', async () => {
    await database.db
      .updateTable('audit_entry')
      .set({ details: '{"method":"forged"}' })
      .where('seq', '=', 5)
      .execute();
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      brokenAt: 5,
      problem: 'hash-mismatch',
    });
  });

  it('detects a deleted entry', async () => {
    await database.db.deleteFrom('audit_entry').where('seq', '<=', 5).execute();
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ ok: false, brokenAt: 6, problem: 'gap' });
  });
});
