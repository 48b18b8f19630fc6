import { stringify } from 'csv-stringify/sync';
import { euLanguages } from '../../platform/i18n/countries.js';

/**
 * The columns of a course import file (docs/course-import.md): one row per course. Names agree with
 * the catalogue export where the export has the same fact (`slug`, `topics`, `languages`, `format`,
 * `level`, `hours`, `ects`, `ufc`, `fee`); the export's camelCase names are accepted as aliases.
 */
export const courseColumns = [
  'external_id',
  'provider',
  'slug',
  'source_language',
  'format',
  'level',
  'hours',
  'topics',
  'professions',
  'instruments',
  'languages',
  'ects',
  'ects_body',
  'ufc',
  'ufc_body',
  'fee',
  'currency',
  'status',
] as const;
export type CourseColumn = (typeof courseColumns)[number];

/** Texts of a translation: `<field>_<language>`, e.g. `title_en`, `summary_it`. */
export const textColumns = {
  title: 'title',
  summary: 'summary',
  description: 'description',
  learning_outcomes: 'learningOutcomes',
  prerequisites: 'prerequisites',
} as const;
export type TextColumn = keyof typeof textColumns;

/** Columns every file must have; `provider` too unless the import names a default provider. */
export const requiredColumns: readonly CourseColumn[] = [
  'external_id',
  'source_language',
  'format',
  'level',
  'hours',
  'languages',
];

const aliases: Record<string, string> = {
  externalid: 'external_id',
  sourcelanguage: 'source_language',
  legalinstruments: 'instruments',
  targetprofessions: 'professions',
  feecurrency: 'currency',
};

export type HeaderColumn =
  | { readonly kind: 'course'; readonly column: CourseColumn }
  | { readonly kind: 'text'; readonly field: TextColumn; readonly language: string };

/** What a header cell names: trimmed, case and `-`/space insensitive; undefined for unknown names. */
export function headerColumn(cell: string): HeaderColumn | undefined {
  const lowered = cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const name = aliases[lowered] ?? lowered;
  if ((courseColumns as readonly string[]).includes(name)) {
    return { kind: 'course', column: name as CourseColumn };
  }
  const text = /^([a-z_]+)_([a-z]{2})$/.exec(name);
  if (text && text[1]! in textColumns && (euLanguages as readonly string[]).includes(text[2]!)) {
    return { kind: 'text', field: text[1] as TextColumn, language: text[2]! };
  }
  return undefined;
}

export const columnName = (column: HeaderColumn): string =>
  column.kind === 'course' ? column.column : `${column.field}_${column.language}`;

/** Values of list cells: separated by `|`, `,` or `;`, blanks dropped. */
export const splitList = (cell: string): string[] =>
  cell
    .split(/[|,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');

const example: Record<string, string> = {
  external_id: 'JS-2027-01',
  provider: 'your-provider-slug',
  slug: '',
  source_language: 'en',
  title_en: 'Cross-border transfer of prisoners (FD 2008/909)',
  summary_en: 'How Framework Decision 2008/909/JHA works in practice.',
  description_en: 'A **two-day** workshop with case studies.',
  learning_outcomes_en: 'Apply the framework decision to a case.',
  prerequisites_en: '',
  format: 'face-to-face',
  level: 'continuing',
  hours: '16',
  topics: 'radicalisation',
  professions: 'judge|prosecutor',
  instruments: '32008F0909',
  languages: 'en|it',
  ects: '1',
  ects_body: 'University of Example',
  ufc: '',
  ufc_body: '',
  fee: '',
  currency: '',
  status: 'draft',
};

/** The template offered for download: every column, one example row, UTF-8 with a byte order mark. */
export function importTemplateCsv(): string {
  const header = Object.keys(example);
  return stringify([header, header.map((column) => example[column] ?? '')], {
    bom: true,
    record_delimiter: 'windows',
  });
}
