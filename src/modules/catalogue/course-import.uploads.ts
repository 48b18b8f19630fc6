import { uuidv7 } from 'uuidv7';
import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { canManageCourses } from './catalogue.policy.js';
import type { ImportTable } from './course-import.parse.js';
import {
  findCourseImport,
  insertCourseImport,
  listProviders,
  moveCourseImport,
} from './course-import.repo.js';
import {
  checkImport,
  commitInTransaction,
  ImportRejected,
  readImportFile,
  type ImportReport,
} from './course-import.service.js';

type Deps = Pick<AppDeps, 'db' | 'search'>;

/** An upload as its page shows it. */
export interface CourseImportView {
  readonly id: string;
  readonly fileName: string;
  readonly providerName: string;
  readonly status: 'ready' | 'invalid' | 'committed';
  readonly report: ImportReport;
}

/** Providers whose courses `actor` may import: the choices of the upload form. */
export async function listImportProviders(deps: Deps, actor: Actor): Promise<{ id: string; name: string }[]> {
  const providers = await listProviders(deps.db);
  return providers
    .filter((provider) => canManageCourses(actor, provider.id))
    .map(({ id, name }) => ({ id, name }));
}

/** Stores an upload with its dry run; the page of the upload shows the report. */
export async function uploadCourseImport(
  deps: Deps,
  actor: Actor,
  upload: { providerId: string; fileName: string; content: Buffer },
): Promise<string> {
  requireScope(actor, 'write');
  if (!canManageCourses(actor, upload.providerId)) {
    throw AppError.forbidden('Only managers of that provider may import its courses.');
  }
  const read = await readImportFile(upload.content);
  const table: ImportTable = 'table' in read ? read.table : { header: [], rows: [] };
  const report =
    'report' in read
      ? read.report
      : await checkImport(deps, { actor, table, defaultProviderId: upload.providerId });
  const id = uuidv7();
  await insertCourseImport(deps.db, {
    id,
    actorUserId: actor.userId,
    providerId: upload.providerId,
    fileName: upload.fileName.slice(0, 200),
    rows: JSON.stringify(table),
    report: JSON.stringify(report),
    status: report.problems.length > 0 ? 'invalid' : 'ready',
  });
  return id;
}

/** An upload, to the person who made it only. */
export async function getCourseImport(deps: Deps, actor: Actor, id: string): Promise<CourseImportView> {
  const record = await findCourseImport(deps.db, id);
  if (!record || record.actorUserId !== actor.userId) throw AppError.notFound('There is no such import.');
  const provider = (await listProviders(deps.db)).find((candidate) => candidate.id === record.providerId);
  return {
    id: record.id,
    fileName: record.fileName,
    providerName: provider?.name ?? '',
    status: record.status,
    report: JSON.parse(record.report) as ImportReport,
  };
}

/**
 * Imports an upload, once: its status moves from `ready` to `committed` in the transaction that writes
 * the courses, so two clicks import it once. When the catalogue changed since the dry run and the file
 * has problems now, nothing is imported and the upload shows the new report.
 */
export async function commitCourseImport(deps: Deps, actor: Actor, id: string): Promise<ImportReport> {
  const record = await findCourseImport(deps.db, id);
  if (!record || record.actorUserId !== actor.userId) throw AppError.notFound('There is no such import.');
  if (record.status !== 'ready') throw new AppError('conflict', 'This import is not ready to be imported.');
  const table = JSON.parse(record.rows) as ImportTable;
  const options = { actor, table, defaultProviderId: record.providerId };
  try {
    return await deps.db.transaction().execute(async (trx) => {
      // Marked first: a second request waits on this row, then finds it committed.
      const moved = await moveCourseImport(trx, id, 'ready', { status: 'committed', report: record.report });
      if (!moved) throw new AppError('conflict', 'This import was imported already.');
      const report = await commitInTransaction(deps, trx, options);
      await moveCourseImport(trx, id, 'committed', { status: 'committed', report: JSON.stringify(report) });
      return report;
    });
  } catch (error) {
    if (!(error instanceof ImportRejected)) throw error;
    await moveCourseImport(deps.db, id, 'ready', { status: 'invalid', report: JSON.stringify(error.report) });
    return error.report;
  }
}
