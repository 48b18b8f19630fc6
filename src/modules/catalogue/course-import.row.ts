import type { FieldProblem } from '../../platform/http/app-error.js';
import type { CourseInput } from './catalogue.service.js';
import {
  columnName,
  splitList,
  textColumns,
  type CourseColumn,
  type HeaderColumn,
  type TextColumn,
} from './course-import.columns.js';
import { importProblem, type ImportProblem } from './course-import.problems.js';

/** Where each known column sits in the file. */
export interface ColumnIndex {
  readonly course: ReadonlyMap<CourseColumn, number>;
  /** language → text field → position. */
  readonly texts: ReadonlyMap<string, ReadonlyMap<TextColumn, number>>;
}

export function indexColumns(columns: readonly (HeaderColumn | undefined)[]): ColumnIndex {
  const course = new Map<CourseColumn, number>();
  const texts = new Map<string, Map<TextColumn, number>>();
  columns.forEach((column, position) => {
    if (column?.kind === 'course') course.set(column.column, position);
    if (column?.kind === 'text') {
      const fields = texts.get(column.language) ?? new Map<TextColumn, number>();
      fields.set(column.field, position);
      texts.set(column.language, fields);
    }
  });
  return { course, texts };
}

type Translation = CourseInput['translations'][number];
type Credit = CourseInput['credits'][number];

/**
 * The course a row describes, before validation: `base` (the stored course, or empty values for a new
 * one) with every cell of the file put over it. A column the file does not have leaves the stored
 * value alone, so a file may update some facts of its courses only.
 */
