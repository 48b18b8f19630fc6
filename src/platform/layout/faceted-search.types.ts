import type { FacetValue } from '../http/list-query.js';

/** One filter of a search's address: a facet value, the words searched, or another field of the form. */
export type SearchFilter<Facet extends string, Field extends string = never> =
  | { readonly kind: 'facet'; readonly facet: Facet; readonly value: string }
  | { readonly kind: 'q' | Field; readonly value: string };

/** What a search page says, already in the reader's language: each module has its own messages. */
export interface FacetedSearchWords<Facet extends string, Sort extends string, Field extends string> {
  /** The accessible name of the search form. */
  readonly searchLabel: string;
  /** The label of the words field. */
  readonly query: string;
  readonly sort: string;
  readonly sortName: (sort: Sort) => string;
  readonly apply: string;
  readonly facetName: (facet: Facet) => string;
  readonly valueWithCount: (label: string, count: number) => string;
  /** The results' heading: how many were found. */
  readonly found: (count: number) => string;
  /** Nothing at all, without any filter. */
  readonly empty: string;
  /** Nothing matches the filters. */
  readonly noMatch: string;
  /** The link dropping one filter, given the filter's name and value. */
  readonly dropFilter: (filter: string) => string;
  readonly dropAll: string;
  /** Name and value of a filter of the form's other fields (facets and words are named alike everywhere). */
  readonly fieldFilter?: (filter: { readonly kind: Field; readonly value: string }) => string;
  readonly pagination: {
    readonly label: string;
    readonly previous: string;
    readonly next: string;
    readonly status: (page: number, pages: number) => string;
  };
}

/** A page of a searchable list as the search services answer it. */
export interface FacetedList<Facet extends string, Sort extends string, Item> {
  readonly items: readonly Item[];
  readonly total: number;
  readonly sort: Sort;
  readonly page: number;
  readonly pageSize: number;
  readonly facets: Readonly<Record<Facet, readonly FacetValue[]>>;
}

/** Everything a faceted search page shows: how the module names things, what was asked and what was found. */
export interface FacetedSearch<Facet extends string, Sort extends string, Field extends string, Item> {
  readonly ids: {
    /** Of the form's controls: `${prefix}-q`, `${prefix}-sort`, `${prefix}-${facet}-${value}`. */
    readonly prefix: string;
    readonly results: string;
    readonly facets: string;
  };
  /** The page's address, where the form goes. */
  readonly action: string;
  readonly facets: readonly Facet[];
  readonly sorts: readonly Sort[];
  /** Values shown per facet, the most frequent first (chosen values are always shown); all unless told. */
  readonly shownValues?: number;
  readonly words: FacetedSearchWords<Facet, Sort, Field>;
  /** The page's address for these filters, with the order chosen (if any) and a page (1 unless told). */
  readonly href: (
    filters: readonly SearchFilter<Facet, Field>[],
    options?: { page?: number; sort?: Sort | undefined },
  ) => string;
  readonly query: {
    readonly q: string | undefined;
    readonly filters: Readonly<Record<Facet, readonly string[]>>;
    /** The order the visitor chose, if any. */
    readonly sort?: Sort | undefined;
  };
  /** The active filters, in the order of the address. */
  readonly filters: readonly SearchFilter<Facet, Field>[];
  /** Labels of the active facet values, `facet:value` → label, also for values no longer counted. */
  readonly labels: ReadonlyMap<string, string>;
  readonly list: FacetedList<Facet, Sort, Item>;
}
