import type { Transaction } from 'kysely';
import type { Database } from '../../database.js';

/** A document as a module indexes it. `(kind, id)` identifies it; indexing it again replaces it. */
export interface SearchDocument {
  readonly id: string;
  /** What the document is, e.g. `course`, `toolkit-resource`, `legal-instrument`. */
  readonly kind: string;
  /** BCP 47 language of the text, e.g. `en`, `it`, `ro`. */
  readonly language: string;
  readonly title: string;
  readonly body: string;
  /**
   * Found by search but never shown: words that identify the document without reading well in a
   * snippet, such as who publishes it or the CELEX numbers it applies.
   */
  readonly keywords?: readonly string[];
  /** Facet name → values, e.g. `{ country: ['IT', 'RO'], profession: ['judge'] }`. */
  readonly facets?: Readonly<Record<string, readonly string[]>>;
  /** Name → whole numbers (safe integers), e.g. `{ start: [9568, 9601] }` days, for ranges and sorting. */
  readonly numbers?: Readonly<Record<string, readonly number[]>>;
  /** ISO-8601 time of the last change; orders the listing when no text is searched. Defaults to now. */
  readonly updatedAt?: string;
}

export interface SearchQuery {
  /**
   * What the user typed, verbatim: it is sanitised here. Blank text lists the documents matching the
   * filters, most recently updated first; text with no searchable word in it (`*`, `((`) finds nothing.
   */
  readonly text: string;
  /** Only these kinds; absent or empty means every kind. */
  readonly kinds?: readonly string[];
  readonly language?: string;
  /** Facet name → accepted values: any value of a facet (OR), every facet given (AND). Empty lists are ignored. */
  readonly facets?: Readonly<Record<string, readonly string[]>>;
  /** Name → inclusive bounds: documents with at least one value of that number within them. */
  readonly ranges?: Readonly<Record<string, NumberRange>>;
  /**
   * `relevance` (the default): best text matches first, then the latest changes. `updated`: latest
   * changes first. `{ ascending, from }`: by the smallest value of that number not below `from`,
   * documents without one last.
   */
  readonly sort?: 'relevance' | 'updated' | NumberOrder;
  /** Page size, 1–100; defaults to 20. */
  readonly limit?: number;
  readonly offset?: number;
  /**
   * Facets to count values of. Each facet is counted with every filter except its own, so the counts
   * tell what choosing one more value of that facet (OR) would add.
   */
  readonly facetCounts?: readonly string[];
}

export interface NumberRange {
  readonly min?: number;
  readonly max?: number;
}

export interface NumberOrder {
  readonly ascending: string;
  readonly from?: number;
}

export interface SearchHit {
  readonly id: string;
  readonly kind: string;
  readonly language: string;
  readonly title: string;
  /** HTML-safe: the text escaped, matched words wrapped in `<mark>…</mark>`. */
  readonly snippet: string;
  /** Higher is better; comparable within one result only. 0 when no text was searched. */
  readonly score: number;
  readonly updatedAt: string;
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface SearchResult {
  /** Documents matching, over all pages. */
  readonly total: number;
  readonly hits: readonly SearchHit[];
  /** For each name of `facetCounts`: its values, most frequent first. */
  readonly facets: Readonly<Record<string, readonly FacetCount[]>>;
}

export interface SearchIndex {
  /** Indexes documents, replacing earlier versions with the same kind and id, in one transaction. */
  upsert(documents: SearchDocument | readonly SearchDocument[]): Promise<void>;
  /** Removes documents of a kind by id; removing one that is not indexed does nothing. */
  remove(kind: string, ids: string | readonly string[]): Promise<void>;
  /**
   * Never throws because of what a user typed. Sees committed documents (each process keeps the
   * filterable part in memory, brought up to date before every search); inside a transaction, it
   * reads that transaction's own writes too, at the cost of reading the whole index.
   */
  search(query: SearchQuery): Promise<SearchResult>;
  /** Brings this process's in-memory view up to date: at start, so the first search need not wait. */
  warm(): Promise<void>;
  /** The same index working inside the caller's transaction, so a change and its index entry commit together. */
  withTransaction(trx: Transaction<Database>): SearchIndex;
}
