/**
 * What a client reads out of one source record, before the source's mapping rules make a resource of
 * it: the neutral shape every kind (OAI-PMH `oai_dc` and `jpcoops`, RSS/Atom, CSV/XLSX, JSON) fills in.
 */
export interface LanguageText {
  readonly text: string;
  /** Language given with the text (`xml:lang`, a JSON key), if any. */
  readonly language?: string | undefined;
}

export interface HarvestedFields {
  readonly titles: readonly LanguageText[];
  readonly summaries: readonly LanguageText[];
  /** Free `dc:type` values or a resource type code. */
  readonly types: readonly string[];
  readonly languages: readonly string[];
  /** The language the record was written in, when the source says so apart from `languages`. */
  readonly sourceLanguage?: string | undefined;
  /** Resource address first, then fallbacks (the record's page at the source). */
  readonly urls: readonly string[];
  readonly doi?: string | undefined;
  readonly date?: string | undefined;
  readonly topics?: readonly string[];
  readonly professions?: readonly string[];
  readonly countries?: readonly string[];
  readonly instruments?: readonly string[];
  /**
   * Free subject terms (`dc:subject`, feed categories, keywords): those naming one of our topics,
   * professions or a CELEX number become such codes; the others are left out.
   */
  readonly subjects?: readonly string[];
  readonly organisation?: string | undefined;
  readonly contact?: string | undefined;
  readonly licence?: string | undefined;
  /** Evidence label (`inspiring`, `peer-reviewed`, `evaluated`); another value is left out. */
  readonly evidence?: string | undefined;
  readonly evaluation?: string | undefined;
  readonly transferability?: string | undefined;
}

/** One record of a page: live with its fields, deleted at the source, or unreadable. */
export type HarvestItem =
  | {
      readonly kind: 'record';
      readonly identifier: string;
      readonly datestamp?: string | undefined;
      readonly fields: HarvestedFields;
      readonly notes?: readonly string[];
    }
  | { readonly kind: 'deleted'; readonly identifier: string; readonly datestamp?: string | undefined }
  | { readonly kind: 'failed'; readonly identifier: string; readonly reason: string };

export interface HarvestNote {
  readonly identifier: string;
  readonly note: string;
}

/** A page of a source, as the run writes it in one transaction. */
export interface HarvestPage {
  readonly items: readonly HarvestItem[];
  /** Where the next page starts (OAI-PMH resumption token); null after the last page. */
  readonly nextToken: string | null;
  /** The server's time of the list's first answer: the next incremental harvest starts there. */
  readonly responseDate?: string | undefined;
  readonly notes?: readonly HarvestNote[];
  /** A page-level problem (a page cut short); the run ends `failed` after writing what it could read. */
  readonly pageFailure?: string | undefined;
}

/** Where a run starts or resumes. */
export interface PageCursor {
  readonly from: string | null;
  readonly token: string | null;
}
