import { sql } from 'kysely';
import type { FullTextEngine } from './full-text.js';
import type { ParsedQuery } from './query.js';

/**
 * SQLite: `search_fts` is a contentless FTS5 table (rowid = `search_document.seq`) holding the
 * folded words, ranked with bm25. The text arrives already folded, so `unicode61 remove_diacritics 2`
 * in the migration is only a second line of defence.
 */

// bm25 column weights, in the table's column order (title, body): a title match counts ten body matches.
const TITLE_WEIGHT = 10;
const BODY_WEIGHT = 1;

/**
 * The MATCH expression: every clause a double-quoted FTS5 string (`"cross border"`, `"radical"*`),
 * joined with AND. The words hold only letters, digits and marks, so no quote or operator can appear;
 * the quotes are doubled all the same, as FTS5 asks, in case that ever changes.
 */
export function toFts5Query(query: ParsedQuery): string {
  return query.clauses
    .map((clause) => `"${clause.words.join(' ').replaceAll('"', '""')}"${clause.prefix ? '*' : ''}`)
    .join(' AND ');
}

export const sqliteFullText: FullTextEngine = {
  async write(db, seq, text) {
    await sql`delete from search_fts where rowid = ${seq}`.execute(db);
    await sql`insert into search_fts (rowid, title, body)
      values (${seq}, ${text.title.join(' ')}, ${text.body.join(' ')})`.execute(db);
  },

  async erase(db, seq) {
    await sql`delete from search_fts where rowid = ${seq}`.execute(db);
  },

  async matches(db, query) {
    const { rows } = await sql<{ seq: number }>`select rowid as seq from search_fts
      where search_fts match ${toFts5Query(query)}`.execute(db);
    return rows.map((row) => row.seq);
  },

  async scores(db, query, seqs) {
    // bm25 is lower-is-better: negated so that every dialect ranks by score descending.
    const { rows } = await sql<{ seq: number; score: number }>`select rowid as seq,
        -bm25(search_fts, ${sql.lit(TITLE_WEIGHT)}, ${sql.lit(BODY_WEIGHT)}) as score
      from search_fts
      where search_fts match ${toFts5Query(query)} and rowid in (select value from json_each(${JSON.stringify(seqs)}))`.execute(
      db,
    );
    return new Map(rows.map((row) => [row.seq, row.score]));
  },
};
