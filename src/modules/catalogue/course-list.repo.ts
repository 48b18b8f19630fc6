import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { CourseFormat, CourseLevel } from './catalogue.table.js';

type Db = Kysely<Database>;

/** A course as a result list shows it, in the language of its search document. */
export interface ListedCourse {
  readonly id: string;
  readonly slug: string;
  readonly language: string;
  readonly title: string;
  readonly summary: string;
  readonly provider: { readonly id: string; readonly name: string };
  readonly format: CourseFormat;
  readonly level: CourseLevel;
  readonly hours: number;
  readonly fee: { amount: number; currency: string } | null;
  readonly topics: string[];
  readonly languages: string[];
  readonly hasCredits: boolean;
}

/** The courses of a page of hits, in the order of the hits (undefined where a course has gone). */
export async function findListedCourses(
  db: Db,
  hits: readonly { courseId: string; language: string }[],
): Promise<(ListedCourse | undefined)[]> {
  if (hits.length === 0) return [];
  const ids = [...new Set(hits.map((hit) => hit.courseId))];
  const [rows, translations, topics, languages, credits] = await Promise.all([
    db
      .selectFrom('course as c')
      .innerJoin('organisation as o', 'o.id', 'c.provider_id')
      .select(['c.id', 'c.slug', 'c.format', 'c.level', 'c.hours', 'c.fee_amount', 'c.fee_currency'])
      .select(['o.id as provider_id', 'o.name as provider_name'])
      .where('c.id', 'in', ids)
      .execute(),
    db
      .selectFrom('course_translation')
      .select(['course_id', 'language', 'title', 'summary'])
      .where('course_id', 'in', ids)
      .execute(),
    db.selectFrom('course_topic').select(['course_id', 'topic_code']).where('course_id', 'in', ids).execute(),
    db
      .selectFrom('course_language')
      .select(['course_id', 'language'])
      .where('course_id', 'in', ids)
      .execute(),
    db.selectFrom('course_credit').select('course_id').where('course_id', 'in', ids).execute(),
  ]);
  return hits.map(({ courseId, language }) => {
    const row = rows.find((candidate) => candidate.id === courseId);
    const text = translations.find((tr) => tr.course_id === courseId && tr.language === language);
    if (!row || !text) return undefined;
    return {
      id: row.id,
      slug: row.slug,
      language,
      title: text.title,
      summary: text.summary,
      provider: { id: row.provider_id, name: row.provider_name },
      format: row.format,
      level: row.level,
      hours: Number(row.hours),
      fee:
        row.fee_amount === null
          ? null
          : { amount: Number(row.fee_amount), currency: row.fee_currency ?? 'EUR' },
      topics: topics
        .filter((t) => t.course_id === courseId)
        .map((t) => t.topic_code)
        .sort(),
      languages: languages
        .filter((l) => l.course_id === courseId)
        .map((l) => l.language)
        .sort(),
      hasCredits: credits.some((credit) => credit.course_id === courseId),
    };
  });
}

export async function findProviderNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
