import { z } from 'zod';
import { maxEnrolmentRows } from './enrolment.parse.js';
import { enrolmentOutcomes, invalidReasons } from './enrolment.plan.js';
import type { EnrolmentReport } from './enrolment.service.js';

export const enrolmentInputSchema = z.object({
  participants: z
    .array(
      z.object({
        email: z
          .string()
          .max(320)
          .describe(
            'Email address; matched to accounts without regard to case. Invalid ones are reported per row.',
          ),
        name: z
          .string()
          .max(200)
          .nullish()
          .describe('Name, to greet people who are invited to create an account.'),
      }),
    )
    .min(1)
    .max(maxEnrolmentRows)
    .describe(`The participants, at most ${maxEnrolmentRows}; row numbers in the answer count from 1.`),
  dryRun: z
    .boolean()
    .optional()
    .describe('Only say what would happen; nothing is written. False unless given.'),
});
export type EnrolmentInput = z.infer<typeof enrolmentInputSchema>;

const countsSchema = z.object({
  enrolled: z.number().describe('People with an account given an accepted place.'),
  unchanged: z.number().describe('People who already applied or hold a place: left as they are.'),
  invited: z.number().describe('Addresses without an account, mailed an invitation.'),
  alreadyInvited: z.number().describe('Addresses with a pending invitation: not mailed again.'),
  invalid: z.number().describe('Rows that are not email addresses or repeat an earlier one.'),
});

export const enrolmentReportSchema = z.object({
  sessionId: z.string(),
  committed: z.boolean().describe('True when the enrolment was written; false for a dry run.'),
  freePlaces: z.number().nullable().describe('Free places before the enrolment; null: no capacity limit.'),
  overCapacity: z.boolean().describe('More people to enrol than free places: a commit is refused.'),
  counts: countsSchema,
  rows: z.array(
    z.object({
      row: z.number(),
      email: z.string().describe('Lower case when valid.'),
      outcome: z.enum(enrolmentOutcomes).describe('enrol, unchanged, invite, already-invited or invalid.'),
      invalidReason: z.enum(invalidReasons).nullable().describe('For invalid rows: email or duplicate.'),
    }),
  ),
});
export type EnrolmentReportView = z.infer<typeof enrolmentReportSchema>;

/** Rows never leave the module raw: no account ids, and the report's counts by their API names. */
export function presentEnrolmentReport(report: EnrolmentReport): EnrolmentReportView {
  const { counts } = report;
  return {
    sessionId: report.sessionId,
    committed: report.committed,
    freePlaces: report.freePlaces,
    overCapacity: report.isOverCapacity,
    counts: {
      enrolled: counts.enrol,
      unchanged: counts.unchanged,
      invited: counts.invite,
      alreadyInvited: counts['already-invited'],
      invalid: counts.invalid,
    },
    rows: report.rows.map((row) => ({
      row: row.row,
      email: row.email,
      outcome: row.outcome,
      invalidReason: row.invalidReason ?? null,
    })),
  };
}
