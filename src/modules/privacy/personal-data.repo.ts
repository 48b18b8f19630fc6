import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../database.js';
import type { PersonalDataSource, RowMatch } from './privacy.sources.js';

/**
 * The SQL that walks the map of personal data (`privacy.sources.ts`). Table and column names come from
 * that constant map only, never from a request, and go through `sql.table`/`sql.ref`.
 */

/** Whose rows: the account id, and the email address rows may be filed under. */
export interface DataSubject {
  readonly userId: string;
  readonly email: string;
}

export type DataRow = Record<string, unknown>;

const likeEscape = (text: string) => text.replace(/[!%_]/g, (character) => `!${character}`);

function matchCondition(match: RowMatch, subject: DataSubject): RawBuilder<unknown> {
  const column = sql.ref(match.column);
  switch (match.holds) {
    case 'user-id':
      return sql`${column} = ${subject.userId}`;
    case 'email':
      return sql`lower(${column}) = ${subject.email.toLowerCase()}`;
    case 'mention':
      return sql`(${column} like ${`%${likeEscape(subject.userId)}%`} escape '!'
        or lower(${column}) like ${`%${likeEscape(subject.email.toLowerCase())}%`} escape '!')`;
  }
}

/** The rows the source's erasure acts on: those matching the person directly. */
function rowsOf(source: PersonalDataSource, subject: DataSubject): RawBuilder<unknown> {
  const conditions = source.matches.map((match) => matchCondition(match, subject));
  return sql`(${sql.join(conditions, sql` or `)})`;
}

/** Every row about the person: matching directly, or under a row of theirs in another table. */
function heldRowsOf(source: PersonalDataSource, subject: DataSubject): RawBuilder<unknown> {
  const conditions = [
    rowsOf(source, subject),
    ...(source.through ?? []).map(
      (parent) => sql`${sql.ref(parent.column)} in (select ${sql.ref(parent.key)}
        from ${sql.table(parent.table)} where ${sql.ref(parent.userColumn)} = ${subject.userId})`,
    ),
  ];
  return sql`(${sql.join(conditions, sql` or `)})`;
}

export async function selectRowsOf(
  db: Kysely<Database>,
  source: PersonalDataSource,
  subject: DataSubject,
): Promise<DataRow[]> {
  const result =
    await sql<DataRow>`select * from ${sql.table(source.table)} where ${heldRowsOf(source, subject)}`.execute(
      db,
    );
  return result.rows;
}

/** How many rows are about the person (`held`), or only those the source's erasure acts on. */
export async function countRowsOf(
  db: Kysely<Database>,
  source: PersonalDataSource,
  subject: DataSubject,
  which: 'held' | 'erasable' = 'held',
): Promise<number> {
  const rows = which === 'held' ? heldRowsOf(source, subject) : rowsOf(source, subject);
  const result = await sql<{ count: number | string }>`select count(*) as count from ${sql.table(
    source.table,
  )} where ${rows}`.execute(db);
  return Number(result.rows[0]?.count ?? 0);
}

export async function deleteRowsOf(
  db: Kysely<Database>,
  source: PersonalDataSource,
  subject: DataSubject,
): Promise<number> {
  const result = await sql`delete from ${sql.table(source.table)} where ${rowsOf(source, subject)}`.execute(
    db,
  );
  return Number(result.numAffectedRows ?? 0);
}

/** Points rows that must stay at a pseudonym and forgets whose they were. */
export async function pseudonymiseRowsOf(
  db: Kysely<Database>,
  source: PersonalDataSource,
  subject: DataSubject,
  columns: { userColumn: string; pseudonymColumn: string; pseudonymId: string },
): Promise<number> {
  const result = await sql`update ${sql.table(source.table)}
    set ${sql.ref(columns.pseudonymColumn)} = ${columns.pseudonymId}, ${sql.ref(columns.userColumn)} = null
    where ${rowsOf(source, subject)}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Empties columns of rows that stay (an institution's record that named the person's address). */
export async function clearColumnsOf(
  db: Kysely<Database>,
  source: PersonalDataSource,
  subject: DataSubject,
  columns: readonly string[],
): Promise<number> {
  const assignments = columns.map((column) => sql`${sql.ref(column)} = null`);
  const result = await sql`update ${sql.table(source.table)} set ${sql.join(assignments)}
    where ${rowsOf(source, subject)}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
