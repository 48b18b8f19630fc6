import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, csrfTokenFrom, signedInCookie, type TestApp } from '../../../test/app.js';
import { multipartBody, openForm } from '../organisations/organisations.test-kit.js';
import { seedProvider } from './catalogue.test-kit.js';
import { deleteCourseImportsBefore } from './course-import.repo.js';

describe('course import pages', () => {
  let t: TestApp;
  let providerId: string;
  let otherProviderId: string;
  let manager: string;

  beforeAll(async () => {
    t = await createTestApp();
    providerId = await seedProvider(t, 'Import Academy');
    otherProviderId = await seedProvider(t, 'Elsewhere School');
    manager = await managerCookie(providerId);
  });
  afterAll(() => t.close());

  async function managerCookie(id: string): Promise<string> {
    const user = await createUser(t.deps, {
      grants: [{ role: 'provider-manager', scopeType: 'organisation', scopeId: id }],
      secondFactor: true,
    });
    return signedInCookie(t.deps, user.id);
  }

  async function upload(
    content: Buffer,
    options: { filename?: string; provider?: string; session?: string } = {},
  ) {
    const { csrf, cookie } = await openForm(t, options.session ?? manager, '/en/manage/courses/import');
    const body = multipartBody(
      { _csrf: csrf, providerId: options.provider ?? providerId },
      {
        name: 'file',
        filename: options.filename ?? 'courses.csv',
        contentType: 'text/csv',
        content,
      },
    );
    const response = await t.app.inject({
      method: 'POST',
      url: '/en/manage/courses/import',
      headers: { cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
    return { response, cookie };
  }

  const courseCount = async () => {
    const rows = await t.deps.db
      .selectFrom('course')
      .select('id')
      .where('provider_id', '=', providerId)
      .execute();
    return rows.length;
  };

  it('offers only the providers the manager manages, and a template', async () => {
    const page = await t.app.inject({ url: '/en/manage/courses/import', headers: { cookie: manager } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`value="${providerId}"`);
    expect(page.body).not.toContain(`value="${otherProviderId}"`);
    expect(page.body).toContain('enctype="multipart/form-data"');

    const template = await t.app.inject({
      url: '/en/manage/courses/import/template.csv',
      headers: { cookie: manager },
    });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('text/csv');
    expect(template.body.startsWith('\uFEFFexternal_id,provider,slug,source_language,title_en')).toBe(true);
  });

  it('shows the dry run of an XLSX file, then imports it once, for its uploader only', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Courses');
    sheet.addRow([
      'external_id',
      'source_language',
      'title_en',
      'title_de',
      'format',
      'level',
      'hours',
      'languages',
    ]);
    sheet.addRow([
      'X-1',
      'en',
      'Mutual recognition',
      'Gegenseitige Anerkennung',
      'online',
      'initial',
      8,
      'en|de',
    ]);
    sheet.addRow(['X-2', 'en', 'European Investigation Order', '', 'blended', 'continuing', 12.5, 'en']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());

    const { response, cookie } = await upload(content, { filename: 'courses.xlsx' });
    expect(response.statusCode).toBe(303);
    const reportUrl = String(response.headers.location);
    expect(reportUrl).toMatch(/^\/en\/manage\/courses\/import\/[0-9a-f-]{36}$/);
    const report = await t.app.inject({ url: reportUrl, headers: { cookie } });
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('courses.xlsx');
    expect(report.body).toContain('create 2 courses');
    expect(report.body).toContain('Import now');
    expect(await courseCount()).toBe(0);

    const stranger = await managerCookie(providerId);
    expect((await t.app.inject({ url: reportUrl, headers: { cookie: stranger } })).statusCode).toBe(404);

    const commit = await t.app.inject({
      method: 'POST',
      url: `${reportUrl}/commit`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: csrfTokenFrom(report.body),
      }).toString(),
    });
    expect(commit.statusCode).toBe(303);
    expect(await courseCount()).toBe(2);
    const done = await t.app.inject({ url: reportUrl, headers: { cookie } });
    expect(done.body).toContain('The file was imported');
    expect(done.body).not.toContain('Import now');

    const again = await t.app.inject({
      method: 'POST',
      url: `${reportUrl}/commit`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: csrfTokenFrom(report.body),
      }).toString(),
    });
    expect(again.statusCode).toBe(409);
    expect(await courseCount()).toBe(2);
  });

  it('lists the problems of a Windows-1252 CSV by row and column, with nothing to import', async () => {
    const text =
      'external_id;title_fr;source_language;format;level;hours;languages\r\n' +
      'F-1;Procédure pénale;fr;online;initial;huit;fr\r\n' +
      'F-2;Coopération judiciaire;fr;webinaire;initial;8;fr\r\n';
    const { response, cookie } = await upload(Buffer.from(text, 'latin1'));
    expect(response.statusCode).toBe(303);
    const report = await t.app.inject({ url: String(response.headers.location), headers: { cookie } });
    expect(report.body).toContain('There are 2 problems');
    expect(report.body).toContain('<td>2</td><td><code>hours</code></td><td>“huit” is not a number.</td>');
    expect(report.body).toMatch(/<td>3<\/td><td><code>format<\/code><\/td><td>Not valid: /);
    expect(report.body).not.toContain('Import now');
    expect(await courseCount()).toBe(2);
  });

  it('imports Windows-1252 text as what it says', async () => {
    const text =
      'external_id;title_fr;source_language;format;level;hours;languages\r\n' +
      'F-3;Procédure pénale;fr;online;initial;8;fr\r\n';
    const { response, cookie } = await upload(Buffer.from(text, 'latin1'));
    const reportUrl = String(response.headers.location);
    const report = await t.app.inject({ url: reportUrl, headers: { cookie } });
    const commit = await t.app.inject({
      method: 'POST',
      url: `${reportUrl}/commit`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrfTokenFrom(report.body) }).toString(),
    });
    expect(commit.statusCode).toBe(303);
    const title = await t.deps.db
      .selectFrom('course_translation as tr')
      .innerJoin('course as c', 'c.id', 'tr.course_id')
      .select('tr.title')
      .where('c.external_id', '=', 'F-3')
      .executeTakeFirstOrThrow();
    expect(title.title).toBe('Procédure pénale');
  });

  it('asks again for a missing or oversized file, keeping the chosen provider', async () => {
    const empty = await upload(Buffer.alloc(0));
    expect(empty.response.statusCode).toBe(422);
    expect(empty.response.body).toContain('href="#course-import-file"');
    expect(empty.response.body).toContain('Choose a CSV or XLSX file');
    expect(empty.response.body).toMatch(new RegExp(`value="${providerId}" selected`));

    const large = await upload(Buffer.alloc(5 * 1024 * 1024 + 10, 'a'));
    expect(large.response.statusCode).toBe(413);
    expect(large.response.body).toContain('The file must be 5 MB or smaller');
  });

  it('lets the maintenance prune old uploads, and only old ones', async () => {
    const count = async () => (await t.deps.db.selectFrom('course_import').select('id').execute()).length;
    const uploads = await count();
    expect(uploads).toBeGreaterThan(0);
    expect(await deleteCourseImportsBefore(t.deps.db, '2000-01-01T00:00:00.000Z')).toBe(0);
    const later = new Date(Date.now() + 60_000).toISOString();
    expect(await deleteCourseImportsBefore(t.deps.db, later)).toBe(uploads);
    expect(await count()).toBe(0);
  });

  it('refuses an upload for a provider the person does not manage', async () => {
    const { response } = await upload(Buffer.from('external_id\nA\n'), { provider: otherProviderId });
    expect(response.statusCode).toBe(403);
  });
});
