import { sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';
import {
  fullTextChunks,
  parseSeqList,
  type FullTextEngine,
  type MatchPlace,
  type ScoredMatch,
} from './full-text.js';
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
export function toFts5Query(query: ParsedQuery, where: MatchPlace = 'anywhere'): string {
  const clauses = query.clauses
    .map((clause) => `"${clause.words.join(' ').replaceAll('"', '""')}"${clause.prefix ? '*' : ''}`)
    .join(' AND ');
  return where === 'title' ? `title : (${clauses})` : clauses;
}

async function eraseMany(db: Kysely<Database>, seqs: readonly number[]): Promise<void> {
  for (const chunk of fullTextChunks(seqs))
    await sql`delete from search_fts where rowid in (${sql.join(chunk)})`.execute(db);
}

export const sqliteFullText: FullTextEngine = {
  async writeMany(db, entries) {
    // Contentless with contentless_delete: a document written again is deleted first, then inserted.
    await eraseMany(
      db,
      entries.map((entry) => entry.seq),
    );
    for (const chunk of fullTextChunks(entries)) {
      const rows = chunk.map(
        ({ seq, text }) => sql`(${seq}, ${text.title.join(' ')}, ${text.body.join(' ')})`,
      );
      await sql`insert into search_fts (rowid, title, body) values ${sql.join(rows)}`.execute(db);
    }
  },

  eraseMany,

  async matches(db, query, where) {
    // One string rather than a row per match: 100,000 matches arrive in milliseconds.
    const { rows } = await sql<{ seqs: string | null }>`select group_concat(rowid) as seqs
      from search_fts where search_fts match ${toFts5Query(query, where)}`.execute(db);
    return parseSeqList(rows[0]?.seqs);
  },

  async ranked(db, query, where) {
    // bm25 is lower-is-better: negated so that every dialect ranks by score descending.
    const { rows } = await sql<ScoredMatch>`select rowid as seq,
        -bm25(search_fts, ${sql.lit(TITLE_WEIGHT)}, ${sql.lit(BODY_WEIGHT)}) as score
      from search_fts where search_fts match ${toFts5Query(query, where)}
      order by score desc, rowid desc`.execute(db);
    return rows;
  },
};
