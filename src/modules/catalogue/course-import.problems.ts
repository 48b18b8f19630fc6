/**
 * What is wrong with an import file, cell by cell. `row` is the number a spreadsheet shows (the header
 * is row 1); `column` is the header name. `message` is English for the CLI and the logs; pages show
 * `code` translated (`courseImport.problem.<code>`) with `params`.
 */
export interface ImportProblem {
  readonly row: number;
  readonly column: string;
  readonly code: ImportProblemCode;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const importProblemCodes = [
  'unreadable',
  'missingColumn',
  'unknownColumn',
  'duplicateColumn',
  'noRows',
  'tooManyRows',
  'required',
  'notANumber',
  'unknownProvider',
  'notYourProvider',
  'duplicateExternalId',
  'duplicateSlug',
  'titleMissing',
  'cannotUnpublish',
  'invalid',
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

const messages: Record<ImportProblemCode, (params: Record<string, string | number>) => string> = {
  unreadable: (p) => `The file cannot be read: ${p.detail}`,
  missingColumn: () => 'The column is missing.',
  unknownColumn: () => 'There is no such column; see docs/course-import.md for the columns.',
  duplicateColumn: () => 'The column appears twice.',
  noRows: () => 'The file has no course rows.',
  tooManyRows: (p) => `The file has more than ${p.max} rows; split it.`,
  required: () => 'A value is required.',
  notANumber: (p) => `"${p.value}" is not a number.`,
  unknownProvider: (p) => `There is no training provider "${p.value}".`,
  notYourProvider: (p) => `You do not manage the provider "${p.value}".`,
  duplicateExternalId: (p) => `Row ${p.other} has the same external id.`,
  duplicateSlug: (p) => `Row ${p.other} has the same slug.`,
  titleMissing: (p) => `Texts in "${p.language}" need a title in this column.`,
  cannotUnpublish: () => 'The course is published; it cannot go back to draft by import.',
  invalid: (p) => String(p.detail),
};

export function importProblem(
  row: number,
  column: string,
  code: ImportProblemCode,
  params: Record<string, string | number> = {},
): ImportProblem {
  return { row, column, code, message: messages[code](params), params };
}

/** Problems in the order of the file: by row, then as found. */
export const byRow = (problems: readonly ImportProblem[]): ImportProblem[] =>
  [...problems].sort((a, b) => a.row - b.row);
