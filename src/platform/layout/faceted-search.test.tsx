import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { FacetValue } from '../http/list-query.js';
import { FacetedSearchForm, SearchFacets, SearchResults, type FacetedSearch } from './faceted-search.js';

type Facet = 'topic' | 'country';
type Sort = 'relevance' | 'date';
type Search = FacetedSearch<Facet, Sort, 'from', { readonly id: string; readonly title: string }>;

const counted = (count: number, prefix: string): FacetValue[] =>
  Array.from({ length: count }, (_, index) => ({
    value: `${prefix}${index}`,
    label: `Label ${prefix}${index}`,
    count: 100 - index,
  }));

function searchWith(overrides: Partial<Search> = {}): Search {
  return {
    ids: { prefix: 'things', results: 'thing-results', facets: 'thing-facets' },
    action: '/en/things',
    facets: ['topic', 'country'],
    sorts: ['relevance', 'date'],
    words: {
      searchLabel: 'Search the things',
      query: 'Words',
      sort: 'Order',
      sortName: (sort) => `by ${sort}`,
      apply: 'Show',
      facetName: (facet) => `Facet ${facet}`,
      valueWithCount: (label, count) => `${label} [${count}]`,
      found: (count) => `${count} found`,
      empty: 'Nothing here yet',
      noMatch: 'Nothing matches',
      dropFilter: (filter) => `Drop “${filter}”`,
      dropAll: 'Drop every filter',
      fieldFilter: ({ value }) => `From: ${value}`,
      pagination: {
        label: 'Pages',
        previous: 'Earlier',
        next: 'Later',
        status: (page, pages) => `${page}/${pages}`,
      },
    },
    href: (filters, options = {}) => {
      const params = new URLSearchParams();
      for (const filter of filters)
        params.append('facet' in filter ? filter.facet : filter.kind, filter.value);
      if (options.sort) params.set('sort', options.sort);
      if (options.page && options.page > 1) params.set('page', String(options.page));
      return `/en/things?${params.toString()}`;
    },
    query: { q: undefined, filters: { topic: [], country: [] } },
    filters: [],
    labels: new Map(),
    list: { items: [], total: 0, sort: 'date', page: 1, pageSize: 20, facets: { topic: [], country: [] } },
    ...overrides,
  };
}

const items = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `i${index}`, title: `T${index}` }));
const renderItem = (item: { title: string }) => <li>{item.title}</li>;

describe('faceted search', () => {
  it('shows the most frequent values up to the limit, and every chosen value, even one no longer counted', () => {
    const search = searchWith({
      shownValues: 3,
      query: { q: undefined, filters: { topic: ['t5', 'gone/1'], country: [] } },
      labels: new Map([['topic:gone/1', 'Gone away']]),
      list: { ...searchWith().list, facets: { topic: counted(8, 't'), country: [] } },
    });
    const html = renderToString(<SearchFacets search={search} />);
    const values = [...html.matchAll(/name="topic" value="([^"]+)"/g)].map((match) => match[1]);
    expect(values).toEqual(['t0', 't1', 't2', 't5', 'gone/1']);
    expect(html).toContain('id="things-topic-t5" name="topic" value="t5" checked');
    expect(html).toContain('<label for="things-topic-gone_471">Gone away [0]</label>');
    // A facet without any value has no fieldset.
    expect(html).not.toContain('Facet country');
    expect(html).not.toContain('hx-swap-oob');
    expect(renderToString(<SearchFacets search={search} outOfBand />)).toContain('hx-swap-oob="true"');
  });

  it('shows every counted value without a limit', () => {
    const search = searchWith({
      list: { ...searchWith().list, facets: { topic: counted(30, 't'), country: [] } },
    });
    expect(renderToString(<SearchFacets search={search} />).match(/name="topic"/g)).toHaveLength(30);
  });

  it('sends the form to the page, into the results region, with the fields after the facets', () => {
    const search = searchWith({ query: { q: 'word', filters: { topic: [], country: [] } } });
    const html = renderToString(
      <FacetedSearchForm search={search} fields={<p id="extra" />} results={<p id="inside" />} />,
    );
    expect(html).toContain(
      '<form method="get" action="/en/things" class="form catalogue__filters" role="search" aria-label="Search the things" hx-get="/en/things" hx-target="#thing-results"',
    );
    expect(html).toContain('from:#things-q');
    expect(html).toContain('<input id="things-q" name="q" type="search" maxlength="200" value="word"/>');
    expect(html).toContain('<option value="date" selected>by date</option>');
    expect(html.indexOf('id="thing-facets"')).toBeLessThan(html.indexOf('id="extra"'));
    expect(html).toContain(
      '<div id="thing-results" class="catalogue__results" aria-live="polite"><p id="inside"></p></div>',
    );
  });

  it('offers, when nothing matches, a link dropping each filter (keeping the order) and one dropping all', () => {
    const search = searchWith({
      query: { q: 'word', filters: { topic: ['t1'], country: [] }, sort: 'relevance' },
      filters: [
        { kind: 'q', value: 'word' },
        { kind: 'facet', facet: 'topic', value: 't1' },
        { kind: 'from', value: '2027-01-01' },
      ],
      labels: new Map([['topic:t1', 'Topic one']]),
    });
    const html = renderToString(<SearchResults search={search} renderItem={renderItem} />);
    expect(html).toContain('<h2>0 found</h2>');
    expect(html).toContain('<p>Nothing matches</p>');
    const links = [...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((match) => [
      match[1],
      match[2],
    ]);
    expect(links).toEqual([
      ['/en/things?topic=t1&amp;from=2027-01-01&amp;sort=relevance', 'Drop “Words: word”'],
      ['/en/things?q=word&amp;from=2027-01-01&amp;sort=relevance', 'Drop “Facet topic: Topic one”'],
      ['/en/things?q=word&amp;topic=t1&amp;sort=relevance', 'Drop “From: 2027-01-01”'],
      ['/en/things?', 'Drop every filter'],
    ]);
  });

  it('says the list is empty when there is no filter to drop', () => {
    const html = renderToString(<SearchResults search={searchWith()} renderItem={renderItem} />);
    expect(html).toContain('<p class="muted">Nothing here yet</p>');
    expect(html).not.toContain('drop-filters');
  });

  it('lists the items and pages through them with the filters and order', () => {
    const search = searchWith({
      query: { q: undefined, filters: { topic: ['t1'], country: [] }, sort: 'date' },
      filters: [{ kind: 'facet', facet: 'topic', value: 't1' }],
      list: { ...searchWith().list, items: items(2), total: 45, page: 2 },
    });
    const html = renderToString(<SearchResults search={search} renderItem={renderItem} />);
    expect(html).toContain('<ul class="card-list"><li>T0</li><li>T1</li></ul>');
    expect(html).toContain(
      '<nav class="pagination" aria-label="Pages"><a href="/en/things?topic=t1&amp;sort=date" rel="prev">Earlier</a> <span>2/3</span> <a href="/en/things?topic=t1&amp;sort=date&amp;page=3" rel="next">Later</a></nav>',
    );
    const single = searchWith({ list: { ...searchWith().list, items: items(2), total: 2 } });
    expect(renderToString(<SearchResults search={single} renderItem={renderItem} />)).not.toContain(
      'pagination',
    );
  });
});
