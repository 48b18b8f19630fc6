import { foldedWords } from './tokens.js';

/**
 * Turns whatever a user typed into plain clauses. No character of the input ever reaches FTS5 or
 * tsquery syntax: the dialects build their query strings from the folded words alone, which
 * contain only letters, digits and combining marks.
 *
 * - `"a b"` is a phrase; an unbalanced quote is ignored and the words after it count as terms.
 * - Words joined by punctuation (`cross-border`, `2008/909`, `l'homme`) are a phrase too, because
 *   the tokenizer indexes them as neighbours.
 * - A trailing `*` makes a prefix; the last term is always a prefix, so results follow typing.
 * - Operators (`AND`, `OR`, `NOT`, `NEAR`, `-`, `+`, `:`, `^`, brackets) are dropped: every clause
 *   must match.
 * - Input is cut to 500 characters and 32 words.
 */

export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_WORDS = 32;

/** One term or phrase: consecutive folded words; with `prefix` the last word may continue. */
export interface QueryClause {
  readonly words: readonly string[];
  readonly prefix: boolean;
}

export interface ParsedQuery {
  readonly clauses: readonly QueryClause[];
}

const SEGMENT = /"([^"]*)"(\*?)|([^\s"()[\]{}]+)/gu;
const OPERATORS: ReadonlySet<string> = new Set(['AND', 'OR', 'NOT', 'NEAR']);
/** Below this length an implicit prefix would match half the index. */
const MIN_IMPLICIT_PREFIX = 2;

interface Segment {
  readonly words: string[];
  readonly prefix: boolean;
  readonly isPhrase: boolean;
}

export function parseQuery(text: string): ParsedQuery {
  const segments = readSegments(text.slice(0, MAX_QUERY_LENGTH));
  const last = segments.at(-1);
  if (last && !last.isPhrase && (last.words.at(-1)?.length ?? 0) >= MIN_IMPLICIT_PREFIX) {
    segments[segments.length - 1] = { ...last, prefix: true };
  }
  return { clauses: capWords(dedupe(segments)) };
}

function readSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const [, phrase, star, bare] of text.matchAll(SEGMENT)) {
    if (phrase !== undefined) {
      segments.push({ words: foldedWords(phrase), prefix: star === '*', isPhrase: true });
    } else if (bare !== undefined && !OPERATORS.has(bare)) {
      segments.push({ words: foldedWords(bare), prefix: bare.endsWith('*'), isPhrase: false });
    }
  }
  return segments.filter((segment) => segment.words.length > 0);
}

function dedupe(segments: readonly Segment[]): QueryClause[] {
  const seen = new Map<string, QueryClause>();
  for (const { words, prefix } of segments) {
    const key = `${words.join(' ')}${prefix ? '*' : ''}`;
    if (!seen.has(key)) seen.set(key, { words, prefix });
  }
  return [...seen.values()];
}

function capWords(clauses: readonly QueryClause[]): QueryClause[] {
  const capped: QueryClause[] = [];
  let remaining = MAX_QUERY_WORDS;
  for (const clause of clauses) {
    if (remaining <= 0) break;
    const words = clause.words.slice(0, remaining);
    // A cut phrase loses its tail, so its last word can no longer be a prefix of anything meant.
    capped.push({ words, prefix: clause.prefix && words.length === clause.words.length });
    remaining -= words.length;
  }
  return capped;
}
