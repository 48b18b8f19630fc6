import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** Upload limit of the management page; the CLI reads files of any size. */
export const maxImportBytes = 5 * 1024 * 1024;

/** A spreadsheet as read: the header row and the data rows, every cell as trimmed text. */
export interface ImportTable {
  readonly header: readonly string[];
  /** `row` is the number a spreadsheet shows: the header is row 1. Empty rows are left out. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
}

export type ParseResult =
  { readonly ok: true; readonly table: ImportTable } | { readonly ok: false; readonly message: string };

const zipSignature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads a CSV or XLSX file, told apart by its first bytes (an XLSX file is a ZIP archive). */
export async function parseImportFile(content: Buffer): Promise<ParseResult> {
  if (content.length === 0) return { ok: false, message: 'The file is empty.' };
  if (content.subarray(0, 4).equals(zipSignature)) return parseXlsx(content);
  return parseCsv(content);
}

/**
 * CSV as spreadsheets save it: UTF-8 with or without a byte order mark, or Windows-1252 (Excel's
 * "CSV" on western European machines) when the bytes are not valid UTF-8; comma, semicolon or tab.
 */
export function parseCsv(content: Buffer): ParseResult {
  const text = decodeText(content);
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, bom: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, message: `The file is not valid CSV${line ? ` (near line ${line})` : ''}.` };
  }
  return tableOf(records);
}

export function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    return decodeWindows1252(content);
  }
}

/**
 * Windows-1252 is Latin-1 but for 0x80–0x9F, where it has typographic characters (€, –, “ ”, Œ…).
 * Node's TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters, so they are
 * mapped here (WHATWG encoding table; the five unassigned bytes stay as they are).
 */
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(content: Buffer): string {
  return content
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (char) => windows1252High[char.charCodeAt(0) - 0x80]!);
}

/** The delimiter that occurs most often in the header line, outside quotes. */
function detectDelimiter(text: string): string {
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((delimiter) => ({
    delimiter,
    count: firstLine.split(delimiter).length - 1,
  }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

async function parseXlsx(content: Buffer): Promise<ParseResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: 'The file is not a readable XLSX workbook.' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: 'The workbook has no sheet.' };
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    records[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return tableOf(Array.from(records, (record) => record ?? []));
}

/** The text of an XLSX cell: numbers as typed, rich text joined, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  if ('result' in value) return cellText(value.result ?? null);
  return '';
}

function tableOf(records: string[][]): ParseResult {
  const [header, ...data] = records;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { ok: false, message: 'The file has no header row.' };
  }
  const rows = data
    .map((cells, index) => ({ row: index + 2, cells: cells.map((cell) => cell.trim()) }))
    .filter((record) => record.cells.some((cell) => cell !== ''));
  return { ok: true, table: { header: header.map((cell) => cell.trim()), rows } };
}
