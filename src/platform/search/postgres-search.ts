import { sql } from 'kysely';
import {
  fullTextChunks,
  parseSeqList,
  type FullTextEngine,
  type IndexedText,
  type MatchPlace,
  type ScoredMatch,
} from './full-text.js';
import type { ParsedQuery } from './query.js';

/**
 * PostgreSQL: `search_fts(seq, tsv)` holds a tsvector per document under a GIN index, ranked with
 * ts_rank_cd. The tsvector and tsquery are written as literals from the folded words (no
 * to_tsvector/to_tsquery), so PostgreSQL's parser — which keeps "2008/909" or "ejtn.eu" as one
 * token — cannot disagree with the query parser or the snippets.
 */

// ts_rank_cd weights for {D, C, B, A}: title words are A, body words B; a title match counts ten.
const RANK_WEIGHTS = '{0, 0, 0.1, 1}';
// Normalisation 1 divides by 1 + log(length), so long documents do not win by size alone.
const RANK_NORMALISATION = 1;
/** PostgreSQL's limits: positions above 16383 are clamped, at most 256 positions per lexeme. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 256;
/** A tsvector holds at most 1 MB of lexemes; stop adding new words well before. */
const MAX_LEXEME_BYTES = 900_000;
/** Positions between title and body, so a phrase does not run from one into the other. */
const TITLE_BODY_GAP = 2;

function quoteLexeme(word: string): string {
  return `'${word.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/** `'word':1A,7A 'other':3B …` — positions and weights as to_tsvector + setweight would give. */
export function toTsvectorLiteral(text: IndexedText): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  let bytes = 0;
  const add = (words: readonly string[], weight: 'A' | 'B') => {
    for (const word of words) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(word) ?? [];
      if (list.length === 0) {
        bytes += Buffer.byteLength(word);
        if (bytes > MAX_LEXEME_BYTES) continue;
        positions.set(word, list);
      }
      if (list.length < MAX_POSITIONS_PER_WORD) list.push(`${position}${weight}`);
    }
  };
  add(text.title, 'A');
  position += TITLE_BODY_GAP;
  add(text.body, 'B');
  return [...positions].map(([word, list]) => `${quoteLexeme(word)}:${list.join(',')}`).join(' ');
}

/**
 * `('cross' <-> 'border') & ('radical':*)` — every clause must match; phrases by adjacency. In the
 * title only, each lexeme carries the title's weight: `'radical':*A`.
 */
export function toTsqueryLiteral(query: ParsedQuery, where: MatchPlace = 'anywhere'): string {
  const weight = where === 'title' ? 'A' : '';
  return query.clauses
    .map((clause) => {
      const last = clause.words.length - 1;
      const words = clause.words.map((word, index) => {
        const prefix = clause.prefix && index === last ? '*' : '';
        return prefix || weight ? `${quoteLexeme(word)}:${prefix}${weight}` : quoteLexeme(word);
      });
      return `(${words.join(' <-> ')})`;
    })
    .join(' & ');
}

export const postgresFullText: FullTextEngine = {
  async writeMany(db, entries) {
    for (const chunk of fullTextChunks(entries)) {
      const rows = chunk.map(({ seq, text }) => sql`(${seq}, cast(${toTsvectorLiteral(text)} as tsvector))`);
      await sql`insert into search_fts (seq, tsv) values ${sql.join(rows)}
        on conflict (seq) do update set tsv = excluded.tsv`.execute(db);
    }
  },

  async eraseMany(db, seqs) {
    for (const chunk of fullTextChunks(seqs))
      await sql`delete from search_fts where seq in (${sql.join(chunk)})`.execute(db);
  },

  async matches(db, query, where) {
    // One string rather than a row per match: 100,000 matches arrive in milliseconds.
    const { rows } = await sql<{ seqs: string | null }>`select string_agg(seq::text, ',') as seqs
      from search_fts where tsv @@ cast(${toTsqueryLiteral(query, where)} as tsquery)`.execute(db);
    return parseSeqList(rows[0]?.seqs);
  },

  async ranked(db, query, where) {
    const tsquery = toTsqueryLiteral(query, where);
    const { rows } = await sql<ScoredMatch>`select seq,
        ts_rank_cd(cast(${RANK_WEIGHTS} as real[]), tsv, cast(${tsquery} as tsquery), ${sql.lit(RANK_NORMALISATION)}) as score
      from search_fts where tsv @@ cast(${tsquery} as tsquery)
      order by score desc, seq desc`.execute(db);
    return rows.map((row) => ({ seq: Number(row.seq), score: Number(row.score) }));
  },
};
