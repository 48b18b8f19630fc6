// Filled in by the jobs platform.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobTables {}
