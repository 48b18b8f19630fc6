import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieHeader, createTestApp, csrfTokenFrom, type TestApp } from '../../../test/app.js';
import { multipartBody } from '../organisations/organisations.test-kit.js';
import {
  callApi,
  contributeViaApi,
  contributionBody,
  memberOf,
  person,
  postForm,
  seedPartner,
  type Person,
} from './contribution.test-kit.js';

const contribute = '/en/toolkit/contribute';

describe('toolkit contribution and review pages', () => {
  let t: TestApp;
  let partnerId: string;
  let member: Person;
  let reviewer: Person;

  const validFields = (): [string, string][] => [
    ['organisationId', partnerId],
    ['type', 'handbook'],
    ['sourceLanguage', 'ro'],
    ['title', 'Manual pentru personalul din penitenciare'],
    ['summary', 'Semne timpurii ale radicalizării.'],
    ['translations-0-language', 'en'],
    ['translations-0-title', 'Handbook for prison staff'],
    ['translations-0-summary', 'Early signs of radicalisation.'],
    ['topics', 'radicalisation'],
    ['topics', 'psychology'],
    ['professions', 'prison-staff'],
    ['languages', 'ro'],
    ['countries', 'RO'],
    ['instruments', '32008F0909 32008f0947'],
    ['publishedOn', '2024'],
  ];

  beforeAll(async () => {
    t = await createTestApp();
    partnerId = await seedPartner(t, 'Administrația Națională a Penitenciarelor');
    member = await memberOf(t, partnerId);
    reviewer = await person(t, [{ role: 'coordinator' }]);
  });
  afterAll(async () => t.close());

  it('shows the contribution form to members only', async () => {
    const page = await t.app.inject({ url: contribute, headers: { cookie: member.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Contribute to the toolkit');
    expect(page.body).toContain(`value="${partnerId}"`);
    expect(page.headers['cache-control']).toBe('no-store');
    const learner = await person(t, []);
    expect((await t.app.inject({ url: contribute, headers: { cookie: learner.cookie } })).statusCode).toBe(
      403,
    );
    const anonymous = await t.app.inject({ url: contribute });
    expect([302, 303]).toContain(anonymous.statusCode);
  });

  it('keeps what was typed and shows errors next to the fields', async () => {
    const fields = validFields().filter(([name]) => name !== 'title' && name !== 'publishedOn');
    const response = await postForm(t, member.cookie, contribute, contribute, [
      ...fields,
      ['title', ''],
      ['publishedOn', 'spring'],
      ['originalUrl', 'example dot org'],
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter the title (at most 500 characters)');
    expect(response.body).toContain('Enter a year, a month or a day, such as 2024-05');
    expect(response.body).toContain('Enter a full address starting with https://');
    expect(response.body).toContain('value="example dot org"');
    expect(response.body).toContain('Semne timpurii ale radicalizării.');
    expect(response.body).toContain('Handbook for prison staff');
    expect(response.body).toMatch(/value="psychology"\s+checked/);
    expect(response.body).toContain('aria-invalid="true"');
  });

  it('creates a draft, attaches a file, submits it, and the reviewer’s comment reaches the contributor', async () => {
    const created = await postForm(t, member.cookie, contribute, contribute, validFields());
    expect(created.statusCode, created.body).toBe(303);
    const editUrl = created.headers.location as string;
    expect(editUrl).toMatch(/^\/en\/toolkit\/resources\/[\w-]+\/edit\?done=created$/);
    const id = editUrl.split('/')[4]!;
    const edit = await t.app.inject({ url: editUrl, headers: { cookie: member.cookie } });
    expect(edit.body).toContain('The draft is saved.');
    expect(edit.body).toContain('Manual pentru personalul din penitenciare');
    const row = await t.deps.db
      .selectFrom('toolkit_resource_instrument')
      .select('celex')
      .where('resource_id', '=', id)
      .orderBy('celex')
      .execute();
    expect(row.map((r) => r.celex)).toEqual(['32008F0909', '32008F0947']);

    // A renamed program is refused on the page, naming the file.
    const page = await t.app.inject({
      url: `/en/toolkit/resources/${id}/edit`,
      headers: { cookie: member.cookie },
    });
    const body = multipartBody(
      { _csrf: csrfTokenFrom(page.body) },
      {
        name: 'file',
        filename: 'setup.pdf',
        contentType: 'application/pdf',
        content: Buffer.from('MZ\x90\x00 not a pdf at all'),
      },
    );
    const refused = await t.app.inject({
      method: 'POST',
      url: `/en/toolkit/resources/${id}/attachments`,
      headers: {
        cookie: `${member.cookie}; ${cookieHeader(page.headers['set-cookie'])}`,
        'content-type': body.contentType,
      },
      payload: body.payload,
    });
    expect(refused.statusCode).toBe(415);
    expect(refused.body).toContain('“setup.pdf” is not a PDF, DOCX, ODT, EPUB or MP4 file');

    const changed = await postForm(
      t,
      member.cookie,
      `/en/toolkit/resources/${id}/edit`,
      `/en/toolkit/resources/${id}/edit`,
      [...validFields().filter(([name]) => name !== 'licence'), ['licence', 'CC BY 4.0']],
    );
    expect(changed.statusCode, changed.body).toBe(303);
    const submitted = await postForm(
      t,
      member.cookie,
      `/en/toolkit/resources/${id}/edit`,
      `/en/toolkit/resources/${id}/submit`,
      [],
    );
    expect(submitted.statusCode).toBe(303);
    expect(
      (await t.app.inject({ url: submitted.headers.location as string, headers: { cookie: member.cookie } }))
        .body,
    ).toContain('Waiting for a review');

    const queue = await t.app.inject({ url: '/en/toolkit/review', headers: { cookie: reviewer.cookie } });
    expect(queue.statusCode).toBe(200);
    // Titled in the reader's language when the contribution has it.
    expect(queue.body).toContain('Handbook for prison staff');
    const readOnly = await t.app.inject({
      url: `/en/toolkit/resources/${id}/edit`,
      headers: { cookie: reviewer.cookie },
    });
    expect(readOnly.statusCode).toBe(200);
    expect(readOnly.body).toContain('Semne timpurii ale radicalizării.');
    expect(readOnly.body).toContain('32008F0947');
    expect(readOnly.body).not.toContain('Save the changes');
    const missingComment = await postForm(
      t,
      reviewer.cookie,
      '/en/toolkit/review',
      `/en/toolkit/review/${id}`,
      [['decision', 'request-changes']],
    );
    expect(missingComment.statusCode).toBe(400);
    expect(missingComment.body).toContain('Say what should change, or why the resource is rejected');
    expect(missingComment.body).toMatch(/value="request-changes"\s+checked/);
    const decided = await postForm(t, reviewer.cookie, '/en/toolkit/review', `/en/toolkit/review/${id}`, [
      ['decision', 'request-changes'],
      ['comment', 'Please add how the handbook was evaluated.'],
    ]);
    expect(decided.statusCode).toBe(303);
    expect(decided.headers.location).toBe('/en/toolkit/review?done=request-changes');

    const after = await t.app.inject({
      url: `/en/toolkit/resources/${id}/edit`,
      headers: { cookie: member.cookie },
    });
    expect(after.body).toContain('Changes requested');
    expect(after.body).toContain('Please add how the handbook was evaluated.');
    expect(after.body).toContain('Save the changes');
  });

  it('lists submitted contributions oldest first, and does not let a reviewer decide on their own', async () => {
    const first = await contributeViaApi(
      t,
      member,
      contributionBody(partnerId, { texts: [{ language: 'it', title: 'Primo contributo', summary: '' }] }),
    );
    const second = await contributeViaApi(
      t,
      member,
      contributionBody(partnerId, { texts: [{ language: 'it', title: 'Secondo contributo', summary: '' }] }),
    );
    await callApi(t, member, 'POST', `/api/v1/resources/${first}/submit`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await callApi(t, member, 'POST', `/api/v1/resources/${second}/submit`);
    const ownReviewer = await memberOf(t, partnerId, 'partner-admin');
    const own = await contributeViaApi(
      t,
      ownReviewer,
      contributionBody(partnerId, { texts: [{ language: 'it', title: 'Contributo proprio', summary: '' }] }),
    );
    await callApi(t, ownReviewer, 'POST', `/api/v1/resources/${own}/submit`);
    const queue = await t.app.inject({ url: '/en/toolkit/review', headers: { cookie: ownReviewer.cookie } });
    expect(queue.statusCode).toBe(200);
    expect(queue.body.indexOf('Primo contributo')).toBeLessThan(queue.body.indexOf('Secondo contributo'));
    expect(queue.body).toContain('This is your own contribution: another reviewer decides on it.');
    expect(queue.body).not.toContain(`action="/en/toolkit/review/${own}"`);
    const trainer = await memberOf(t, partnerId);
    expect(
      (await t.app.inject({ url: '/en/toolkit/review', headers: { cookie: trainer.cookie } })).statusCode,
    ).toBe(403);
  });
});
