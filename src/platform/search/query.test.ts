import { describe, expect, it } from 'vitest';
import { toTsqueryLiteral, toTsvectorLiteral } from './postgres-search.js';
import { MAX_QUERY_WORDS, parseQuery } from './query.js';
import { toFts5Query } from './sqlite-search.js';

function clauses(text: string): string[] {
  return parseQuery(text).clauses.map((clause) => `${clause.words.join(' ')}${clause.prefix ? '*' : ''}`);
}

describe('parseQuery', () => {
  it('folds words and makes the last one a prefix', () => {
    expect(clauses('Préfet ŁÓDŹ radical')).toEqual(['prefet', 'lodz', 'radical*']);
  });

  it('does not make a one-letter last word a prefix', () => {
    expect(clauses('vitamin a')).toEqual(['vitamin', 'a']);
  });

  it('keeps quoted phrases exact unless starred', () => {
    expect(clauses('"arrest warrant" court')).toEqual(['arrest warrant', 'court*']);
    expect(clauses('court "arrest warrant"')).toEqual(['court', 'arrest warrant']);
    expect(clauses('"arrest warr"*')).toEqual(['arrest warr*']);
  });

  it('ignores an unbalanced quote and keeps the words after it', () => {
    expect(clauses('"unbalanced words')).toEqual(['unbalanced', 'words*']);
  });

  it('reads words joined by punctuation as a phrase', () => {
    expect(clauses("2008/909 l'homme cross-border")).toEqual(['2008 909', 'l homme', 'cross border*']);
  });

  it('drops operators, signs and brackets', () => {
    expect(clauses('NEAR(a b) OR -c AND NOT +d^2 {e} [f]')).toEqual(['a', 'b', 'c', 'd 2', 'e', 'f']);
    expect(clauses('or and')).toEqual(['or', 'and*']);
  });

  it('removes duplicates and caps the number of words', () => {
    expect(clauses('court court court')).toEqual(['court', 'court*']);
    const many = Array.from({ length: 50 }, (_, number) => `w${number}`).join(' ');
    const words = parseQuery(many).clauses.flatMap((clause) => clause.words);
    expect(words).toHaveLength(MAX_QUERY_WORDS);
  });

  it('reads only the first 500 characters', () => {
    expect(clauses(`${'x '.repeat(250)}late`)).not.toContain('late*');
  });

  it.each(['', '   ', '*', '"', '""', '((', '-', ':', '\u0000\u0007', '🫨'])(
    'finds no word in %j',
    (text) => {
      expect(parseQuery(text).clauses).toEqual([]);
    },
  );
});

describe('dialect query strings', () => {
  const query = parseQuery('"arrest warrant" préfet radical');

  it('quotes every FTS5 clause', () => {
    expect(toFts5Query(query)).toBe('"arrest warrant" AND "prefet" AND "radical"*');
  });

  it('builds a tsquery from quoted lexemes', () => {
    expect(toTsqueryLiteral(query)).toBe("('arrest' <-> 'warrant') & ('prefet') & ('radical':*)");
  });

  it('builds a weighted tsvector with title words first', () => {
    expect(toTsvectorLiteral({ title: ['court', 'order'], body: ['court'] })).toBe(
      "'court':1A,5B 'order':2A",
    );
  });

  it('never lets a quote, backslash or operator through', () => {
    const hostile = parseQuery(`"a' b\\" c'd ' \\ & | ! <-> : * ( )`);
    expect(toFts5Query(hostile)).toMatch(/^("[\p{L}\p{N} ]+"\*? AND )*"[\p{L}\p{N} ]+"\*?$/u);
    const lexeme = "'[\\p{L}\\p{N}]+'(?::\\*)?";
    const clause = `\\(${lexeme}(?: <-> ${lexeme})*\\)`;
    expect(toTsqueryLiteral(hostile)).toMatch(new RegExp(`^${clause}(?: & ${clause})*$`, 'u'));
  });
});
