/**
 * The one tokenizer of the search platform. Documents, queries and snippets on both dialects go
 * through it, so what is indexed, what is searched and what is highlighted always agree — the
 * database never tokenizes on its own. (PostgreSQL's parser, for instance, keeps "2008/909" and
 * "ejtn.eu" as single tokens, so a search for "909" would miss them.)
 */

/** A word: a letter or digit, then letters, digits and combining marks. Everything else separates. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** Tokens longer than this are cut, identically in documents and queries (PostgreSQL caps lexemes). */
export const MAX_TOKEN_LENGTH = 100;

/** Letters that carry no decomposable accent, so NFKD alone does not fold them (what unaccent does). */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const UNDECOMPOSABLE_PATTERN = /[łøđðħıŧßæœþ]/g;
const NONSPACING_MARKS = /\p{Mn}/gu;
const NOT_WORD_CHARACTER = /[^\p{L}\p{N}\p{M}]/gu;
const ASCII_WORD = /^[A-Za-z0-9]*$/;

export interface Token {
  /** Lower-case, accent-free form used for matching. */
  readonly folded: string;
  /** UTF-16 offsets of the original word in the text. */
  readonly start: number;
  readonly end: number;
}

/** Lower-cases and removes diacritics: "Préfet" → "prefet", "Łukasz" → "lukasz", "Straße" → "strasse". */
export function foldWord(word: string): string {
  const cut = word.slice(0, MAX_TOKEN_LENGTH);
  if (ASCII_WORD.test(cut)) return cut.toLowerCase();
  return cut
    .normalize('NFKD')
    .replace(NONSPACING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .replace(NOT_WORD_CHARACTER, '');
}

/** The words of a text with their positions; `limit` bounds the work on very long texts. */
export function tokenize(text: string, limit = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    if (tokens.length >= limit) break;
    const folded = foldWord(match[0]);
    if (folded) tokens.push({ folded, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The folded words of a text, in order. */
export function foldedWords(text: string): string[] {
  return tokenize(text).map((token) => token.folded);
}

// C0 controls other than tab, newline and carriage return, and DEL: PostgreSQL rejects NUL in text,
// and none of them is content anyone meant to store or search for.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as stored and compared: without control characters. */
export function cleanText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/** Facet values and other keys are short: longer ones are cut the same way when stored and filtered. */
export const MAX_KEY_LENGTH = 200;

export function cleanKey(key: string): string {
  return cleanText(key).trim().slice(0, MAX_KEY_LENGTH);
}
