import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { resourceRecordSchema } from './resource-record.js';
import {
  callApi,
  contributeViaApi,
  contributionBody,
  memberOf,
  person,
  seedPartner,
  type Person,
} from './contribution.test-kit.js';

describe('reviews of toolkit contributions (API)', () => {
  let t: TestApp;
  let partnerId: string;
  let member: Person;
  let reviewer: Person;

  const submitted = async (overrides: Record<string, unknown> = {}) => {
    const id = await contributeViaApi(t, member, contributionBody(partnerId, overrides));
    await callApi(t, member, 'POST', `/api/v1/resources/${id}/submit`);
    return id;
  };
  const review = (who: Person, id: string, body: Record<string, unknown>) =>
    callApi(t, who, 'POST', `/api/v1/resources/${id}/reviews`, body);
  const statusOf = async (id: string) =>
    await t.deps.db
      .selectFrom('toolkit_resource')
      .select(['status', 'version', 'evidence'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const auditOf = (id: string) =>
    t.deps.db.selectFrom('audit_entry').select(['action', 'actor_id']).where('target_id', '=', id).execute();

  beforeAll(async () => {
    t = await createTestApp();
    partnerId = await seedPartner(t);
    member = await memberOf(t, partnerId);
    reviewer = await person(t, [
      { role: 'partner-admin', scopeType: 'organisation', scopeId: await seedPartner(t, 'EJTN') },
    ]);
  });
  afterAll(async () => t.close());

  it('approves with the evidence label: published as version 1, snapshot kept, searchable, audited', async () => {
    const id = await submitted({
      texts: [
        {
          language: 'it',
          title: 'Mediazione penale minorile',
          summary: 'Pratiche di mediazione con i giovani.',
        },
      ],
    });
    const response = await review(reviewer, id, {
      decision: 'approve',
      evidence: 'peer-reviewed',
      comment: 'Ottimo.',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(await statusOf(id)).toEqual({ status: 'published', version: 1, evidence: 'peer-reviewed' });
    const version = await t.deps.db
      .selectFrom('toolkit_resource_version')
      .selectAll()
      .where('resource_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(version).toMatchObject({ version: 1, published_by_user_id: reviewer.userId });
    const snapshot = resourceRecordSchema.parse(JSON.parse(version.snapshot));
    expect(snapshot).toMatchObject({
      evidence: 'peer-reviewed',
      network: 'JP-COOPS',
      texts: [{ title: 'Mediazione penale minorile' }],
    });
    const hits = await t.deps.search.search({ text: 'mediazione', kinds: ['toolkit-resource'] });
    expect(hits.hits.map((hit) => hit.id.split(':')[0])).toContain(id);
    expect(await auditOf(id)).toEqual([{ action: 'toolkit-resource-approved', actor_id: reviewer.userId }]);
    const reviews = await t.deps.db
      .selectFrom('toolkit_review')
      .select(['decision', 'comment', 'reviewer_user_id'])
      .where('resource_id', '=', id)
      .execute();
    expect(reviews).toEqual([
      { decision: 'approved', comment: 'Ottimo.', reviewer_user_id: reviewer.userId },
    ]);
  });

  it('asks for changes with a comment the contributor reads; resubmitted, it comes back to the queue', async () => {
    const id = await submitted();
    const response = await review(reviewer, id, {
      decision: 'request-changes',
      comment: 'Aggiungere la valutazione.',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((await statusOf(id)).status).toBe('changes-requested');
    const own = await callApi(t, member, 'PATCH', `/api/v1/resources/${id}`, {
      evaluation: 'Valutata su 40 istituti.',
    });
    expect(own.json<{ reviews: { decision: string; comment: string }[] }>().reviews).toEqual([
      expect.objectContaining({ decision: 'changes-requested', comment: 'Aggiungere la valutazione.' }),
    ]);
    expect((await callApi(t, member, 'POST', `/api/v1/resources/${id}/submit`)).statusCode).toBe(200);
    expect((await statusOf(id)).status).toBe('submitted');
    expect(await auditOf(id)).toEqual([{ action: 'toolkit-changes-requested', actor_id: reviewer.userId }]);
  });

  it('rejects with a comment; a rejected contribution can no longer change', async () => {
    const id = await submitted();
    expect((await review(reviewer, id, { decision: 'reject', comment: 'Fuori tema.' })).statusCode).toBe(200);
    expect((await statusOf(id)).status).toBe('rejected');
    expect(
      (await callApi(t, member, 'PATCH', `/api/v1/resources/${id}`, { licence: 'CC0' })).statusCode,
    ).toBe(409);
    expect(await auditOf(id)).toEqual([{ action: 'toolkit-resource-rejected', actor_id: reviewer.userId }]);
  });

  it('refuses a decision without its comment or label, or on what is not submitted', async () => {
    const id = await submitted();
    const noComment = await review(reviewer, id, { decision: 'reject' });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.body).toContain('comment');
    const noLabel = await review(reviewer, id, { decision: 'approve' });
    expect(noLabel.statusCode).toBe(400);
    expect(noLabel.body).toContain('evidence');
    expect((await review(reviewer, id, { decision: 'maybe', comment: 'x' })).statusCode).toBe(400);
    const draft = await contributeViaApi(t, member, contributionBody(partnerId));
    expect((await review(reviewer, draft, { decision: 'approve', evidence: 'inspiring' })).statusCode).toBe(
      409,
    );
    expect((await statusOf(id)).status).toBe('submitted');
  });

  it('refuses members who are not reviewers, reviewers of their own contribution, and unknown ids', async () => {
    const id = await submitted();
    expect((await review(member, id, { decision: 'approve', evidence: 'inspiring' })).statusCode).toBe(403);
    const managerContributor = await memberOf(t, partnerId, 'provider-manager');
    const own = await contributeViaApi(t, managerContributor, contributionBody(partnerId));
    await callApi(t, managerContributor, 'POST', `/api/v1/resources/${own}/submit`);
    const self = await review(managerContributor, own, { decision: 'approve', evidence: 'inspiring' });
    expect(self.statusCode).toBe(403);
    expect((await statusOf(own)).status).toBe('submitted');
    expect(
      (
        await review(reviewer, '019a0000-0000-7000-8000-000000000000', {
          decision: 'approve',
          evidence: 'inspiring',
        })
      ).statusCode,
    ).toBe(404);
  });
});
