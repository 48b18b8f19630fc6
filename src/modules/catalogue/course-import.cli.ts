import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppDeps } from '../../app-deps.js';
import { listProviders } from './course-import.repo.js';
import { checkImport, commitImport, readImportFile, type ImportReport } from './course-import.service.js';

type Deps = Pick<AppDeps, 'db' | 'search'>;

export interface CliImportOptions {
  readonly file: string;
  readonly providerSlug?: string | undefined;
  readonly dryRun: boolean;
  /** Where the progress bar is drawn; only on a terminal. */
  readonly progress?: NodeJS.WriteStream | undefined;
}

/**
 * `jpcoops import courses FILE`: the platform imports (no person acts, as for the demo content), so
 * rows may name any provider. Returns the lines to print and whether the import went through.
 */
export async function importCoursesFromCli(
  deps: Deps,
  options: CliImportOptions,
): Promise<{ ok: boolean; lines: string[] }> {
  const content = await fs.readFile(options.file);
  let defaultProviderId: string | undefined;
  if (options.providerSlug) {
    const providers = await listProviders(deps.db);
    defaultProviderId = providers.find((provider) => provider.slug === options.providerSlug)?.id;
    if (!defaultProviderId) {
      return { ok: false, lines: [`There is no training provider "${options.providerSlug}".`] };
    }
  }
  const read = await readImportFile(content);
  const bar = options.progress?.isTTY ? progressBar(options.progress) : undefined;
  const report =
    'report' in read
      ? read.report
      : await (options.dryRun ? checkImport : commitImport)(deps, {
          actor: undefined,
          table: read.table,
          defaultProviderId,
          onProgress: bar,
        });
  bar?.('done', 0, 0);
  return { ok: report.problems.length === 0, lines: reportLines(path.basename(options.file), report) };
}

export function reportLines(fileName: string, report: ImportReport): string[] {
  const { created, updated, unchanged } = report.counts;
  if (report.problems.length > 0) {
    return [
      `${fileName}: ${report.problems.length} problem(s); nothing was imported.`,
      'row\tcolumn\tproblem',
      ...report.problems.map((problem) => `${problem.row}\t${problem.column || '-'}\t${problem.message}`),
    ];
  }
  const verb = report.committed ? 'imported' : 'checked (dry run, nothing written)';
  return [
    `${fileName}: ${report.rows} row(s) ${verb}: ${created} created, ${updated} updated, ${unchanged} unchanged.`,
  ];
}

/** A one-line bar on a terminal, redrawn in place: `checking [#####-----] 120/240`. */
function progressBar(stream: NodeJS.WriteStream) {
  let last = '';
  return (phase: 'checking' | 'importing' | 'done', done: number, total: number) => {
    if (phase === 'done') {
      if (last) stream.write('\n');
      return;
    }
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `${phase.padEnd(9)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
    if (line === last) return;
    last = line;
    stream.write(`\r${line}`);
  };
}
