import { Fragment, type ComponentChildren } from 'preact';
import type { FacetValue } from '../http/list-query.js';
import type { FacetedSearch, SearchFilter } from './faceted-search.types.js';

export type { FacetedSearch, FacetedSearchWords, SearchFilter } from './faceted-search.types.js';

/**
 * A search page's form and results region: a plain GET form, which htmx (when present) submits live
 * into the results region. `fields` go after the facets (a date range, say); `results` is the region's
 * first content, the same as an htmx answer's.
 */
export function FacetedSearchForm<Facet extends string, Sort extends string, Field extends string, Item>({
  search,
  fields,
  results,
}: {
  search: FacetedSearch<Facet, Sort, Field, Item>;
  fields?: ComponentChildren;
  results: ComponentChildren;
}) {
  const { ids, words } = search;
  return (
    <div class="catalogue">
      <form
        method="get"
        action={search.action}
        class="form catalogue__filters"
        role="search"
        aria-label={words.searchLabel}
        hx-get={search.action}
        hx-target={`#${ids.results}`}
        hx-push-url="true"
        hx-trigger={`change, submit, keyup changed delay:500ms from:#${ids.prefix}-q`}
      >
        <div class="field">
          <label for={`${ids.prefix}-q`}>{words.query}</label>
          <input id={`${ids.prefix}-q`} name="q" type="search" maxLength={200} value={search.query.q ?? ''} />
        </div>
        <div class="field">
          <label for={`${ids.prefix}-sort`}>{words.sort}</label>
          <select id={`${ids.prefix}-sort`} name="sort">
            {search.sorts.map((sort) => (
              <option key={sort} value={sort} selected={sort === search.list.sort}>
                {words.sortName(sort)}
              </option>
            ))}
          </select>
        </div>
        <SearchFacets search={search} />
        {fields}
        <button type="submit" class="button">
          {words.apply}
        </button>
      </form>
      <div id={ids.results} class="catalogue__results" aria-live="polite">
        {results}
      </div>
    </div>
  );
}

/**
 * The facets with their counts. An htmx answer carries them too, swapped in out of band, so the counts
 * follow the results; ids are made of the values, so htmx gives focus back to the box just ticked.
 */
export function SearchFacets<Facet extends string, Sort extends string, Field extends string, Item>({
  search,
  outOfBand = false,
}: {
  search: FacetedSearch<Facet, Sort, Field, Item>;
  outOfBand?: boolean;
}) {
  return (
    <div id={search.ids.facets} {...(outOfBand ? { 'hx-swap-oob': 'true' } : {})}>
      {search.facets.map((facet) => (
        <FacetFieldset key={facet} search={search} facet={facet} />
      ))}
    </div>
  );
}

const checkboxId = (prefix: string, facet: string, value: string) =>
  `${prefix}-${facet}-${value.replace(/[^A-Za-z0-9_-]/g, (character) => `_${character.codePointAt(0)}`)}`;

/**
 * The values of one facet as checkboxes with their counts, the most frequent first (at most
 * `shownValues`); chosen values always stay, even when counted zero.
 */
function FacetFieldset<Facet extends string, Sort extends string, Field extends string, Item>({
  search,
  facet,
}: {
  search: FacetedSearch<Facet, Sort, Field, Item>;
  facet: Facet;
}) {
  const chosen = search.query.filters[facet];
  const counted = search.list.facets[facet];
  const shown = search.shownValues ?? Infinity;
  const top = counted.filter((entry, index) => index < shown || chosen.includes(entry.value));
  const missing: FacetValue[] = chosen
    .filter((value) => !counted.some((entry) => entry.value === value))
    .map((value) => ({ value, label: search.labels.get(`${facet}:${value}`) ?? value, count: 0 }));
  const values = [...top, ...missing];
  if (values.length === 0) return null;
  const id = (value: string) => checkboxId(search.ids.prefix, facet, value);
  return (
    <fieldset class="field facet">
      <legend>{search.words.facetName(facet)}</legend>
      <ul class="facet__values">
        {values.map((entry) => (
          <li key={entry.value}>
            <input
              type="checkbox"
              id={id(entry.value)}
              name={facet}
              value={entry.value}
              checked={chosen.includes(entry.value)}
            />{' '}
            <label for={id(entry.value)}>{search.words.valueWithCount(entry.label, entry.count)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The results region's content: also the whole answer to an htmx request. */
export function SearchResults<
  Facet extends string,
  Sort extends string,
  Field extends string,
  Item extends { readonly id: string },
>({
  search,
  renderItem,
}: {
  search: FacetedSearch<Facet, Sort, Field, Item>;
  renderItem: (item: Item) => ComponentChildren;
}) {
  const { list, words } = search;
  return (
    <>
      <h2>{words.found(list.total)}</h2>
      {list.items.length === 0 ? (
        <NoResults search={search} />
      ) : (
        <ul class="card-list">
          {list.items.map((item) => (
            <Fragment key={item.id}>{renderItem(item)}</Fragment>
          ))}
        </ul>
      )}
      <Pagination search={search} />
    </>
  );
}

function filterLabel<Facet extends string, Sort extends string, Field extends string, Item>(
  search: FacetedSearch<Facet, Sort, Field, Item>,
  filter: SearchFilter<Facet, Field>,
): string {
  const { words } = search;
  if ('facet' in filter) {
    const { facet, value } = filter;
    return `${words.facetName(facet)}: ${search.labels.get(`${facet}:${value}`) ?? value}`;
  }
  if (filter.kind === 'q') return `${words.query}: ${filter.value}`;
  return words.fieldFilter?.(filter as { kind: Field; value: string }) ?? filter.value;
}

/** Nothing found: one link per filter that drops it, and one that drops them all. */
function NoResults<Facet extends string, Sort extends string, Field extends string, Item>({
  search,
}: {
  search: FacetedSearch<Facet, Sort, Field, Item>;
}) {
  const { filters, words } = search;
  if (filters.length === 0) return <p class="muted">{words.empty}</p>;
  return (
    <div class="catalogue__empty">
      <p>{words.noMatch}</p>
      <ul class="drop-filters">
        {filters.map((filter) => (
          <li key={`${filter.kind}:${'facet' in filter ? filter.facet : ''}:${filter.value}`}>
            <a
              href={search.href(
                filters.filter((other) => other !== filter),
                { sort: search.query.sort },
              )}
              rel="nofollow"
            >
              {words.dropFilter(filterLabel(search, filter))}
            </a>
          </li>
        ))}
        {filters.length > 1 ? (
          <li>
            <a href={search.href([])}>{words.dropAll}</a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function Pagination<Facet extends string, Sort extends string, Field extends string, Item>({
  search,
}: {
  search: FacetedSearch<Facet, Sort, Field, Item>;
}) {
  const { list, filters, words } = search;
  const sort = search.query.sort;
  const pages = Math.ceil(list.total / list.pageSize);
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={words.pagination.label}>
      {list.page > 1 ? (
        <a href={search.href(filters, { page: list.page - 1, sort })} rel="prev">
          {words.pagination.previous}
        </a>
      ) : null}{' '}
      <span>{words.pagination.status(list.page, pages)}</span>{' '}
      {list.page < pages ? (
        <a href={search.href(filters, { page: list.page + 1, sort })} rel="next">
          {words.pagination.next}
        </a>
      ) : null}
    </nav>
  );
}
