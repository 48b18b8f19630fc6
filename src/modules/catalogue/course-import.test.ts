import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import type { Actor } from '../accounts/index.js';
import { seedProvider, indexedDocuments } from './catalogue.test-kit.js';
import { parseImportFile } from './course-import.parse.js';
import { checkImport, commitImport, readImportFile, type ImportReport } from './course-import.service.js';

const header =
  'external_id;provider;source_language;title_en;summary_en;title_it;format;level;hours;topics;professions;instruments;languages;ects;ects_body;fee;currency;status';

function managerOf(providerId: string): Actor {
  return {
    userId: 'import-test-user',
    name: 'Importer',
    email: 'importer@example.org',
    locale: 'en',
    grants: [{ role: 'provider-manager', scopeType: 'organisation', scopeId: providerId }],
    hasSecondFactor: true,
    authenticatedBy: 'session',
    sessionId: undefined,
    tokenScopes: undefined,
  };
}

describe('course import', () => {
  let t: TestApp;
  let providerId: string;
  let providerSlug: string;

  beforeAll(async () => {
    t = await createTestApp();
    providerId = await seedProvider(t, 'Scuola Import');
    const row = await t.deps.db
      .selectFrom('organisation')
      .select('slug')
      .where('id', '=', providerId)
      .executeTakeFirstOrThrow();
    providerSlug = row.slug;
  });
  afterAll(() => t.close());

  const csv = (...rows: string[]) => Buffer.from([header, ...rows].join('\r\n'), 'utf8');
  const row = (externalId: string, overrides: Partial<Record<string, string>> = {}) => {
    const values: Record<string, string> = {
      external_id: externalId,
      provider: providerSlug,
      source_language: 'en',
      title_en: `Prison transfers ${externalId}`,
      summary_en: 'FD 2008/909 in practice.',
      title_it: `Trasferimento dei detenuti ${externalId}`,
      format: 'face-to-face',
      level: 'continuing',
      hours: '16',
      topics: 'radicalisation',
      professions: 'judge|prosecutor',
      instruments: '32008F0909',
      languages: 'en,it',
      ects: '1,5',
      ects_body: 'Università di Esempio',
      fee: '',
      currency: '',
      status: 'published',
      ...overrides,
    };
    return header
      .split(';')
      .map((column) => values[column] ?? '')
      .join(';');
  };

  async function run(content: Buffer, commit = true): Promise<ImportReport> {
    const read = await readImportFile(content);
    if ('report' in read) return read.report;
    const options = { actor: managerOf(providerId), table: read.table };
    return commit ? commitImport(t.deps, options) : checkImport(t.deps, options);
  }

  const courseCount = async () => {
    const rows = await t.deps.db
      .selectFrom('course')
      .select('id')
      .where('provider_id', '=', providerId)
      .execute();
    return rows.length;
  };

  it('creates, then finds nothing to change when the same file comes again', async () => {
    const file = csv(row('A-1'), row('A-2', { status: 'draft', fee: '120', currency: 'eur' }));
    const dryRun = await run(file, false);
    expect(dryRun).toMatchObject({ problems: [], counts: { created: 2, updated: 0, unchanged: 0 } });
    expect(await courseCount()).toBe(0);

    const first = await run(file);
    expect(first).toMatchObject({ committed: true, counts: { created: 2, updated: 0, unchanged: 0 } });
    const course = await t.deps.db
      .selectFrom('course')
      .selectAll()
      .where('external_id', '=', 'A-1')
      .executeTakeFirstOrThrow();
    expect(course).toMatchObject({ status: 'published', hours: 16, slug: 'prison-transfers-a-1' });
    expect(await indexedDocuments(t, course.id)).toEqual([`${course.id}:en`, `${course.id}:it`]);
    const credit = await t.deps.db
      .selectFrom('course_credit')
      .selectAll()
      .where('course_id', '=', course.id)
      .executeTakeFirstOrThrow();
    expect(credit).toMatchObject({ system: 'ECTS', amount: 1.5, awarding_body: 'Università di Esempio' });
    const audits = await t.deps.db
      .selectFrom('audit_entry')
      .select('details')
      .where('target_id', '=', course.id)
      .execute();
    expect(audits.map((audit) => JSON.parse(audit.details) as unknown)).toEqual([
      { change: 'created' },
      { change: 'published' },
    ]);

    const again = await run(file);
    expect(again).toMatchObject({ committed: true, counts: { created: 0, updated: 0, unchanged: 2 } });
    expect(await courseCount()).toBe(2);
  });

  it('updates a course by its external id, keeping what the file has no column for', async () => {
    const file = Buffer.from(
      `external_id,provider,source_language,title_en,format,level,hours,languages\n` +
        `A-1,${providerSlug},en,Prison transfers (revised),online,continuing,12,en\n`,
    );
    const report = await run(file);
    expect(report).toMatchObject({ committed: true, counts: { created: 0, updated: 1, unchanged: 0 } });
    const course = await t.deps.db
      .selectFrom('course')
      .selectAll()
      .where('external_id', '=', 'A-1')
      .executeTakeFirstOrThrow();
    expect(course).toMatchObject({ format: 'online', hours: 12, slug: 'prison-transfers-a-1' });
    const titles = await t.deps.db
      .selectFrom('course_translation')
      .select(['language', 'title', 'summary'])
      .where('course_id', '=', course.id)
      .orderBy('language')
      .execute();
    expect(titles).toEqual([
      { language: 'en', title: 'Prison transfers (revised)', summary: 'FD 2008/909 in practice.' },
      { language: 'it', title: 'Trasferimento dei detenuti A-1', summary: '' },
    ]);
  });

  it('reports every problem by row and column, and imports nothing', async () => {
    const before = await courseCount();
    const file = csv(
      row('B-1'),
      row('B-2', { hours: 'two days', format: 'webinar' }),
      row('B-1'),
      row('B-3', { topics: 'no-such-topic', professions: 'astronaut' }),
      row('B-4', { provider: 'no-such-provider' }),
      row('B-5', { title_en: '', summary_en: 'A summary without a title' }),
    );
    const report = await run(file);
    expect(report.committed).toBe(false);
    expect(report.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'hours', code: 'notANumber' },
      { row: 3, column: 'format', code: 'invalid' },
      { row: 4, column: 'external_id', code: 'duplicateExternalId' },
      { row: 5, column: 'professions', code: 'invalid' },
      { row: 6, column: 'provider', code: 'unknownProvider' },
      { row: 7, column: 'title_en', code: 'titleMissing' },
    ]);
    expect(await courseCount()).toBe(before);
  });

  it('checks the catalogue’s own rules (unknown topics) after the schema', async () => {
    const before = await courseCount();
    const report = await run(csv(row('C-1'), row('C-2', { topics: 'no-such-topic' })));
    expect(report.problems).toMatchObject([{ row: 3, column: 'topics', code: 'invalid' }]);
    expect(await courseCount()).toBe(before);
  });

  it('rolls back every course, index entry and audit entry when one write fails', async () => {
    const count = async (table: 'course' | 'search_document' | 'audit_entry') => {
      const result = await t.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(result.n);
    };
    const before = await Promise.all([count('course'), count('search_document'), count('audit_entry')]);
    const read = await readImportFile(csv(row('D-1'), row('D-2'), row('D-3')));
    if (!('table' in read)) throw new Error('unreadable');
    // The third course cannot be indexed: the two written before it must go too.
    const search = {
      ...t.deps.search,
      withTransaction: (trx: Parameters<typeof t.deps.search.withTransaction>[0]) => {
        const bound = t.deps.search.withTransaction(trx);
        return {
          ...bound,
          upsert: async (documents: Parameters<typeof bound.upsert>[0]) => {
            if ([documents].flat().some((document) => document.title.includes('D-3'))) {
              throw new Error('index unavailable');
            }
            return bound.upsert(documents);
          },
        };
      },
    };
    const options = { actor: managerOf(providerId), table: read.table };
    await expect(commitImport({ db: t.deps.db, search }, options)).rejects.toThrow('index unavailable');
    expect(await Promise.all([count('course'), count('search_document'), count('audit_entry')])).toEqual(
      before,
    );
  });

  it('refuses rows of providers the person does not manage', async () => {
    const otherId = await seedProvider(t, 'Another School');
    const other = await t.deps.db
      .selectFrom('organisation')
      .select('slug')
      .where('id', '=', otherId)
      .executeTakeFirstOrThrow();
    const report = await run(csv(row('E-1', { provider: other.slug })));
    expect(report.problems).toMatchObject([{ row: 2, column: 'provider', code: 'notYourProvider' }]);
  });

  it('names missing and unknown columns once, on the header row', async () => {
    const report = await run(Buffer.from('external_id,title_en,colour\nX,Title,red\n'));
    expect(report.problems.map(({ row, column, code }) => `${row} ${column} ${code}`)).toEqual([
      '1 colour unknownColumn',
      '1 source_language missingColumn',
      '1 format missingColumn',
      '1 level missingColumn',
      '1 hours missingColumn',
      '1 languages missingColumn',
      '1 provider missingColumn',
    ]);
  });
});

