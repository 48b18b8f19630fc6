import type { Generated } from 'kysely';

/** `ready`: checked without problems; `invalid`: has problems; `committed`: imported (once). */
export const courseImportStatuses = ['ready', 'invalid', 'committed'] as const;
export type CourseImportStatus = (typeof courseImportStatuses)[number];

/** An uploaded import file between its dry run and its commit; pruned after a few days. */
export interface CourseImportTable {
  id: string;
  /** Who uploaded it: only they may commit it. */
  actor_user_id: string;
  /** The provider chosen on the form: rows without a `provider` cell belong to it. */
  provider_id: string;
  file_name: string;
  /** The parsed file as JSON text (header and rows): the commit imports exactly what was checked. */
  rows: string;
  /** The last report (problems and counts) as JSON text. */
  report: string;
  status: CourseImportStatus;
  created_at: Generated<string>;
}

export interface CourseImportTables {
  course_import: CourseImportTable;
}
