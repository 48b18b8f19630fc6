import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import {
  callApi,
  contributeViaApi,
  contributionBody,
  memberOf,
  person,
  seedPartner,
  type Person,
} from './contribution.test-kit.js';

describe('toolkit contributions (API)', () => {
  let t: TestApp;
  let partnerId: string;
  let otherPartnerId: string;
  let member: Person;
  let coordinator: Person;

  const searchTitles = async (text: string) =>
    (await t.deps.search.search({ text, kinds: ['toolkit-resource'] })).hits.map((hit) => hit.title);

  beforeAll(async () => {
    t = await createTestApp();
    partnerId = await seedPartner(t);
    otherPartnerId = await seedPartner(t, 'Polizia di Stato — Scuola superiore');
    member = await memberOf(t, partnerId);
    coordinator = await person(t, [{ role: 'coordinator' }]);
  });
  afterAll(async () => t.close());

  it('saves a member’s contribution as a draft of their organisation, not yet searchable', async () => {
    const response = await callApi(t, member, 'POST', '/api/v1/resources', contributionBody(partnerId));
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<{
      id: string;
      status: string;
      version: number;
      content: { network: string; organisationName: string; texts: unknown[] };
    }>();
    expect(created).toMatchObject({ status: 'draft', version: 0 });
    expect(created.content).toMatchObject({
      network: 'JP-COOPS',
      organisationName: 'Scuola Superiore della Magistratura',
    });
    expect(created.content.texts).toHaveLength(2);
    const row = await t.deps.db
      .selectFrom('toolkit_resource')
      .select(['status', 'organisation_id', 'submitted_by_user_id', 'source_language', 'type'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      status: 'draft',
      organisation_id: partnerId,
      submitted_by_user_id: member.userId,
      source_language: 'it',
      type: 'practice',
    });
    expect(await searchTitles('colloqui motivazionali')).toEqual([]);
  });

  it('refuses visitors, learners, and members contributing for another organisation', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/resources',
      payload: contributionBody(partnerId),
    });
    expect(anonymous.statusCode).toBe(401);
    const learner = await person(t, []);
    expect(
      (await callApi(t, learner, 'POST', '/api/v1/resources', contributionBody(partnerId))).statusCode,
    ).toBe(403);
    const outsider = await callApi(t, member, 'POST', '/api/v1/resources', contributionBody(otherPartnerId));
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json<{ code: string }>().code).toBe('forbidden');
  });

  it('refuses an invalid contribution field by field', async () => {
    const response = await callApi(
      t,
      member,
      'POST',
      '/api/v1/resources',
      contributionBody(partnerId, {
        sourceLanguage: 'fr',
        topics: ['no-such-topic'],
        originalUrl: 'not a url',
        publishedOn: 'last year',
      }),
    );
    expect(response.statusCode).toBe(400);
    const problem = response.json<{
      code: string;
      errors?: { field: string }[];
      fields?: { field: string }[];
    }>();
    expect(problem.code).toBe('validation-failed');
    expect(JSON.stringify(problem)).toContain('originalUrl');
    expect(JSON.stringify(problem)).toContain('publishedOn');
    const unknownTopic = await callApi(
      t,
      member,
      'POST',
      '/api/v1/resources',
      contributionBody(partnerId, { topics: ['no-such-topic'] }),
    );
    expect(unknownTopic.statusCode).toBe(400);
    expect(unknownTopic.body).toContain('topics.0');
    const sameLanguageTwice = await callApi(
      t,
      member,
      'POST',
      '/api/v1/resources',
      contributionBody(partnerId, {
        texts: [
          { language: 'it', title: 'Uno', summary: '' },
          { language: 'it', title: 'Due', summary: '' },
        ],
      }),
    );
    expect(sameLanguageTwice.statusCode).toBe(400);
  });

  it('lets the contributor change their draft, and no one else', async () => {
    const id = await contributeViaApi(t, member, contributionBody(partnerId));
    const changed = await callApi(t, member, 'PATCH', `/api/v1/resources/${id}`, {
      texts: [{ language: 'it', title: 'Colloqui motivazionali rivisti', summary: 'Nuova sintesi.' }],
      professions: ['prison-staff', 'probation-officer'],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(
      changed.json<{ status: string; content: { texts: { title: string }[]; professions: string[] } }>(),
    ).toMatchObject({
      status: 'draft',
      content: {
        texts: [{ title: 'Colloqui motivazionali rivisti' }],
        professions: ['prison-staff', 'probation-officer'],
      },
    });
    const translation = await t.deps.db
      .selectFrom('toolkit_resource_translation')
      .select('title')
      .where('resource_id', '=', id)
      .execute();
    expect(translation).toEqual([{ title: 'Colloqui motivazionali rivisti' }]);

    const colleague = await memberOf(t, partnerId);
    expect(
      (await callApi(t, colleague, 'PATCH', `/api/v1/resources/${id}`, { licence: 'x' })).statusCode,
    ).toBe(404);
    expect(
      (await callApi(t, coordinator, 'PATCH', `/api/v1/resources/${id}`, { licence: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (
        await callApi(t, member, 'PATCH', `/api/v1/resources/019a0000-0000-7000-8000-000000000000`, {
          licence: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const invalid = await callApi(t, member, 'PATCH', `/api/v1/resources/${id}`, { sourceLanguage: 'de' });
    expect(invalid.statusCode).toBe(400);
  });

  it('submits a draft for review; it is then locked until the decision', async () => {
    const id = await contributeViaApi(t, member, contributionBody(partnerId));
    const submitted = await callApi(t, member, 'POST', `/api/v1/resources/${id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json<{ status: string }>().status).toBe('submitted');
    const again = await callApi(t, member, 'POST', `/api/v1/resources/${id}/submit`);
    expect(again.statusCode).toBe(409);
    expect(
      (await callApi(t, member, 'PATCH', `/api/v1/resources/${id}`, { licence: 'CC0' })).statusCode,
    ).toBe(409);
    const other = await memberOf(t, partnerId, 'provider-manager');
    expect((await callApi(t, other, 'POST', `/api/v1/resources/${id}/submit`)).statusCode).toBe(403);
    expect((await callApi(t, member, 'POST', `/api/v1/resources/nope/submit`)).statusCode).toBe(404);
  });
});
