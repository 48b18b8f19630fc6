import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import {
  callApi,
  contributeViaApi,
  contributionBody,
  memberOf,
  person,
  publishedContribution,
  seedPartner,
  type Person,
} from './contribution.test-kit.js';
import { changesBetween } from './resource-versions.diff.js';
import { resourceRecord } from './toolkit.test-kit.js';

interface VersionsAnswer {
  items: {
    version: number;
    snapshot: { texts: { title: string }[] };
    changes: {
      field: string;
      language: string | null;
      parts: { value: string; change: string }[] | null;
      added: string[] | null;
    }[];
  }[];
}

describe('published versions of toolkit resources', () => {
  let t: TestApp;
  let partnerId: string;
  let member: Person;
  let reviewer: Person;

  const searchIds = async (text: string) =>
    (await t.deps.search.search({ text, kinds: ['toolkit-resource'] })).hits.map(
      (hit) => hit.id.split(':')[0],
    );

  beforeAll(async () => {
    t = await createTestApp();
    partnerId = await seedPartner(t);
    member = await memberOf(t, partnerId);
    reviewer = await person(t, [{ role: 'coordinator' }]);
  });
  afterAll(async () => t.close());

  it('keeps the published version public while an edit waits, then publishes the edit as version 2', async () => {
    const body = contributionBody(partnerId, {
      texts: [
        {
          language: 'it',
          title: 'Guida alla deradicalizzazione',
          summary: 'Percorsi di uscita per detenuti.',
        },
      ],
    });
    const id = await publishedContribution(t, member, reviewer, body);
    const edited = await callApi(t, member, 'PATCH', `/api/v1/resources/${id}`, {
      texts: [
        {
          language: 'it',
          title: 'Guida aggiornata alla deradicalizzazione',
          summary: 'Percorsi di uscita per detenuti e persone in prova.',
        },
      ],
      countries: ['IT', 'RO'],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<{ status: string; editStatus: string }>()).toMatchObject({
      status: 'published',
      editStatus: 'draft',
    });
    // The public content is still version 1: searching the new word finds nothing yet.
    expect(await searchIds('aggiornata')).not.toContain(id);
    expect(await searchIds('deradicalizzazione')).toContain(id);
    const row = await t.deps.db
      .selectFrom('toolkit_resource_translation')
      .select('title')
      .where('resource_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.title).toBe('Guida alla deradicalizzazione');

    expect((await callApi(t, member, 'POST', `/api/v1/resources/${id}/submit`)).statusCode).toBe(200);
    const queue = await t.app.inject({ url: '/en/toolkit/review', headers: { cookie: reviewer.cookie } });
    expect(queue.body).toContain('Changes to a published resource');
    const approved = await callApi(t, reviewer, 'POST', `/api/v1/resources/${id}/reviews`, {
      decision: 'approve',
      evidence: 'evaluated',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<{ version: number; editStatus: null }>()).toMatchObject({
      version: 2,
      editStatus: null,
    });
    expect(await searchIds('aggiornata')).toContain(id);

    const versions = await t.app.inject({ url: `/api/v1/resources/${id}/versions` });
    expect(versions.statusCode).toBe(200);
    const { items } = versions.json<VersionsAnswer>();
    expect(items.map((item) => item.version)).toEqual([2, 1]);
    expect(items[1]?.snapshot.texts[0]?.title).toBe('Guida alla deradicalizzazione');
    const title = items[0]?.changes.find((change) => change.field === 'title');
    expect(title?.language).toBe('it');
    expect(title?.parts).toContainEqual({ value: 'aggiornata ', change: 'added' });
    expect(items[0]?.changes.find((change) => change.field === 'countries')?.added).toEqual(['RO']);
    expect(items[0]?.changes.find((change) => change.field === 'evidence')?.parts).toEqual([
      { value: 'inspiring', change: 'removed' },
      { value: 'evaluated', change: 'added' },
    ]);

    const page = await t.app.inject({ url: `/it/toolkit/resources/${id}/versions` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Versione 2');
    expect(page.body).toMatch(/<ins><span class="visually-hidden">\[aggiunto: <\/span>aggiornata/);
    expect(page.body).toContain('<del>');
  });

  it('hides the versions of what is not published, except from its contributor and reviewers', async () => {
    const draft = await contributeViaApi(t, member, contributionBody(partnerId));
    expect((await t.app.inject({ url: `/api/v1/resources/${draft}/versions` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/en/toolkit/resources/${draft}/versions` })).statusCode).toBe(404);
    const own = await t.app.inject({ url: `/api/v1/resources/${draft}/versions`, headers: member.headers });
    expect(own.statusCode).toBe(200);
    expect(own.json<VersionsAnswer>().items).toEqual([]);
    expect(
      (await t.app.inject({ url: '/api/v1/resources/019a0000-0000-7000-8000-000000000000/versions' }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses an edit of a published resource while the previous edit waits for a decision', async () => {
    const id = await publishedContribution(t, member, reviewer, contributionBody(partnerId));
    await callApi(t, member, 'PATCH', `/api/v1/resources/${id}`, { licence: 'CC BY-SA 4.0' });
    await callApi(t, member, 'POST', `/api/v1/resources/${id}/submit`);
    expect(
      (await callApi(t, member, 'PATCH', `/api/v1/resources/${id}`, { licence: 'CC0' })).statusCode,
    ).toBe(409);
    const refused = await callApi(t, reviewer, 'POST', `/api/v1/resources/${id}/reviews`, {
      decision: 'reject',
      comment: 'Licence unchanged.',
    });
    expect(refused.statusCode).toBe(200);
    // A rejected edit leaves the published resource as it was, and may be started again.
    const after = await t.deps.db
      .selectFrom('toolkit_resource')
      .select(['status', 'version', 'licence'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'published', version: 1, licence: 'CC BY 4.0' });
    expect(
      (await callApi(t, member, 'PATCH', `/api/v1/resources/${id}`, { licence: 'CC0' })).statusCode,
    ).toBe(200);
  });
});

describe('changes between versions', () => {
  it('compares texts word by word, lists by item, and leaves unchanged fields out', () => {
    const before = resourceRecord({ topics: ['radicalisation'], licence: null });
    const after = {
      ...before,
      texts: [{ ...before.texts[0]!, summary: `${before.texts[0]!.summary} Now with exercises.` }],
      topics: ['radicalisation', 'mediation'],
      licence: 'CC BY 4.0',
    };
    const changes = changesBetween(before, after);
    expect(changes.map((change) => change.field)).toEqual(['summary', 'licence', 'topics']);
    expect(changes[0]).toMatchObject({ kind: 'text', language: 'en' });
    expect(
      changes[0]?.kind === 'text' &&
        changes[0].parts.filter((part) => part.change === 'added').map((part) => part.value.trim()),
    ).toEqual(['Now with exercises.']);
    expect(changes[2]).toEqual({ kind: 'list', field: 'topics', added: ['mediation'], removed: [] });
    expect(changesBetween(before, before)).toEqual([]);
  });
});