describe('reading import files', () => {
  it('reads UTF-8 with a byte order mark and semicolons', async () => {
    const content = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('external_id;title_en\r\n"A;1";Übung\r\n'),
    ]);
    expect(await parseImportFile(content)).toEqual({
      ok: true,
      table: { header: ['external_id', 'title_en'], rows: [{ row: 2, cells: ['A;1', 'Übung'] }] },
    });
  });

  it('reads Windows-1252 text, as Excel saves CSV in western Europe', async () => {
    // "Procédure pénale – coopération" in Windows-1252: é = 0xE9, – = 0x96.
    const content = Buffer.from([
      ...Buffer.from('external_id,title_fr\nF-1,Proc'),
      0xe9,
      ...Buffer.from('dure p'),
      0xe9,
      ...Buffer.from('nale '),
      0x96,
      ...Buffer.from(' coop'),
      0xe9,
      ...Buffer.from('ration\n'),
    ]);
    const parsed = await parseImportFile(content);
    expect(parsed).toMatchObject({
      ok: true,
      table: { rows: [{ row: 2, cells: ['F-1', 'Procédure pénale – coopération'] }] },
    });
  });

  it('reads tab-separated text and skips empty rows, keeping spreadsheet row numbers', async () => {
    const parsed = await parseImportFile(Buffer.from('a\tb\n1\t2\n\n\t\n3\t4\n'));
    expect(parsed).toMatchObject({
      ok: true,
      table: {
        header: ['a', 'b'],
        rows: [
          { row: 2, cells: ['1', '2'] },
          { row: 5, cells: ['3', '4'] },
        ],
      },
    });
  });

  it('reads the first sheet of an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Courses');
    sheet.addRow(['external_id', 'hours', 'title_ro']);
    sheet.addRow(['R-1', 16, 'Cooperare judiciară în materie penală']);
    sheet.addRow([]);
    sheet.addRow(['R-2', 8.5, { richText: [{ text: 'Mandatul ' }, { text: 'european' }] }]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await parseImportFile(content)).toEqual({
      ok: true,
      table: {
        header: ['external_id', 'hours', 'title_ro'],
        rows: [
          { row: 2, cells: ['R-1', '16', 'Cooperare judiciară în materie penală'] },
          { row: 4, cells: ['R-2', '8.5', 'Mandatul european'] },
        ],
      },
    });
  });

  it('refuses a file that is neither', async () => {
    expect(await parseImportFile(Buffer.alloc(0))).toMatchObject({ ok: false });
    expect(await parseImportFile(Buffer.from('PK\u0003\u0004 not a zip'))).toMatchObject({ ok: false });
    expect(await parseImportFile(Buffer.from('a,"b\n1,2'))).toMatchObject({ ok: false });
  });
});
