import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { HarvestItem } from './harvested-fields.js';
import { HarvestSourceError } from './oai-pmh.js';

/**
 * CSV and XLSX harvest files (README, "Harvest sources"): a header row naming these columns, in any
 * order; lists (topics…) separated by `;`. `subjects` and `keywords` are free terms, read against our
 * topics, professions and CELEX numbers. `deleted` = yes/true withdraws the record.
 */
export const tabularColumns = [
  'identifier',
  'title',
  'summary',
  'language',
  'type',
  'url',
  'doi',
  'date',
  'updated',
  'topics',
  'professions',
  'countries',
  'languages',
  'instruments',
  'subjects',
  'keywords',
  'organisation',
  'licence',
  'deleted',
] as const;
type Row = Partial<Record<(typeof tabularColumns)[number], string>>;

export function csvItems(text: string): HarvestItem[] {
  let rows: Record<string, string>[];
  try {
    const delimiter = /;/.test(text.split('\n')[0] ?? '') && !/,/.test(text.split('\n')[0] ?? '') ? ';' : ',';
    rows = parse(text, {
      columns: headerOf,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      delimiter,
    });
  } catch (error) {
    throw new HarvestSourceError(`The file is not valid CSV: ${(error as Error).message.split('\n')[0]}`);
  }
  return rows.map((row, index) => itemOf(row, index + 2));
}

export async function xlsxItems(content: Buffer): Promise<HarvestItem[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new HarvestSourceError('The file is not an XLSX workbook.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const header = headerOf((sheet.getRow(1).values as unknown[]).slice(1).map(textOfCell));
  const items: HarvestItem[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = (row.values as unknown[]).slice(1);
    const record: Record<string, string> = {};
    header.forEach((name, index) => {
      const cell = cells[index];
      record[name] = cell instanceof Date ? cell.toISOString().slice(0, 10) : textOfCell(cell);
    });
    items.push(itemOf(record, number));
  });
  return items;
}

function textOfCell(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') {
    // Rich text, formula results and hyperlinks are objects in exceljs.
    const value = cell as { text?: unknown; result?: unknown; hyperlink?: unknown };
    return textOfCell(value.text ?? value.result ?? value.hyperlink ?? '');
  }
  return typeof cell === 'string'
    ? cell.trim()
    : typeof cell === 'number' || typeof cell === 'boolean'
      ? String(cell)
      : '';
}

const headerOf = (names: string[]) => names.map((name) => name.trim().toLowerCase());
const split = (value: string | undefined) =>
  (value ?? '')
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter(Boolean);

function itemOf(row: Row, line: number): HarvestItem {
  const identifier = row.identifier?.trim() || row.url?.trim() || '';
  if (!identifier)
    return { kind: 'failed', identifier: `row ${line}`, reason: 'no identifier (or url) in the row' };
  if (/^(yes|true|1)$/i.test(row.deleted ?? ''))
    return { kind: 'deleted', identifier, datestamp: row.updated };
  const language = row.language?.trim() || undefined;
  return {
    kind: 'record',
    identifier,
    datestamp: row.updated || undefined,
    fields: {
      titles: row.title ? [{ text: row.title, language }] : [],
      summaries: row.summary ? [{ text: row.summary, language }] : [],
      types: split(row.type),
      languages: split(row.languages).length > 0 ? split(row.languages) : language ? [language] : [],
      urls: row.url ? [row.url] : [],
      doi: row.doi || undefined,
      date: row.date || undefined,
      topics: split(row.topics),
      professions: split(row.professions),
      countries: split(row.countries),
      instruments: split(row.instruments),
      subjects: [...split(row.subjects), ...split(row.keywords)],
      organisation: row.organisation || undefined,
      licence: row.licence || undefined,
    },
  };
}
