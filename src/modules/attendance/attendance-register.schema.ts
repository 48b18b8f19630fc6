import { z } from 'zod';

const applicationId = z.string().min(1).max(100).describe('Id of a participant’s application.');
const day = z.iso.date().describe('A local day of the session, `YYYY-MM-DD`.');

/** What a register update may change: marks, assessment results, and whether it closes. */
export const registerChangesSchema = z.object({
  marks: z
    .array(
      z.object({
        applicationId,
        day,
        present: z.boolean().describe('Whether the participant was there that day.'),
      }),
    )
    .max(10_000)
    .default([])
    .describe('Marks to set; a mark replaces the one of the same participant and day.'),
  assessments: z
    .array(z.object({ applicationId, passed: z.boolean().describe('Whether the assessment was passed.') }))
    .max(2_000)
    .default([])
    .describe('Assessment results to set, for courses that require one.'),
  close: z
    .boolean()
    .default(false)
    .describe(
      'Close the register (once the session has started): confirmed participants become `attended` (present at least one day) or `no-show`, then those meeting the course’s completion rule become `completed` with a completion record. Nothing changes afterwards.',
    ),
});
export type RegisterChanges = z.infer<typeof registerChangesSchema>;

const completionSchema = z
  .object({
    hours: z.number().describe('Hours of training recognised: the course’s hours.'),
    attendedDays: z.number().int(),
    totalDays: z.number().int(),
    completedAt: z.string(),
  })
  .nullable()
  .describe('The completion record, once the participant met the completion rule.');

export const registerParticipantSchema = z.object({
  applicationId: z.string(),
  name: z.string(),
  organisation: z.string().nullable(),
  country: z.string().nullable(),
  status: z.enum(['confirmed', 'attended', 'no-show', 'completed']),
  marks: z
    .array(z.object({ day: z.string(), present: z.boolean().nullable().describe('Null: not marked yet.') }))
    .describe('One per day of the session, in order.'),
  attendedDays: z.number().int(),
  assessmentPassed: z.boolean().nullable().describe('Null: no result recorded.'),
  completion: completionSchema,
});

export const registerSchema = z.object({
  session: z.object({
    id: z.string(),
    courseId: z.string(),
    courseTitle: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    days: z.array(z.string()).describe('The local days of the session, `YYYY-MM-DD`.'),
    hasStarted: z.boolean().describe('Whether the register may be closed.'),
    closedAt: z.string().nullable().describe('When the register was closed; null while it is open.'),
  }),
  completionRule: z.object({
    minAttendancePercent: z.number().int(),
    assessmentRequired: z.boolean(),
    hours: z.number(),
  }),
  participants: z.array(registerParticipantSchema).describe('Everyone whose place was confirmed, by name.'),
});
export type AttendanceRegister = z.infer<typeof registerSchema>;
export type RegisterParticipant = AttendanceRegister['participants'][number];
