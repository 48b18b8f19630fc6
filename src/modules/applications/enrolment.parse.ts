import { z } from 'zod';
// The course import's reader already copes with what spreadsheets save (BOM, Windows-1252, `;`).
import { parseCsv } from '../catalogue/course-import.parse.js';

/** Limits of one enrolment: rows of participants, and the size of an uploaded file. */
export const maxEnrolmentRows = 1_000;
export const maxEnrolmentBytes = 1024 * 1024;

/** One participant as given: `row` is the spreadsheet's row number (the header is row 1). */
export interface EnrolmentRow {
  readonly row: number;
  readonly email: string;
  readonly name: string;
}

export type EnrolmentFileProblem = 'unreadable' | 'no-email-column' | 'no-rows' | 'too-many-rows';

export type EnrolmentFile =
  | { readonly ok: true; readonly rows: readonly EnrolmentRow[] }
  | { readonly ok: false; readonly problem: EnrolmentFileProblem; readonly message: string };

const messages: Record<EnrolmentFileProblem, string> = {
  unreadable: 'The file is not valid CSV.',
  'no-email-column': 'The file has no "email" column: its first row must name the columns (email, name).',
  'no-rows': 'The file has no participants.',
  'too-many-rows': `The file has more than ${maxEnrolmentRows} participants.`,
};

const refuse = (problem: EnrolmentFileProblem): EnrolmentFile => ({
  ok: false,
  problem,
  message: messages[problem],
});

/** Reads a CSV of participants: an `email` column (required) and a `name` column (optional), any order. */
export function parseEnrolmentCsv(content: Buffer): EnrolmentFile {
  const parsed = parseCsv(content);
  if (!parsed.ok) return refuse('unreadable');
  const header = parsed.table.header.map((cell) => cell.toLowerCase());
  const emailColumn = header.indexOf('email');
  const nameColumn = header.indexOf('name');
  if (emailColumn < 0) return refuse('no-email-column');
  const rows = parsed.table.rows.map(({ row, cells }) => ({
    row,
    email: cells[emailColumn] ?? '',
    name: nameColumn < 0 ? '' : (cells[nameColumn] ?? ''),
  }));
  return checkRowCount(rows);
}

/** Participants sent to the API, numbered from 1 in the order given. */
export function numberParticipants(participants: readonly { email: string; name?: string | null }[]) {
  return checkRowCount(
    participants.map((participant, index) => ({
      row: index + 1,
      email: participant.email.trim(),
      name: participant.name?.trim() ?? '',
    })),
  );
}

function checkRowCount(rows: EnrolmentRow[]): EnrolmentFile {
  if (rows.length === 0) return refuse('no-rows');
  if (rows.length > maxEnrolmentRows) return refuse('too-many-rows');
  return { ok: true, rows };
}

const emailSchema = z.email().max(254);

/** The address as compared and stored (lower case), or undefined when it is not an email address. */
export function normaliseEmail(email: string): string | undefined {
  const lower = email.trim().toLowerCase();
  return emailSchema.safeParse(lower).success ? lower : undefined;
}
