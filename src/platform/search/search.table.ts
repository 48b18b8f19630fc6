// Filled in by the search platform.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SearchTables {}
