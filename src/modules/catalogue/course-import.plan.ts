import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { z } from 'zod';
import type { Database } from '../../database.js';
import { isAppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { canManageCourses } from './catalogue.policy.js';
import { createCourseSchema } from './catalogue.schema.js';
import { checkCourse, currentInput, type CourseInput } from './catalogue.service.js';
import { headerColumn, requiredColumns, columnName, type HeaderColumn } from './course-import.columns.js';
import type { ImportTable } from './course-import.parse.js';
import { importProblem, byRow, type ImportProblem } from './course-import.problems.js';
import { findCourseIdByExternalId, isSlugTaken, listProviders } from './course-import.repo.js';
import {
  columnOfField,
  indexColumns,
  rowCandidate,
  rowProblemsOf,
  type ColumnIndex,
} from './course-import.row.js';
import { findCourse, type Course } from './course-reads.repo.js';

export const maxImportRows = 5_000;

export interface PlannedCourse {
  readonly row: number;
  readonly id: string;
  readonly outcome: 'created' | 'updated' | 'unchanged';
  readonly input: CourseInput;
  /** The row asks for `published` and the course is not. */
  readonly publish: boolean;
}

export interface ImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface ImportPlan {
  readonly problems: readonly ImportProblem[];
  readonly courses: readonly PlannedCourse[];
  readonly counts: ImportCounts;
}

export interface PlanOptions {
  /** Undefined: the platform itself (the CLI), which may import for any provider. */
  readonly actor: Actor | undefined;
  readonly table: ImportTable;
  /** The provider of rows without a `provider` cell. */
  readonly defaultProviderId?: string | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * The dry run: every row checked by the catalogue's own rules (the course schema and the service's
 * `checkCourse`), matched to a stored course by provider and external id, and compared with it.
 */
export async function planImport(db: Kysely<Database>, options: PlanOptions): Promise<ImportPlan> {
  const { table } = options;
  const header = checkHeader(table.header, options.defaultProviderId === undefined);
  if (header.problems.length > 0) return planOf(header.problems, []);
  if (table.rows.length === 0) return planOf([importProblem(1, '', 'noRows')], []);
  if (table.rows.length > maxImportRows) {
    return planOf([importProblem(1, '', 'tooManyRows', { max: maxImportRows })], []);
  }
  const providers = new Map((await listProviders(db)).map((provider) => [provider.slug, provider.id]));
  const context: RowContext = {
    db,
    options,
    index: header.index,
    providers,
    seen: new Map(),
    slugs: new Map(),
  };
  const problems: ImportProblem[] = [];
  const courses: PlannedCourse[] = [];
  for (const [done, record] of table.rows.entries()) {
    const result = await planRow(context, record.row, record.cells);
    problems.push(...result.problems);
    if (result.course) courses.push(result.course);
    options.onProgress?.(done + 1, table.rows.length);
  }
  return planOf(problems, problems.length > 0 ? [] : courses);
}

function planOf(problems: ImportProblem[], courses: PlannedCourse[]): ImportPlan {
  const count = (outcome: PlannedCourse['outcome']) => courses.filter((c) => c.outcome === outcome).length;
  return {
    problems: byRow(problems),
    courses,
    counts: { created: count('created'), updated: count('updated'), unchanged: count('unchanged') },
  };
}

function checkHeader(
  cells: readonly string[],
  needsProvider: boolean,
): { problems: ImportProblem[]; index: ColumnIndex } {
  const problems: ImportProblem[] = [];
  const columns = cells.map((cell): HeaderColumn | undefined => {
    if (cell === '') return undefined;
    const column = headerColumn(cell);
    if (!column) problems.push(importProblem(1, cell, 'unknownColumn'));
    return column;
  });
  const names = columns.map((column) => (column ? columnName(column) : undefined));
  names.forEach((name, position) => {
    if (name && names.indexOf(name) !== position)
      problems.push(importProblem(1, cells[position]!, 'duplicateColumn'));
  });
  const required = needsProvider ? [...requiredColumns, 'provider'] : requiredColumns;
  for (const column of required) {
    if (!names.includes(column)) problems.push(importProblem(1, column, 'missingColumn'));
  }
  if (!names.some((name) => name?.startsWith('title_'))) {
    problems.push(importProblem(1, 'title_<language>', 'missingColumn'));
  }
  return { problems, index: indexColumns(columns) };
}

interface RowContext {
  readonly db: Kysely<Database>;
  readonly options: PlanOptions;
  readonly index: ColumnIndex;
  readonly providers: ReadonlyMap<string, string>;
  /** provider and external id → the row that has them. */
  readonly seen: Map<string, number>;
  /** slug → the row that takes it. */
  readonly slugs: Map<string, number>;
}

type RowPlan = { problems: ImportProblem[]; course?: PlannedCourse };

async function planRow(context: RowContext, row: number, cells: readonly string[]): Promise<RowPlan> {
  const { db, index } = context;
  const cellOf = (column: 'provider' | 'external_id' | 'status') => {
    const position = index.course.get(column);
    return position === undefined ? '' : (cells[position] ?? '');
  };
  const provider = resolveProvider(context, row, cellOf('provider'));
  if ('problem' in provider) return { problems: [provider.problem] };
  const externalId = cellOf('external_id');
  if (externalId === '') return { problems: [importProblem(row, 'external_id', 'required')] };
  const key = `${provider.id}\u0000${externalId}`;
  const other = context.seen.get(key);
  if (other !== undefined) {
    return { problems: [importProblem(row, 'external_id', 'duplicateExternalId', { other })] };
  }
  context.seen.set(key, row);

  const existingId = await findCourseIdByExternalId(db, provider.id, externalId);
  const existing = existingId ? await findCourse(db, existingId) : undefined;
  const base = existing ? currentInput(existing) : emptyInput(provider.id, externalId);
  const { candidate, problems } = rowCandidate(cells, index, base, row);
  const status = statusOf(cellOf('status'), existing, row, problems);
  if (!candidate.slug) candidate.slug = await freeSlug(context, candidate);
  const slugRow = context.slugs.get(String(candidate.slug));
  if (slugRow !== undefined) problems.push(importProblem(row, 'slug', 'duplicateSlug', { other: slugRow }));
  else context.slugs.set(String(candidate.slug), row);

  const parsed = createCourseSchema.safeParse(candidate);
  if (!parsed.success) {
    // A cell reported already (not a number, say) is not reported again by the schema.
    const reported = new Set(problems.map((problem) => problem.column));
    const schemaProblems = issueProblems(parsed.error, candidate, row);
    problems.push(...schemaProblems.filter((problem) => !reported.has(problem.column)));
  }
  if (problems.length > 0 || !parsed.success) return { problems };
  const input: CourseInput = { ...parsed.data, isDemo: base.isDemo };
  const id = existing?.id ?? uuidv7();
  try {
    await checkCourse(db, input, id);
  } catch (error) {
    if (!isAppError(error) || error.fields.length === 0) throw error;
    return { problems: rowProblemsOf(error.fields, candidate, row) };
  }
  const publish = status === 'published' && existing?.status !== 'published';
  const outcome = !existing ? 'created' : !publish && isSameCourse(existing, input) ? 'unchanged' : 'updated';
  return { problems: [], course: { row, id, outcome, input, publish } };
}

function resolveProvider(
  context: RowContext,
  row: number,
  cell: string,
): { id: string } | { problem: ImportProblem } {
  const id = cell === '' ? context.options.defaultProviderId : context.providers.get(cell.toLowerCase());
  if (!id) {
    return {
      problem: importProblem(row, 'provider', cell === '' ? 'required' : 'unknownProvider', { value: cell }),
    };
  }
  const { actor } = context.options;
  if (actor && !canManageCourses(actor, id)) {
    return { problem: importProblem(row, 'provider', 'notYourProvider', { value: cell }) };
  }
  return { id };
}

function statusOf(
  cell: string,
  existing: Course | undefined,
  row: number,
  problems: ImportProblem[],
): 'draft' | 'published' | undefined {
  const status = cell.toLowerCase();
  if (status === '') return undefined;
  if (status !== 'draft' && status !== 'published') {
    problems.push(importProblem(row, 'status', 'invalid', { detail: 'status is "draft" or "published"' }));
    return undefined;
  }
  if (status === 'draft' && existing && existing.status !== 'draft') {
    problems.push(importProblem(row, 'status', 'cannotUnpublish'));
  }
  return status;
}

function emptyInput(providerId: string, externalId: string): CourseInput {
  return {
    providerId,
    slug: '',
    externalId,
    sourceLanguage: 'en',
    format: 'face-to-face',
    level: 'initial',
    hours: 0,
    fee: null,
    translations: [],
    topics: [],
    professions: [],
    instruments: [],
    languages: [],
    credits: [],
    isDemo: false,
  };
}

/** A slug from the title in the source language, made unique against the catalogue and the file. */
async function freeSlug(context: RowContext, candidate: Record<string, unknown>): Promise<string> {
  const translations = (candidate.translations ?? []) as CourseInput['translations'];
  const title =
    translations.find((translation) => translation.language === candidate.sourceLanguage)?.title ??
    translations[0]?.title ??
    '';
  const words = slugify(title).slice(0, 100).replace(/-+$/, '');
  const stem = words.length >= 3 ? words : slugify(`course-${String(candidate.externalId)}`).slice(0, 100);
  for (let suffix = 1; ; suffix += 1) {
    const slug = suffix === 1 ? stem : `${stem}-${suffix}`;
    if (!context.slugs.has(slug) && !(await isSlugTaken(context.db, slug))) return slug;
  }
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function issueProblems(error: z.ZodError, candidate: Record<string, unknown>, row: number): ImportProblem[] {
  return error.issues.map((issue) => {
    const column = columnOfField(issue.path, candidate);
    return importProblem(row, column, 'invalid', { detail: issue.message });
  });
}

/** Same facts as stored: lists compared as sets, texts as stored (trimmed). */
function isSameCourse(course: Course, input: CourseInput): boolean {
  const canonical = (value: CourseInput) => ({
    ...value,
    translations: [...value.translations].sort((a, b) => a.language.localeCompare(b.language)),
    topics: [...new Set(value.topics)].sort(),
    professions: [...new Set(value.professions)].sort(),
    instruments: [...new Set(value.instruments)].sort(),
    languages: [...new Set(value.languages)].sort(),
  });
  return stableJson(canonical(currentInput(course))) === stableJson(canonical(input));
}

/** JSON with the keys of every object sorted, so that equal values give equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
