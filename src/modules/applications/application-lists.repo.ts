import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../database.js';
import { wasNominated } from './applications.repo.js';
import type { ApplicationEventTable } from './applications.table.js';

type Db = Kysely<Database>;

/** A person's applications, newest first, with the course title in `language` (else the source's). */
export async function listApplicationsOfUser(db: Db, userId: string, language: string) {
  const rows = await db
    .selectFrom('application as a')
    .innerJoin('course_session as s', 's.id', 'a.session_id')
    .innerJoin('course as c', 'c.id', 's.course_id')
    .leftJoin('course_translation as wanted', (join) =>
      join.onRef('wanted.course_id', '=', 'c.id').on('wanted.language', '=', language),
    )
    .leftJoin('course_translation as source', (join) =>
      join.onRef('source.course_id', '=', 'c.id').onRef('source.language', '=', 'c.source_language'),
    )
    .selectAll('a')
    .select([
      'c.id as course_id',
      's.starts_at',
      'wanted.title as wanted_title',
      'source.title as source_title',
    ])
    .where('a.user_id', '=', userId)
    .orderBy('a.created_at', 'desc')
    .execute();
  return rows.map(({ wanted_title, source_title, ...row }) => ({
    ...row,
    course_title: wanted_title ?? source_title ?? '',
  }));
}

export async function listHistories(
  db: Db,
  applicationIds: readonly string[],
): Promise<Map<string, Selectable<ApplicationEventTable>[]>> {
  const histories = new Map<string, Selectable<ApplicationEventTable>[]>();
  if (applicationIds.length === 0) return histories;
  const events = await db
    .selectFrom('application_event')
    .selectAll()
    .where('application_id', 'in', applicationIds)
    .orderBy('at')
    .orderBy('id')
    .execute();
  for (const event of events) {
    histories.set(event.application_id, [...(histories.get(event.application_id) ?? []), event]);
  }
  return histories;
}

/** A session's applications with who applied: ranked first, then waiting list order, then oldest. */
export function listApplicationsOfSession(
  db: Db,
  sessionId: string,
  filter: { countries: readonly string[] | undefined; nominatedOnly: boolean },
) {
  let query = db
    .selectFrom('application as a')
    .innerJoin('user_account as u', 'u.id', 'a.user_id')
    .selectAll('a')
    .select(['u.name as applicant_name', 'u.email as applicant_email'])
    .where('a.session_id', '=', sessionId);
  if (filter.countries) query = query.where('a.country', 'in', filter.countries);
  if (filter.nominatedOnly) query = query.where(wasNominated);
  return (
    query
      // Nulls last on both dialects.
      .orderBy(sql`a.rank is null`)
      .orderBy('a.rank')
      .orderBy(sql`a.waitlist_position is null`)
      .orderBy('a.waitlist_position')
      .orderBy('a.created_at')
      .execute()
  );
}
