import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

/** A published course that teaches a legal instrument, as the instrument's page links to it. */
export interface CourseOnInstrument {
  readonly slug: string;
  readonly title: string;
  /** Language of `title`: the requested one, else the course's source language. */
  readonly titleLanguage: string;
  readonly providerName: string;
}

/** Published courses listing `celex` among their instruments, by title; for the legal reference. */
export async function listPublishedCoursesByInstrument(
  db: Kysely<Database>,
  celex: string,
  language: string,
): Promise<CourseOnInstrument[]> {
  const rows = await db
    .selectFrom('course_instrument as ci')
    .innerJoin('course as c', 'c.id', 'ci.course_id')
    .innerJoin('organisation as o', 'o.id', 'c.provider_id')
    .leftJoin('course_translation as own', (join) =>
      join.onRef('own.course_id', '=', 'c.id').on('own.language', '=', language),
    )
    .innerJoin('course_translation as source', (join) =>
      join.onRef('source.course_id', '=', 'c.id').onRef('source.language', '=', 'c.source_language'),
    )
    .select(['c.slug', 'o.name as provider_name', 'source.title as source_title', 'c.source_language'])
    .select(['own.title as own_title'])
    .where('ci.celex', '=', celex)
    .where('c.status', '=', 'published')
    .execute();
  return rows
    .map((row) => ({
      slug: row.slug,
      title: row.own_title ?? row.source_title,
      titleLanguage: row.own_title ? language : row.source_language,
      providerName: row.provider_name,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, language));
}
