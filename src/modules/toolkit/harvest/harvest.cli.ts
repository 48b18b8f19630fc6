import { parseArgs } from 'node:util';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import { runHarvest, type HarvestDeps } from './harvest-runner.js';
import { latestRuns, type HarvestRun } from './harvest-runs.repo.js';
import { findSource, insertSource, listSources } from './harvest-sources.repo.js';
import { sourceInputSchema } from './harvest.schema.js';

/** A wrong command line: the CLI prints it with the usage. */
export class HarvestUsageError extends Error {}

export const harvestUsage = `  harvest add --name N --network NET --kind KIND --url URL [--set SPEC] [--format F] [--type T]
              [--language L] [--topics a,b] [--professions a,b] [--countries IT,FR] [--interval HOURS]
                          add a toolkit harvest source (KIND: oai-pmh, rss, atom, csv, xlsx, json;
                          OAI-PMH format F: oai_dc, the default, or jpcoops from another JP-COOPS platform)
  harvest list            list the harvest sources with their last run
  harvest run SOURCE_ID   harvest a source now (progress on stderr) and print the run's report`;

const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : [];

/**
 * `jpcoops harvest add|list|run`: the platform acts (no person), as for course imports. Returns the
 * lines to print on stdout and whether the command went through.
 */
export async function runHarvestCommand(
  deps: HarvestDeps,
  args: readonly string[],
  progress?: NodeJS.WritableStream,
): Promise<{ ok: boolean; lines: string[] }> {
  const [verb, ...rest] = args;
  if (verb === 'add') return addSource(deps, rest);
  if (verb === 'list') return listSourceLines(deps);
  if (verb === 'run') return runSource(deps, rest, progress);
  throw new HarvestUsageError('harvest needs "add", "list" or "run"');
}

async function addSource(
  deps: HarvestDeps,
  args: readonly string[],
): Promise<{ ok: boolean; lines: string[] }> {
  const text = { type: 'string' } as const;
  const { values } = parseArgs({
    args: [...args],
    options: {
      name: text,
      network: text,
      kind: text,
      url: text,
      set: text,
      format: text,
      type: text,
      language: text,
      topics: text,
      professions: text,
      countries: text,
      interval: text,
    },
  });
  const parsed = sourceInputSchema.safeParse({
    name: values.name,
    network: values.network,
    kind: values.kind,
    url: values.url,
    setSpec: values.set ?? null,
    ...(values.format ? { metadataPrefix: values.format } : {}),
    mapping: {
      ...(values.type ? { type: values.type } : {}),
      ...(values.language ? { language: values.language } : {}),
      topics: list(values.topics),
      professions: list(values.professions),
      countries: list(values.countries),
    },
    intervalHours: values.interval ? Number(values.interval) : null,
  });
  if (!parsed.success)
    return { ok: false, lines: ['The source is not valid:', z.prettifyError(parsed.error)] };
  const id = uuidv7();
  const source = parsed.data;
  await insertSource(deps.db, {
    ...source,
    id,
    createdByUserId: null,
    nextHarvestAt: source.intervalHours ? new Date().toISOString() : null,
  });
  const kind = source.kind === 'oai-pmh' ? `${source.kind} ${source.metadataPrefix}` : source.kind;
  return { ok: true, lines: [`Source added: ${id}  ${source.name} (${source.network}, ${kind})`] };
}

async function listSourceLines(deps: HarvestDeps): Promise<{ ok: boolean; lines: string[] }> {
  const sources = await listSources(deps.db);
  if (sources.length === 0) return { ok: true, lines: ['No harvest sources.'] };
  const latest = await latestRuns(
    deps.db,
    sources.map((source) => source.id),
  );
  const lines = ['id\tname\tnetwork\tkind\tenabled\tlast run'];
  for (const source of sources) {
    const run = latest.get(source.id);
    const last = run ? `${run.status} ${run.finishedAt ?? run.startedAt} ${countsText(run)}` : 'never';
    lines.push(
      `${source.id}\t${source.name}\t${source.network}\t${source.kind}\t${source.isEnabled ? 'yes' : 'no'}\t${last}`,
    );
  }
  return { ok: true, lines };
}

async function runSource(
  deps: HarvestDeps,
  args: readonly string[],
  progress?: NodeJS.WritableStream,
): Promise<{ ok: boolean; lines: string[] }> {
  const [sourceId, ...extra] = args;
  if (!sourceId || extra.length > 0) throw new HarvestUsageError('harvest run needs one SOURCE_ID');
  const source = await findSource(deps.db, sourceId);
  if (!source) return { ok: false, lines: [`There is no harvest source "${sourceId}".`] };
  const run = await runHarvest(deps, {
    sourceId,
    trigger: 'cli',
    onProgress: (current) => progress?.write(`page ${current.pagesDone}: ${countsText(current)}\n`),
    onRetry: (attempt, reason) => progress?.write(`retrying after attempt ${attempt}: ${reason}\n`),
  });
  return { ok: run.status === 'completed', lines: reportLines(source.name, run) };
}

const countsText = (run: HarvestRun) =>
  `${run.counts.new} new, ${run.counts.updated} updated, ${run.counts.unchanged} unchanged, ${run.counts.deleted} deleted, ${run.counts.failed} failed`;

export function reportLines(sourceName: string, run: HarvestRun): string[] {
  return [
    `${sourceName}: run ${run.id} ${run.status} after ${run.pagesDone} page(s): ${countsText(run)}.`,
    ...(run.error ? [`error: ${run.error}`] : []),
    ...run.failures.map((failure) => `failed\t${failure.identifier}\t${failure.reason}`),
    ...run.notes.map((note) => `note\t${note.identifier}\t${note.note}`),
  ];
}
