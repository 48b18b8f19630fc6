import type { Transaction } from 'kysely';
import type { AppDeps } from '../../app-deps.js';
import type { Database } from '../../database.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { isUniqueViolation, writeCourseInTransaction } from './catalogue.service.js';
import { parseImportFile, type ImportTable } from './course-import.parse.js';
import { planImport, type ImportCounts, type PlannedCourse } from './course-import.plan.js';
import { importProblem, type ImportProblem } from './course-import.problems.js';
import { insertCourse, replaceCourseLists, setCourseStatus, updateCourseRow } from './course-writes.repo.js';

type Deps = Pick<AppDeps, 'db' | 'search'>;
type Progress = (phase: 'checking' | 'importing', done: number, total: number) => void;

/** What a dry run or a commit found: problems by row and column, else what was (or would be) done. */
export interface ImportReport {
  readonly rows: number;
  readonly problems: readonly ImportProblem[];
  readonly counts: ImportCounts;
  readonly committed: boolean;
}

export interface ImportOptions {
  /** Undefined: the platform itself (the CLI); a person may import only for providers they manage. */
  readonly actor: Actor | undefined;
  readonly table: ImportTable;
  readonly defaultProviderId?: string | undefined;
  readonly onProgress?: Progress | undefined;
}

const noCounts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };

/** Reads a CSV or XLSX file; a file that cannot be read is reported as a problem of row 1. */
export async function readImportFile(
  content: Buffer,
): Promise<{ table: ImportTable } | { report: ImportReport }> {
  const parsed = await parseImportFile(content);
  if (parsed.ok) return { table: parsed.table };
  const problem = importProblem(1, '', 'unreadable', { detail: parsed.message });
  return { report: { rows: 0, problems: [problem], counts: noCounts, committed: false } };
}

/** The dry run: nothing is written. */
export async function checkImport(deps: Deps, options: ImportOptions): Promise<ImportReport> {
  if (options.actor) requireScope(options.actor, 'write');
  const plan = await planImport(deps.db, {
    ...options,
    onProgress: (done, total) => options.onProgress?.('checking', done, total),
  });
  return { rows: options.table.rows.length, problems: plan.problems, counts: plan.counts, committed: false };
}

/**
 * Imports every row or none: the file is checked again inside one transaction (the catalogue may have
 * changed since the dry run), then each course is created or updated through the catalogue's write
 * path (re-indexed and audited). Any problem or failure rolls the whole import back.
 */
export async function commitImport(deps: Deps, options: ImportOptions): Promise<ImportReport> {
  if (options.actor) requireScope(options.actor, 'write');
  try {
    return await deps.db.transaction().execute((trx) => commitInTransaction(deps, trx, options));
  } catch (error) {
    if (error instanceof ImportRejected) return error.report;
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', 'Another course took a slug or external id of the file meanwhile.');
    }
    throw error;
  }
}

/** For callers that hold a transaction already (the upload's commit marks the upload in it). */
export async function commitInTransaction(
  deps: Deps,
  trx: Transaction<Database>,
  options: ImportOptions,
): Promise<ImportReport> {
  const plan = await planImport(trx, {
    ...options,
    onProgress: (done, total) => options.onProgress?.('checking', done, total),
  });
  const rows = options.table.rows.length;
  if (plan.problems.length > 0) {
    throw new ImportRejected({ rows, problems: plan.problems, counts: plan.counts, committed: false });
  }
  for (const [done, course] of plan.courses.entries()) {
    await writePlannedCourse(deps, trx, course, options.actor);
    options.onProgress?.('importing', done + 1, plan.courses.length);
  }
  return { rows, problems: [], counts: plan.counts, committed: true };
}

async function writePlannedCourse(
  deps: Deps,
  trx: Transaction<Database>,
  course: PlannedCourse,
  actor: Actor | undefined,
): Promise<void> {
  const { id, input } = course;
  if (course.outcome === 'created') {
    await writeCourseInTransaction(
      trx,
      deps.search,
      id,
      async (db) => {
        await insertCourse(db, id, input);
        await replaceCourseLists(db, id, input);
      },
      { actor, change: 'created' },
    );
  } else if (course.outcome === 'updated') {
    await writeCourseInTransaction(
      trx,
      deps.search,
      id,
      async (db) => {
        await updateCourseRow(db, id, input);
        await replaceCourseLists(db, id, input);
      },
      { actor, change: 'updated' },
    );
  }
  if (course.publish) {
    await writeCourseInTransaction(trx, deps.search, id, (db) => setCourseStatus(db, id, 'published'), {
      actor,
      change: 'published',
    });
  }
}

/** Thrown inside the transaction so that it rolls back; carries the report out. */
export class ImportRejected extends Error {
  constructor(readonly report: ImportReport) {
    super('The import has problems: nothing was imported.');
  }
}
