import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { createCourseSchema, createSessionSchema } from '../catalogue/catalogue.schema.js';
import { demoCourses } from './demo-courses.js';
import { sessionTimes } from './demo-dates.js';
import { demoResources } from './demo-toolkit-data.js';
import { hasDemoContent, removeDemoContent, seedDemoContent } from './index.js';

interface ListBody {
  items: { id: string; title: string }[];
  total: number;
  facets: Record<string, { value: string; label: string; count: number }[]>;
}

const livingLabTopics = ['radicalisation', 'digital-forensics', 'mediation', 'data-protection', 'psychology'];

describe('demo content: the catalogue’s demo courses', () => {
  let t: TestApp;
  const list = async (query: string) => {
    const response = await t.app.inject({ url: `/api/v1/courses?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ListBody>();
  };
  const indexedCount = async () =>
    (await t.deps.db.selectFrom('search_document').select('id').where('kind', '=', 'course').execute())
      .length;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds six providers and organisations and at least 40 published courses, with varied sessions', async () => {
    expect(await seedDemoContent(t.deps)).toEqual({
      organisations: 6,
      courses: demoCourses.length,
      resources: demoResources.length,
    });
    const published = await t.deps.db
      .selectFrom('course')
      .select(['id', 'provider_id', 'is_demo'])
      .where('status', '=', 'published')
      .execute();
    expect(published.length).toBeGreaterThanOrEqual(40);
    expect(published.every((course) => course.is_demo === 1)).toBe(true);
    expect(new Set(published.map((course) => course.provider_id)).size).toBeGreaterThanOrEqual(5);
    const topics = await t.deps.db.selectFrom('course_topic').select('topic_code').distinct().execute();
    expect(topics.map((row) => row.topic_code)).toEqual(expect.arrayContaining(livingLabTopics));
    const sessions = await t.deps.db
      .selectFrom('course_session')
      .select(['country', 'language', 'starts_at', 'application_deadline', 'selection_deadline'])
      .execute();
    expect(new Set(sessions.flatMap((s) => (s.country ? [s.country] : []))).size).toBeGreaterThanOrEqual(4);
    expect(new Set(sessions.map((s) => s.language)).size).toBeGreaterThanOrEqual(4);
    for (const session of sessions) {
      if (session.application_deadline) expect(session.application_deadline < session.starts_at).toBe(true);
      if (session.selection_deadline) expect(session.selection_deadline < session.starts_at).toBe(true);
    }
    expect(await hasDemoContent(t.deps.db)).toBe(true);
  });

  it('indexes the published demo courses: search and facets find them through the API', async () => {
    const all = await list('pageSize=100');
    const published = demoCourses.filter((course) => course.status === 'published').length;
    expect(all.total).toBe(published);
    const topicCounts = Object.fromEntries(all.facets.topic?.map((f) => [f.value, f.count]) ?? []);
    for (const topic of livingLabTopics) expect(topicCounts[topic]).toBeGreaterThan(0);
    expect(all.facets.provider?.length).toBeGreaterThanOrEqual(5);
    expect(all.facets.country?.length).toBeGreaterThanOrEqual(4);

    const drones = await list('q=drones');
    expect(drones.items.map((item) => item.title)).toContain(
      'Drones over prisons: detection, seizure and forensic analysis',
    );
    const mediation = await list('topic=mediation&country=PT');
    expect(mediation.total).toBeGreaterThan(0);
    const italian = await list('q=radicalizzazione&lang=it');
    expect(italian.total).toBeGreaterThan(0);
    const archived = await list('q=pilot');
    expect(archived.items.map((item) => item.title)).not.toContain('Radicalisation prevention: pilot course');
  });

  it('holds only data the catalogue API would accept', () => {
    const now = new Date();
    for (const course of demoCourses) {
      const parsed = createCourseSchema.safeParse({
        ...course,
        providerId: course.provider,
        sourceLanguage: course.translations[0]?.language,
        isDemo: true,
      });
      expect(parsed.error?.issues, course.slug).toBeUndefined();
      for (const session of course.sessions) {
        const times = sessionTimes(session, now);
        const sessionParsed = createSessionSchema.safeParse({ ...session, ...times });
        expect(sessionParsed.error?.issues, course.slug).toBeUndefined();
      }
    }
  });

  it('adds nothing when seeded twice', async () => {
    const before = await indexedCount();
    expect(await seedDemoContent(t.deps)).toEqual({ organisations: 0, courses: 0, resources: 0 });
    expect(await indexedCount()).toBe(before);
  });

  it('removes the demo courses, their index entries and the organisations', async () => {
    expect(await indexedCount()).toBeGreaterThan(0);
    expect(await removeDemoContent(t.deps)).toEqual({
      organisations: 6,
      courses: demoCourses.length,
      resources: demoResources.length,
    });
    expect(await t.deps.db.selectFrom('course').select('id').execute()).toEqual([]);
    expect(await indexedCount()).toBe(0);
    expect(
      await t.deps.db.selectFrom('organisation').select('id').where('is_demo', '=', 1).execute(),
    ).toEqual([]);
    expect((await list('q=drones')).total).toBe(0);
    expect(await hasDemoContent(t.deps.db)).toBe(false);
  });
});
