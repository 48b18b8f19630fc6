import type { QueryClause } from './query.js';
import { tokenize, type Token } from './tokens.js';

/**
 * Highlighted snippets, built here rather than by FTS5 `snippet()` or `ts_headline()`: the same
 * tokenizer that indexed the text finds the matches, so highlights land on the original accented
 * words on both dialects ("Łukasz" for "lukasz", which FTS5's tokenizer cannot fold), the output
 * is identical on SQLite and PostgreSQL, and the escaping happens in exactly one place.
 */

/** Characters of a body read for a snippet; matches further in give a snippet of the opening. */
export const SNIPPET_SOURCE_LIMIT = 100_000;
const SNIPPET_WORDS = 30;
/** Words of context shown before the first match. */
const LEADING_WORDS = 4;
/** Matches considered when choosing the window: bounds the work on texts full of matches. */
const MAX_WINDOW_ANCHORS = 200;

interface Match {
  readonly clause: number;
  readonly first: number;
  readonly last: number;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** An HTML-safe excerpt of `text` around the best matches of `clauses`, matches in `<mark>`. */
export function buildSnippet(text: string, clauses: readonly QueryClause[]): string {
  const tokens = tokenize(text);
  if (tokens.length === 0) return escapeHtml(collapseSpace(text.slice(0, SNIPPET_WORDS * 8)).trim());
  const matches = findMatches(tokens, clauses);
  const [first, last] = chooseWindow(matches, tokens.length);
  const marked = new Set<number>();
  for (const match of matches) {
    for (let index = match.first; index <= match.last; index += 1) marked.add(index);
  }
  return render(text, tokens, marked, first, last);
}

function findMatches(tokens: readonly Token[], clauses: readonly QueryClause[]): Match[] {
  const matches: Match[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    clauses.forEach((clause, clauseIndex) => {
      if (matchesAt(tokens, index, clause)) {
        matches.push({ clause: clauseIndex, first: index, last: index + clause.words.length - 1 });
      }
    });
  }
  return matches;
}

function matchesAt(tokens: readonly Token[], start: number, clause: QueryClause): boolean {
  return clause.words.every((word, offset) => {
    const token = tokens[start + offset]?.folded;
    if (token === undefined) return false;
    const isLast = offset === clause.words.length - 1;
    return clause.prefix && isLast ? token.startsWith(word) : token === word;
  });
}

/** The window of words with the most distinct clauses matched; the earliest one on a tie. */
function chooseWindow(matches: readonly Match[], tokenCount: number): [number, number] {
  let best: [number, number] = [0, Math.min(tokenCount, SNIPPET_WORDS) - 1];
  let bestScore = 0;
  for (const anchor of matches.slice(0, MAX_WINDOW_ANCHORS)) {
    const first = Math.max(0, anchor.first - LEADING_WORDS);
    const last = Math.min(tokenCount, first + SNIPPET_WORDS) - 1;
    const clauses = new Set<number>();
    for (const match of matches) {
      if (match.first > last) break;
      if (match.first >= first && match.last <= last) clauses.add(match.clause);
    }
    if (clauses.size > bestScore) {
      best = [first, last];
      bestScore = clauses.size;
    }
  }
  return best;
}

function render(
  text: string,
  tokens: readonly Token[],
  marked: ReadonlySet<number>,
  first: number,
  last: number,
): string {
  const firstToken = tokens[first];
  const lastToken = tokens[last];
  if (!firstToken || !lastToken) return '';
  const isAtEnd = last === tokens.length - 1;
  let html = first > 0 ? '… ' : escapeHtml(collapseSpace(text.slice(0, firstToken.start)).trimStart());
  let position = firstToken.start;
  for (let index = first; index <= last; index += 1) {
    const token = tokens[index] as Token;
    const word = escapeHtml(text.slice(token.start, token.end));
    html += escapeHtml(collapseSpace(text.slice(position, token.start)));
    html += marked.has(index) ? `<mark>${word}</mark>` : word;
    position = token.end;
  }
  const tail = isAtEnd ? text.slice(position) : '';
  return html + escapeHtml(collapseSpace(tail).trimEnd()) + (isAtEnd ? '' : ' …');
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}
