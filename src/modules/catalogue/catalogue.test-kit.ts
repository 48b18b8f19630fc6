import { createUser, type TestApp } from '../../../test/app.js';
import { sessionHeaders } from '../api-tokens/api-tokens.test-kit.js';
import { seedOrganisation } from '../organisations/organisations.test-kit.js';

/** Test helpers of the catalogue: providers, their managers, and courses made through the API. */
export async function seedProvider(t: TestApp, name: string): Promise<string> {
  return seedOrganisation(t.deps.db, { name, isProvider: true, type: 'judicial-school' });
}

export async function managerHeaders(t: TestApp, providerId: string): Promise<Record<string, string>> {
  const user = await createUser(t.deps, {
    grants: [{ role: 'provider-manager', scopeType: 'organisation', scopeId: providerId }],
    secondFactor: true,
  });
  return sessionHeaders(t, user.id);
}

export async function adminHeaders(t: TestApp): Promise<Record<string, string>> {
  const user = await createUser(t.deps, { grants: [{ role: 'admin' }], secondFactor: true });
  return sessionHeaders(t, user.id);
}

let courseCount = 0;

export function courseBody(providerId: string, overrides: Record<string, unknown> = {}) {
  courseCount += 1;
  return {
    providerId,
    slug: `course-${courseCount}-${Date.now().toString(36)}`,
    sourceLanguage: 'en',
    format: 'face-to-face',
    level: 'continuing',
    hours: 16,
    translations: [
      {
        language: 'en',
        title: `Course ${courseCount}`,
        summary: 'Judicial cooperation in practice.',
        description: 'A **two-day** workshop.',
        learningOutcomes: 'Apply the framework decisions.',
        prerequisites: 'None.',
      },
    ],
    topics: ['radicalisation'],
    professions: ['judge'],
    instruments: ['32008F0909'],
    languages: ['en'],
    ...overrides,
  };
}

export function sessionBody(overrides: Record<string, unknown> = {}) {
  return {
    startsAt: '2027-03-10T09:00:00+01:00',
    endsAt: '2027-03-11T17:00:00+01:00',
    timeZone: 'Europe/Rome',
    venue: 'Palazzo di Giustizia',
    city: 'Rome',
    country: 'IT',
    language: 'en',
    capacity: 30,
    ...overrides,
  };
}

/** A course made and (unless told otherwise) published through the API; returns its id. */
export async function createCourseViaApi(
  t: TestApp,
  headers: Record<string, string>,
  body: Record<string, unknown>,
  options: { publish?: boolean; sessions?: Record<string, unknown>[] } = {},
): Promise<string> {
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/courses', headers, payload: body });
  if (created.statusCode !== 201) throw new Error(`course not created: ${created.body}`);
  const id = created.json<{ id: string }>().id;
  for (const session of options.sessions ?? []) {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/courses/${id}/sessions`,
      headers,
      payload: sessionBody(session),
    });
    if (response.statusCode !== 201) throw new Error(`session not created: ${response.body}`);
  }
  if (options.publish ?? true) {
    const published = await t.app.inject({ method: 'POST', url: `/api/v1/courses/${id}/publish`, headers });
    if (published.statusCode !== 200) throw new Error(`course not published: ${published.body}`);
  }
  return id;
}

/** Ids of the course's documents in the search index. */
export async function indexedDocuments(t: TestApp, courseId: string): Promise<string[]> {
  const rows = await t.deps.db
    .selectFrom('search_document')
    .select('id')
    .where('kind', '=', 'course')
    .where('id', 'like', `${courseId}:%`)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}
