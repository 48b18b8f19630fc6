import { describe, expect, it } from 'vitest';
import { decodeSetCode, encodeSetCode, isSetSpec, parseSetSpec, setSpecsOf } from './oai-sets.js';

describe('OAI-PMH set specs', () => {
  it('encodes what a setSpec cannot hold, and decodes it back', () => {
    for (const code of ['RAN', 'JP-COOPS', 'Council of Europe', 'Ministère ~ 50%', 'Ελλάδα', 'a:b']) {
      const encoded = encodeSetCode(code);
      expect(isSetSpec(`network:${encoded}`), code).toBe(true);
      expect(decodeSetCode(encoded)).toBe(code);
    }
    expect(encodeSetCode('Council of Europe')).toBe('Council~20of~20Europe');
    expect(encodeSetCode('~')).toBe('~7E');
  });

  it('refuses encodings it would not have written', () => {
    for (const encoded of ['a~2', 'a~zz', 'a~41', 'a~20~'])
      expect(decodeSetCode(encoded), encoded).toBeUndefined();
  });

  it('reads the two hierarchies; other well-formed specs match nothing; malformed ones are not specs', () => {
    expect(parseSetSpec('topic')).toEqual({ kind: 'topic' });
    expect(parseSetSpec('network:Council~20of~20Europe')).toEqual({
      kind: 'network',
      code: 'Council of Europe',
    });
    expect(parseSetSpec('topic:a:b')).toEqual({ kind: 'none' });
    expect(parseSetSpec('colour:red')).toEqual({ kind: 'none' });
    expect(parseSetSpec('topic:a~2')).toEqual({ kind: 'none' });
    for (const malformed of ['', 'topic:', ':topic', 'topic a', 'topic::a'])
      expect(parseSetSpec(malformed)).toBeUndefined();
  });

  it('lists the leaf sets of a record', () => {
    expect(setSpecsOf({ network: 'CoE', topics: ['mediation', 'radicalisation'] })).toEqual([
      'network:CoE',
      'topic:mediation',
      'topic:radicalisation',
    ]);
  });
});
