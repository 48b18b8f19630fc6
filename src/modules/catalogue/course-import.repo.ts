import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { CourseImportStatus } from './course-import.table.js';

type Db = Kysely<Database>;

/** Training providers by slug (their ids), for the `provider` column and the upload form. */
export async function listProviders(db: Db): Promise<{ id: string; slug: string; name: string }[]> {
  return db
    .selectFrom('organisation')
    .select(['id', 'slug', 'name'])
    .where('is_provider', '=', 1)
    .orderBy('name')
    .execute();
}

export async function findCourseIdByExternalId(
  db: Db,
  providerId: string,
  externalId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('course')
    .select('id')
    .where('provider_id', '=', providerId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return row?.id;
}

export async function isSlugTaken(db: Db, slug: string): Promise<boolean> {
  const row = await db.selectFrom('course').select('id').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

export interface CourseImportRecord {
  readonly id: string;
  readonly actorUserId: string;
  readonly providerId: string;
  readonly fileName: string;
  /** The parsed file (`ImportTable`) and the dry run's report (`ImportReport`), as JSON text. */
  readonly rows: string;
  readonly report: string;
  readonly status: CourseImportStatus;
  readonly createdAt: string;
}

export async function insertCourseImport(db: Db, record: Omit<CourseImportRecord, 'createdAt'>) {
  await db
    .insertInto('course_import')
    .values({
      id: record.id,
      actor_user_id: record.actorUserId,
      provider_id: record.providerId,
      file_name: record.fileName,
      rows: record.rows,
      report: record.report,
      status: record.status,
    })
    .execute();
}

export async function findCourseImport(db: Db, id: string): Promise<CourseImportRecord | undefined> {
  const row = await db.selectFrom('course_import').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    actorUserId: row.actor_user_id,
    providerId: row.provider_id,
    fileName: row.file_name,
    rows: row.rows,
    report: row.report,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Moves an import from `from` to `to`; false when another request moved it first. */
export async function moveCourseImport(
  db: Db,
  id: string,
  from: CourseImportStatus,
  to: { status: CourseImportStatus; report: string },
): Promise<boolean> {
  const result = await db
    .updateTable('course_import')
    .set({ status: to.status, report: to.report })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Uploads only serve their dry run and commit: the hourly maintenance deletes them after this. */
export const courseImportRetentionDays = 7;

/** Deletes uploads made before `cutoff` (ISO-8601), committed or not. */
export async function deleteCourseImportsBefore(db: Db, cutoff: string): Promise<number> {
  const result = await db.deleteFrom('course_import').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