export function rowCandidate(
  cells: readonly string[],
  index: ColumnIndex,
  base: CourseInput,
  row: number,
): { candidate: Record<string, unknown>; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const cell = (column: CourseColumn) => {
    const position = index.course.get(column);
    return position === undefined ? undefined : (cells[position] ?? '');
  };
  const number = (column: CourseColumn, value: string) => {
    const parsed = /^\d+(?:[.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : Number.NaN;
    if (Number.isNaN(parsed)) problems.push(importProblem(row, column, 'notANumber', { value }));
    return parsed;
  };
  const list = (column: CourseColumn, normalise: (item: string) => string, current: string[]) => {
    const value = cell(column);
    return value === undefined ? current : splitList(value).map(normalise);
  };
  const candidate: Record<string, unknown> = { ...base };
  const slug = cell('slug');
  if (slug) candidate.slug = slug.toLowerCase();
  const required = (column: CourseColumn, value: string | undefined, set: (value: string) => void) => {
    if (value === undefined) return;
    if (value === '') problems.push(importProblem(row, column, 'required'));
    else set(value);
  };
  required('source_language', cell('source_language'), (v) => (candidate.sourceLanguage = v.toLowerCase()));
  required('format', cell('format'), (v) => (candidate.format = v.toLowerCase()));
  required('level', cell('level'), (v) => (candidate.level = v.toLowerCase()));
  required('hours', cell('hours'), (v) => (candidate.hours = number('hours', v)));
  candidate.topics = list('topics', (item) => item.toLowerCase(), base.topics);
  candidate.professions = list('professions', (item) => item.toLowerCase(), base.professions);
  candidate.instruments = list('instruments', (item) => item.toUpperCase(), base.instruments);
  candidate.languages = list('languages', (item) => item.toLowerCase(), base.languages);
  const fee = cell('fee');
  if (fee !== undefined) {
    candidate.fee =
      fee === '' ? null : { amount: number('fee', fee), currency: (cell('currency') ?? '').toUpperCase() };
  }
  candidate.credits = rowCredits(cell, number, base.credits, row, problems);
  candidate.translations = rowTranslations(cells, index, base.translations, row, problems);
  return { candidate, problems };
}

function rowCredits(
  cell: (column: CourseColumn) => string | undefined,
  number: (column: CourseColumn, value: string) => number,
  current: readonly Credit[],
  row: number,
  problems: ImportProblem[],
): Credit[] {
  const credits: Credit[] = [];
  for (const system of ['ECTS', 'UFC'] as const) {
    const amountColumn = system === 'ECTS' ? 'ects' : 'ufc';
    const bodyColumn = system === 'ECTS' ? 'ects_body' : 'ufc_body';
    const amount = cell(amountColumn);
    if (amount === undefined) {
      credits.push(...current.filter((credit) => credit.system === system));
      continue;
    }
    const body = cell(bodyColumn) ?? '';
    if (amount === '') {
      if (body !== '') problems.push(importProblem(row, amountColumn, 'required'));
      continue;
    }
    credits.push({ system, amount: number(amountColumn, amount), awardingBody: body });
  }
  return credits;
}

function rowTranslations(
  cells: readonly string[],
  index: ColumnIndex,
  current: readonly Translation[],
  row: number,
  problems: ImportProblem[],
): Translation[] {
  const translations = new Map<string, Translation>(
    current.map((translation) => [translation.language, translation]),
  );
  for (const [language, fields] of index.texts) {
    const given = [...fields].map(([field, position]) => [field, cells[position] ?? ''] as const);
    const titlePosition = fields.get('title');
    const title = titlePosition === undefined ? undefined : (cells[titlePosition] ?? '');
    const hasTexts = given.some(([field, value]) => field !== 'title' && value !== '');
    if (title === '' || (title === undefined && !translations.has(language))) {
      if (hasTexts) {
        problems.push(importProblem(row, `title_${language}`, 'titleMissing', { language }));
      }
      translations.delete(language);
      continue;
    }
    const empty = {
      language,
      title: '',
      summary: '',
      description: '',
      learningOutcomes: '',
      prerequisites: '',
    };
    const translation: Record<string, string> = { ...empty, ...translations.get(language) };
    for (const [field, value] of given) translation[textColumns[field]] = value;
    translations.set(language, translation as unknown as Translation);
  }
  return [...translations.values()];
}

const courseFieldColumns: Record<string, string> = {
  providerId: 'provider',
  externalId: 'external_id',
  sourceLanguage: 'source_language',
  slug: 'slug',
  format: 'format',
  level: 'level',
  hours: 'hours',
  topics: 'topics',
  professions: 'professions',
  instruments: 'instruments',
  languages: 'languages',
};

const textFieldColumns = Object.fromEntries(
  Object.entries(textColumns).map(([column, field]) => [field, column]),
) as Record<string, TextColumn>;

/** The column of a field of the course input (a zod issue's path, or a service problem's field). */
export function columnOfField(path: readonly PropertyKey[], candidate: Record<string, unknown>): string {
  const [field, position, inner] = path;
  if (typeof field !== 'string') return '';
  if (field === 'fee') return inner === 'currency' || position === 'currency' ? 'currency' : 'fee';
  if (field === 'credits' && typeof position === 'number') {
    const credit = (candidate.credits as Credit[] | undefined)?.[position];
    const column = credit?.system === 'UFC' ? 'ufc' : 'ects';
    return inner === 'awardingBody' ? `${column}_body` : column;
  }
  if (field === 'translations') {
    const translations = candidate.translations as Translation[] | undefined;
    const language =
      typeof position === 'number' ? translations?.[position]?.language : String(candidate.sourceLanguage);
    const text = typeof inner === 'string' ? (textFieldColumns[inner] ?? 'title') : 'title';
    return columnName({ kind: 'text', field: text, language: language ?? '' });
  }
  if (field === 'sourceLanguage' && path.length === 1 && candidate.sourceLanguage) return 'source_language';
  return courseFieldColumns[field] ?? field;
}

/** The service's problems (`checkCourse`) as problems of the row. */
export function rowProblemsOf(
  fields: readonly FieldProblem[],
  candidate: Record<string, unknown>,
  row: number,
): ImportProblem[] {
  return fields.map((problem) => {
    const column = columnOfField(problem.field.split('.'), candidate);
    return importProblem(row, column, 'invalid', { detail: `${column} ${problem.message}` });
  });
}
