import type { Kysely, Transaction } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import type { SearchIndex } from '../../platform/search/index.js';
import { writeCourse } from '../catalogue/index.js';
import { demoCourses, type DemoCourse, type DemoSession } from './demo-courses.js';
import { sessionTimes } from './demo-dates.js';

export interface DemoDeps {
  readonly db: Kysely<Database>;
  readonly search: SearchIndex;
}

/** Seeding is done by the platform, not by a person: its audit entries name no actor. */
const platformActor = undefined;

/** Adds the demo courses whose slug is free; each goes through the catalogue's write and index path. */
export async function seedDemoCourses(deps: DemoDeps, now = new Date()): Promise<number> {
  const providers = await providerIds(deps.db);
  let added = 0;
  for (const course of demoCourses) {
    const providerId = providers.get(course.provider);
    if (!providerId) continue;
    const taken = await deps.db
      .selectFrom('course')
      .select('id')
      .where('slug', '=', course.slug)
      .executeTakeFirst();
    if (taken) continue;
    const id = uuidv7();
    await writeCourse(deps, id, (trx) => insertDemoCourse(trx, id, providerId, course, now), {
      actor: platformActor,
      change: 'created',
    });
    added += 1;
  }
  return added;
}

/** Takes the demo courses out of the index (archiving re-indexes them away), then deletes them. */
export async function removeDemoCourses(deps: DemoDeps): Promise<number> {
  const rows = await deps.db.selectFrom('course').select('id').where('is_demo', '=', 1).execute();
  for (const { id } of rows) {
    await writeCourse(deps, id, (trx) => archive(trx, id), { actor: platformActor, change: 'archived' });
    await deps.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('course').where('id', '=', id).execute();
      await appendAudit(trx, {
        action: 'course-changed',
        actorId: null,
        targetType: 'course',
        targetId: id,
        details: { change: 'deleted' },
      });
    });
  }
  return rows.length;
}

async function archive(trx: Transaction<Database>, id: string): Promise<void> {
  await trx
    .updateTable('course')
    .set({ status: 'archived', updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

async function providerIds(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('organisation')
    .select(['id', 'slug'])
    .where('slug', 'in', [...new Set(demoCourses.map((course) => course.provider))])
    .execute();
  return new Map(rows.map((row) => [row.slug, row.id]));
}

async function insertDemoCourse(
  trx: Transaction<Database>,
  id: string,
  providerId: string,
  course: DemoCourse,
  now: Date,
): Promise<void> {
  const timestamp = new Date().toISOString();
  await trx
    .insertInto('course')
    .values({
      id,
      provider_id: providerId,
      slug: course.slug,
      external_id: `demo-${course.slug}`,
      source_language: course.translations[0]?.language ?? 'en',
      format: course.format,
      level: course.level,
      hours: course.hours,
      fee_amount: course.fee?.amount ?? null,
      fee_currency: course.fee?.currency ?? null,
      status: course.status,
      is_demo: 1,
      published_at: timestamp,
    })
    .execute();
  await trx
    .insertInto('course_translation')
    .values(
      course.translations.map((tr) => ({
        course_id: id,
        language: tr.language,
        title: tr.title,
        summary: tr.summary,
        description: tr.description ?? '',
        learning_outcomes: tr.learningOutcomes ?? '',
        prerequisites: tr.prerequisites ?? '',
      })),
    )
    .execute();
  await insertCodes(trx, id, course);
  for (const session of course.sessions) await insertDemoSession(trx, id, session, now);
}

async function insertCodes(trx: Transaction<Database>, id: string, course: DemoCourse): Promise<void> {
  const rows = <T extends string>(codes: readonly T[]) => [...new Set(codes)];
  await trx
    .insertInto('course_topic')
    .values(rows(course.topics).map((topic_code) => ({ course_id: id, topic_code })))
    .execute();
  if (course.professions.length > 0)
    await trx
      .insertInto('course_profession')
      .values(rows(course.professions).map((profession) => ({ course_id: id, profession })))
      .execute();
  if (course.instruments.length > 0)
    await trx
      .insertInto('course_instrument')
      .values(rows(course.instruments).map((celex) => ({ course_id: id, celex })))
      .execute();
  await trx
    .insertInto('course_language')
    .values(rows(course.languages).map((language) => ({ course_id: id, language })))
    .execute();
  const credits = course.credits ?? [];
  if (credits.length > 0)
    await trx
      .insertInto('course_credit')
      .values(
        credits.map((credit, position) => ({
          course_id: id,
          position,
          system: credit.system,
          amount: credit.amount,
          awarding_body: credit.awardingBody,
        })),
      )
      .execute();
}

async function insertDemoSession(
  trx: Transaction<Database>,
  courseId: string,
  session: DemoSession,
  now: Date,
): Promise<void> {
  const id = uuidv7();
  const times = sessionTimes(session, now);
  await trx
    .insertInto('course_session')
    .values({
      id,
      course_id: courseId,
      starts_at: times.startsAt,
      ends_at: times.endsAt,
      time_zone: times.timeZone,
      venue: session.venue ?? null,
      city: session.city ?? null,
      country: session.country,
      online_url: session.country === null ? `https://training.jpcoops.example/live/${id}` : null,
      language: session.language,
      capacity: session.capacity,
      application_deadline: times.applicationDeadline,
      selection_deadline: times.selectionDeadline,
      status: times.status,
    })
    .execute();
  const quotas = session.quotas ?? [];
  if (quotas.length > 0)
    await trx
      .insertInto('course_session_quota')
      .values(quotas.map((quota) => ({ session_id: id, country: quota.country, places: quota.places })))
      .execute();
}
