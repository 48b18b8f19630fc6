import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { courseExportSchema, type ExportedRow } from './catalogue.export.js';
import { adminHeaders, courseBody, createCourseViaApi, seedProvider } from './catalogue.test-kit.js';

const trickyTitle =
  'Ștefan and Żółć: "quoted", with commas; semicolons \\ and a title long enough to be folded';
const trickySummary = 'First line, with a comma.\nSecond line; "quoted" =formula';

interface Session {
  id: string;
  startsAt: string;
}

describe('catalogue export and iCalendar', () => {
  let t: TestApp;
  let host: string;
  const slugs: Record<string, string> = {};
  const sessions: Record<string, Session[]> = {};

  beforeAll(async () => {
    t = await createTestApp();
    host = new URL(t.deps.config.publicUrl).host;
    const provider = await seedProvider(t, 'Institutul Național al Magistraturii');
    const admin = await adminHeaders(t);
    const make = async (name: string, overrides: Record<string, unknown>, options = {}) => {
      const body = courseBody(provider, overrides);
      slugs[name] = String(body.slug);
      const id = await createCourseViaApi(t, admin, body, options);
      const course = await t.app.inject({ url: `/api/v1/courses/${id}`, headers: admin });
      sessions[name] = course.json<{ sessions: Session[] }>().sessions;
      return id;
    };
    await make(
      'tricky',
      {
        translations: [
          { language: 'en', title: trickyTitle, summary: trickySummary },
          { language: 'fr', title: 'Coopération judiciaire, « Ștefan »', summary: 'Résumé.' },
        ],
        credits: [
          { system: 'ECTS', amount: 2, awardingBody: 'Universitatea din București' },
          { system: 'UFC', amount: 12, awardingBody: 'CSM' },
        ],
        fee: { amount: 150, currency: 'EUR' },
      },
      {
        sessions: [
          {
            startsAt: '2027-05-04T09:00:00+03:00',
            endsAt: '2027-05-05T17:00:00+03:00',
            timeZone: 'Europe/Bucharest',
            venue: 'Sala Mare, INM',
            city: 'Iași',
            country: 'RO',
            applicationDeadline: '2027-04-01T23:59:00+03:00',
          },
          {
            startsAt: '2027-06-01T09:00:00+02:00',
            endsAt: '2027-06-01T17:00:00+02:00',
            country: 'FR',
            city: 'Paris',
            timeZone: 'Europe/Paris',
            status: 'cancelled',
          },
        ],
      },
    );
    await make('bare', { translations: [{ language: 'en', title: 'No sessions yet', summary: 'Later.' }] });
    await make(
      'past',
      {},
      {
        sessions: [
          { startsAt: '2020-01-10T09:00:00+01:00', endsAt: '2020-01-10T17:00:00+01:00' },
          { startsAt: '2027-09-10T09:00:00+02:00', endsAt: '2027-09-10T17:00:00+02:00' },
        ],
      },
    );
    await make('draft', {}, { publish: false, sessions: [{}] });
    const archived = await make('archived', {}, { sessions: [{}] });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/courses/${archived}/archive`,
      headers: admin,
    });
    expect(response.statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  const exported = async (lang?: string) => {
    const response = await t.app.inject({ url: `/api/v1/export/courses.json${lang ? `?lang=${lang}` : ''}` });
    expect(response.statusCode).toBe(200);
    return courseExportSchema.parse(response.json());
  };
  const rowsOf = (rows: ExportedRow[], name: string) => rows.filter((row) => row.slug === slugs[name]);

  it('exports published courses as JSON, one entry per session, never drafts or archived ones', async () => {
    const { generatedAt, courses } = await exported();
    expect(Number.isNaN(Date.parse(generatedAt))).toBe(false);
    expect(courses).toHaveLength(5);
    expect(rowsOf(courses, 'draft')).toEqual([]);
    expect(rowsOf(courses, 'archived')).toEqual([]);
    const [bare] = rowsOf(courses, 'bare');
    expect(bare).toMatchObject({ title: 'No sessions yet', sessionId: null, start: null, places: null });
    const tricky = rowsOf(courses, 'tricky');
    expect(tricky.map((row) => row.sessionId)).toEqual(sessions.tricky?.map((session) => session.id));
    expect(tricky[0]).toMatchObject({
      provider: 'Institutul Național al Magistraturii',
      title: trickyTitle,
      summary: trickySummary,
      textLanguage: 'en',
      topics: ['radicalisation'],
      legalInstruments: ['32008F0909'],
      targetProfessions: ['judge'],
      format: 'face-to-face',
      level: 'continuing',
      hours: 16,
      ects: 2,
      ufc: 12,
      fee: 150,
      feeCurrency: 'EUR',
      country: 'RO',
      countryName: 'Romania',
      city: 'Iași',
      venue: 'Sala Mare, INM',
      timeZone: 'Europe/Bucharest',
      start: '2027-05-04T06:00:00.000Z',
      end: '2027-05-05T14:00:00.000Z',
      applicationDeadline: '2027-04-01T20:59:00.000Z',
      places: 30,
      url: `${t.deps.config.publicUrl}/en/courses/${slugs.tricky}`,
    });
    expect(tricky[1]).toMatchObject({ sessionStatus: 'cancelled', country: 'FR' });
  });

  it('uses the asked language, falling back to the course’s own', async () => {
    const { courses } = await exported('fr');
    expect(rowsOf(courses, 'tricky')[0]).toMatchObject({
      title: 'Coopération judiciaire, « Ștefan »',
      textLanguage: 'fr',
      countryName: 'Roumanie',
      url: `${t.deps.config.publicUrl}/fr/courses/${slugs.tricky}`,
    });
    expect(rowsOf(courses, 'bare')[0]).toMatchObject({ title: 'No sessions yet', textLanguage: 'en' });
    expect((await t.app.inject({ url: '/api/v1/export/courses.json?lang=xx' })).statusCode).toBe(400);
  });

  it('exports the same rows as CSV for Excel: BOM, header, CRLF, every field quoted', async () => {
    const response = await t.app.inject({ url: '/api/v1/export/courses.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.body).toContain('"\r\n"');
    const records = parse<Record<string, string>>(response.rawPayload, { bom: true, columns: true });
    expect(records).toHaveLength(5);
    const tricky = records.filter((record) => record.slug === slugs.tricky);
    expect(tricky).toHaveLength(2);
    expect(tricky[0]).toMatchObject({
      title: trickyTitle,
      // The newline survives; the embedded `=` is not at the start, so it is not escaped.
      summary: trickySummary,
      credits: 'ECTS 2 (Universitatea din București); UFC 12 (CSM)',
      start: '2027-05-04T06:00:00.000Z',
      places: '30',
      venue: 'Sala Mare, INM',
    });
    expect(records.find((record) => record.slug === slugs.bare)?.sessionId).toBe('');
    expect(records.some((record) => record.slug === slugs.draft || record.slug === slugs.archived)).toBe(
      false,
    );
  });

  it('documents both exports in the OpenAPI document', async () => {
    const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, { get?: { tags?: string[] } }>;
    }>();
    for (const path of ['/api/v1/export/courses.json', '/api/v1/export/courses.csv']) {
      expect(document.paths[path]?.get?.tags).toEqual(['catalogue']);
    }
  });

  const calendarOf = async (url: string) => {
    const response = await t.app.inject({ url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = ICAL.Component.fromString(response.body).getAllSubcomponents('vevent');
    return { text: response.body, events };
  };
  const uidOf = (session: Session | undefined) => `session-${session?.id}@${host}`;

  it('serves a feed of upcoming sessions that a real parser reads, with stable UIDs', async () => {
    const first = await calendarOf('/en/courses/feed.ics');
    const second = await calendarOf('/en/courses/feed.ics');
    const uids = first.events.map((event) => event.getFirstPropertyValue('uid'));
    expect(second.events.map((event) => event.getFirstPropertyValue('uid'))).toEqual(uids);
    expect(new Set(uids)).toEqual(
      new Set([uidOf(sessions.tricky?.[0]), uidOf(sessions.tricky?.[1]), uidOf(sessions.past?.[1])]),
    );
    const event = first.events.find((item) => item.getFirstPropertyValue('uid') === uids[0]);
    const vevent = new ICAL.Event(event);
    expect(vevent.summary).toBe(trickyTitle);
    expect(vevent.description).toBe(trickySummary);
    expect(vevent.location).toBe('Sala Mare, INM, Iași, Romania');
    expect(vevent.startDate.zone?.tzid).toBe('UTC');
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2027-05-04T06:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2027-05-05T14:00:00.000Z');
    expect(event?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event?.getFirstPropertyValue('url')).toBe(`${t.deps.config.publicUrl}/en/courses/${slugs.tricky}`);
    expect(event?.getFirstProperty('dtstamp')).toBeTruthy();
    const cancelled = first.events.find(
      (item) => item.getFirstPropertyValue('uid') === uidOf(sessions.tricky?.[1]),
    );
    expect(cancelled?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('folds long lines at 75 octets with CRLF, never inside a character', async () => {
    const { text } = await calendarOf('/en/courses/feed.ics');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
  });

  it('serves one course’s sessions in the page’s language, and 404 for other slugs', async () => {
    const { events } = await calendarOf(`/fr/courses/${slugs.past}/sessions.ics`);
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual(sessions.past?.map(uidOf));
    const tricky = await calendarOf(`/fr/courses/${slugs.tricky}/sessions.ics`);
    expect(new ICAL.Event(tricky.events[0]).summary).toBe('Coopération judiciaire, « Ștefan »');
    for (const slug of ['no-such-course', slugs.draft, slugs.archived]) {
      expect((await t.app.inject({ url: `/en/courses/${slug}/sessions.ics` })).statusCode).toBe(404);
    }
  });

  it('links the calendars from the catalogue and the course page', async () => {
    const list = await t.app.inject({ url: '/de/courses' });
    expect(list.body).toContain('href="/de/courses/feed.ics"');
    const page = await t.app.inject({ url: `/de/courses/${slugs.tricky}` });
    expect(page.body).toContain(`href="/de/courses/${slugs.tricky}/sessions.ics"`);
  });
});
