import { normaliseEmail, type EnrolmentRow } from './enrolment.parse.js';

/**
 * What enrolment does with one row:
 * - `enrol`: an account has this address and no active application: it gets a place;
 * - `unchanged`: the account already applied or is enrolled: nothing changes;
 * - `invite`: no account has this address: an invitation is mailed;
 * - `already-invited`: an invitation to this session is still pending: nothing changes;
 * - `invalid`: not an email address, or the same address earlier in the file.
 */
export const enrolmentOutcomes = ['enrol', 'unchanged', 'invite', 'already-invited', 'invalid'] as const;
export type EnrolmentOutcome = (typeof enrolmentOutcomes)[number];
export const invalidReasons = ['email', 'duplicate'] as const;
export type InvalidReason = (typeof invalidReasons)[number];

export interface PlannedRow {
  readonly row: number;
  /** Normalised (lower case) when valid; as given otherwise. */
  readonly email: string;
  readonly name: string;
  readonly outcome: EnrolmentOutcome;
  readonly invalidReason?: InvalidReason;
  /** For `enrol` and `unchanged`: the account. Never leaves the module. */
  readonly userId?: string;
}

export type EnrolmentCounts = Record<EnrolmentOutcome, number>;

/** What the database says about the file's addresses. */
export interface EnrolmentFacts {
  readonly accounts: ReadonlyMap<string, { readonly id: string }>;
  readonly activeApplicants: ReadonlySet<string>;
  readonly pendingInvitations: ReadonlySet<string>;
}

/** The addresses of the rows that are email addresses, normalised and without repeats. */
export function validEmailsOf(rows: readonly EnrolmentRow[]): string[] {
  return [...new Set(rows.map((row) => normaliseEmail(row.email)).filter((email) => email !== undefined))];
}

/** Decides every row, in order: a pure function of the rows and the facts. */
export function planEnrolment(rows: readonly EnrolmentRow[], facts: EnrolmentFacts): PlannedRow[] {
  const seen = new Set<string>();
  return rows.map((row): PlannedRow => {
    const email = normaliseEmail(row.email);
    if (email === undefined) return { ...row, outcome: 'invalid', invalidReason: 'email' };
    if (seen.has(email)) return { ...row, email, outcome: 'invalid', invalidReason: 'duplicate' };
    seen.add(email);
    const account = facts.accounts.get(email);
    if (account) {
      const outcome = facts.activeApplicants.has(account.id) ? 'unchanged' : 'enrol';
      return { ...row, email, outcome, userId: account.id };
    }
    return { ...row, email, outcome: facts.pendingInvitations.has(email) ? 'already-invited' : 'invite' };
  });
}

export function countOutcomes(rows: readonly PlannedRow[]): EnrolmentCounts {
  const counts: EnrolmentCounts = { enrol: 0, unchanged: 0, invite: 0, 'already-invited': 0, invalid: 0 };
  for (const row of rows) counts[row.outcome] += 1;
  return counts;
}
