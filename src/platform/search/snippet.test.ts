import { describe, expect, it } from 'vitest';
import { parseQuery } from './query.js';
import { buildSnippet, escapeHtml } from './snippet.js';

function snippet(text: string, query: string): string {
  return buildSnippet(text, parseQuery(query).clauses);
}

describe('buildSnippet', () => {
  it('marks whole words matched by a prefix, on the original spelling', () => {
    expect(snippet('Préfets and radicalisation.', 'prefet radical')).toBe(
      'Préfets and <mark>radicalisation</mark>.',
    );
    expect(snippet('Préfets and radicalisation.', 'radical prefet')).toBe(
      '<mark>Préfets</mark> and radicalisation.',
    );
  });

  it('marks a phrase only where its words are neighbours', () => {
    expect(snippet('warrant. The arrest warrant', '"arrest warrant"')).toBe(
      'warrant. The <mark>arrest</mark> <mark>warrant</mark>',
    );
  });

  it('escapes the text around and inside marks', () => {
    expect(snippet('<b>"Tom" & Łukasz\'s</b>', 'lukasz')).toBe(
      '&lt;b&gt;&quot;Tom&quot; &amp; <mark>Łukasz</mark>&#39;s&lt;/b&gt;',
    );
  });

  it('cuts a long text around the best window, with ellipses', () => {
    const words = Array.from({ length: 100 }, (_, number) => `w${number}`);
    words[60] = 'needle';
    const result = snippet(words.join(' '), 'needle');
    expect(result.startsWith('… w56 w57 w58 w59 <mark>needle</mark> w61')).toBe(true);
    expect(result.endsWith('w85 …')).toBe(true);
  });

  it('prefers the window holding the most different terms', () => {
    const text = `alpha ${'filler '.repeat(50)}alpha beta`;
    expect(snippet(text, 'alpha beta')).toBe(
      '… filler filler filler filler <mark>alpha</mark> <mark>beta</mark>',
    );
  });

  it('starts at the opening when nothing matches, collapsing whitespace', () => {
    expect(snippet('  First\n\nline   here ', 'absent')).toBe('First line here');
    expect(snippet('', 'absent')).toBe('');
    expect(snippet('<<>>', 'absent')).toBe('&lt;&lt;&gt;&gt;');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
