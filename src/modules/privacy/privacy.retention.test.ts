import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { readOutbox, runDueJobs } from '../../../test/outbox.js';
import { enqueue } from '../../platform/jobs/index.js';

const dayMs = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs).toISOString();

interface Dates {
  createdDaysAgo: number;
  verified?: boolean;
  seenDaysAgo?: number;
  warnedDaysAgo?: number;
  language?: string;
  admin?: boolean;
}

describe('account retention (privacy.apply-account-retention)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The defaults, stated: 30 days to verify; warned after 2 years unused; erased 30 days after the warning.
    t = await createTestApp({
      UNVERIFIED_ACCOUNT_DAYS: '30',
      INACTIVE_ACCOUNT_WARNING_DAYS: '730',
      INACTIVE_ACCOUNT_DELETION_DAYS: '30',
    });
  });
  afterAll(() => t.close());

  /** An account whose dates have been moved into the past. */
  async function accountWith(dates: Dates): Promise<string> {
    const user = await createUser(
      t.deps,
      dates.admin ? { grants: [{ role: 'admin' }], secondFactor: true } : {},
    );
    await t.deps.db
      .updateTable('user_account')
      .set({
        created_at: daysAgo(dates.createdDaysAgo),
        email_verified_at: dates.verified === false ? null : daysAgo(dates.createdDaysAgo),
        last_seen_at: dates.seenDaysAgo === undefined ? null : daysAgo(dates.seenDaysAgo),
        inactivity_warned_at: dates.warnedDaysAgo === undefined ? null : daysAgo(dates.warnedDaysAgo),
        preferred_language: dates.language ?? 'en',
      })
      .where('id', '=', user.id)
      .execute();
    return user.id;
  }

  const find = (userId: string) =>
    t.deps.db.selectFrom('user_account').selectAll().where('id', '=', userId).executeTakeFirst();

  async function runRetention(): Promise<void> {
    await enqueue(t.deps.db, t.deps.jobs.privacy.applyAccountRetention, {});
    await runDueJobs(t);
    // The warning mails it queued.
    await runDueJobs(t);
  }

  it('erases unverified and long-warned accounts, warns inactive ones once in their language, and is idempotent', async () => {
    const unverifiedOld = await accountWith({ createdDaysAgo: 31, verified: false });
    const unverifiedRecent = await accountWith({ createdDaysAgo: 29, verified: false });
    const inactive = await accountWith({ createdDaysAgo: 900, seenDaysAgo: 731, language: 'it' });
    const neverSeen = await accountWith({ createdDaysAgo: 800, language: 'ro' });
    const active = await accountWith({ createdDaysAgo: 900, seenDaysAgo: 10 });
    const warnedLongAgo = await accountWith({ createdDaysAgo: 900, seenDaysAgo: 800, warnedDaysAgo: 31 });
    const warnedRecently = await accountWith({ createdDaysAgo: 900, seenDaysAgo: 800, warnedDaysAgo: 29 });
    const cameBack = await accountWith({ createdDaysAgo: 900, seenDaysAgo: 5, warnedDaysAgo: 31 });

    await runRetention();

    expect(await find(unverifiedOld)).toBeUndefined();
    expect(await find(warnedLongAgo)).toBeUndefined();
    expect(await find(unverifiedRecent)).toBeDefined();
    expect(await find(warnedRecently)).toMatchObject({ inactivity_warned_at: expect.any(String) as unknown });
    expect(await find(cameBack)).toMatchObject({ inactivity_warned_at: null });
    expect(await find(active)).toMatchObject({ inactivity_warned_at: null });
    const warnedInactive = await find(inactive);
    expect(warnedInactive?.inactivity_warned_at).not.toBeNull();
    expect((await find(neverSeen))?.inactivity_warned_at).not.toBeNull();

    const erasures = await t.deps.db
      .selectFrom('audit_entry')
      .select(['subject_user_id', 'actor_id', 'details'])
      .where('action', '=', 'account-erased')
      .execute();
    expect(
      erasures.map((entry) => [entry.subject_user_id, entry.actor_id, JSON.parse(entry.details) as unknown]),
    ).toEqual(
      expect.arrayContaining([
        [unverifiedOld, null, { trigger: 'unverified-account' }],
        [warnedLongAgo, null, { trigger: 'inactive-account' }],
      ]),
    );

    const mails = readOutbox(t);
    expect(mails.map((mail) => mail.to).sort()).toEqual(
      [warnedInactive?.email, (await find(neverSeen))?.email].sort(),
    );
    const italian = mails.find((mail) => mail.to === warnedInactive?.email);
    expect(italian?.subject).toBe(t.deps.translators('it').t('privacy.mail.inactivity.subject'));
    expect(italian?.text).toContain('http://localhost:3000/it/login');

    // Once: a second run sends nothing more and erases nobody else.
    await runRetention();
    expect(readOutbox(t)).toHaveLength(2);
    expect(await find(inactive)).toBeDefined();
    expect(await find(unverifiedRecent)).toBeDefined();
  });

  it('erases an inactive account 30 days after its warning, unless its owner came back', async () => {
    const quiet = await accountWith({ createdDaysAgo: 1000, seenDaysAgo: 790 });
    const returning = await accountWith({ createdDaysAgo: 1000, seenDaysAgo: 790 });
    await runRetention();
    const warned = await find(quiet);
    expect(warned?.inactivity_warned_at).not.toBeNull();

    // A month passes; one of them signs in meanwhile.
    await t.deps.db
      .updateTable('user_account')
      .set({ inactivity_warned_at: daysAgo(31) })
      .where('id', 'in', [quiet, returning])
      .execute();
    await t.deps.db
      .updateTable('user_account')
      .set({ last_seen_at: daysAgo(1) })
      .where('id', '=', returning)
      .execute();
    await runRetention();
    expect(await find(quiet)).toBeUndefined();
    expect(await find(returning)).toMatchObject({ inactivity_warned_at: null });
  });

  it('never erases the only administrator', async () => {
    await t.deps.db.deleteFrom('role_grant').where('role', '=', 'admin').execute();
    const admin = await accountWith({
      createdDaysAgo: 1000,
      seenDaysAgo: 900,
      warnedDaysAgo: 60,
      admin: true,
    });
    await runRetention();
    expect(await find(admin)).toBeDefined();
  });
});
