import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { CourseStatus } from './catalogue.table.js';

type Db = Kysely<Database>;

/** A course as the managers' list shows it, titled in the reader's language when it has that translation. */
export interface ManagedCourse {
  readonly id: string;
  readonly slug: string;
  readonly status: CourseStatus;
  readonly title: string;
  readonly language: string;
  readonly providerName: string;
  readonly updatedAt: string;
}

/** `all`, or the ids of the providers someone manages. */
export type ProviderScope = 'all' | readonly string[];

/** Courses of the providers in `scope`, in any status unless one is given, most recently changed first. */
export async function findManagedCourses(
  db: Db,
  options: { scope: ProviderScope; status: CourseStatus | undefined; locale: string },
): Promise<ManagedCourse[]> {
  const { scope, status, locale } = options;
  if (scope !== 'all' && scope.length === 0) return [];
  let query = db
    .selectFrom('course as c')
    .innerJoin('organisation as o', 'o.id', 'c.provider_id')
    .select(['c.id', 'c.slug', 'c.status', 'c.source_language', 'c.updated_at', 'o.name as provider_name'])
    .orderBy('c.updated_at', 'desc')
    .orderBy('c.id');
  if (scope !== 'all') query = query.where('c.provider_id', 'in', [...scope]);
  if (status) query = query.where('c.status', '=', status);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const titles = await db
    .selectFrom('course_translation')
    .select(['course_id', 'language', 'title'])
    .where(
      'course_id',
      'in',
      rows.map((row) => row.id),
    )
    .execute();
  return rows.map((row) => {
    const own = titles.filter((title) => title.course_id === row.id);
    const shown =
      own.find((title) => title.language === locale) ??
      own.find((title) => title.language === row.source_language) ??
      own[0];
    return {
      id: row.id,
      slug: row.slug,
      status: row.status,
      title: shown?.title ?? row.slug,
      language: shown?.language ?? row.source_language,
      providerName: row.provider_name,
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  });
}

/** Training providers in `scope`, by name. */
export async function findProviders(db: Db, scope: ProviderScope): Promise<{ id: string; name: string }[]> {
  if (scope !== 'all' && scope.length === 0) return [];
  let query = db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('is_provider', '=', 1)
    .orderBy('name');
  if (scope !== 'all') query = query.where('id', 'in', [...scope]);
  return query.execute();
}

/** Codes of every topic of the catalogue, in their order. */
export async function findTopicCodes(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('topic').select('code').orderBy('position').orderBy('code').execute();
  return rows.map((row) => row.code);
}
