import { stringify } from 'csv-stringify/sync';

/**
 * RFC 4180 text for spreadsheets, header row first: CRLF, every field quoted, and a byte order mark so
 * that Excel reads the file as UTF-8 rather than in the machine's code page.
 */
export function spreadsheetCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  return stringify([header, ...records], {
    bom: true,
    quoted: true,
    quoted_empty: true,
    record_delimiter: 'windows',
    // A field starting with = + - @ would run as a formula in a spreadsheet: such fields get a leading '.
    escape_formulas: true,
  });
}
