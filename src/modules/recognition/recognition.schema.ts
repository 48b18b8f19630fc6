import { z } from 'zod';
import { recognitionCreditSystems } from './recognition.table.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD.')
  .refine((value) => isRealDate(value), 'Expected a date that exists.');

/** `2027-02-30` matches the pattern but is no day. */
function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The refusal of a validity that ends before it starts. */
export const validUntilBeforeFromMessage = 'The last valid day cannot come before the first.';

/** What an academic body records: the same rules for the API and the management page. */
export const recognitionInputSchema = z
  .object({
    organisationId: z
      .string()
      .min(1)
      .max(100)
      .describe('The academic body recognising the credits: an organisation you are partner admin of.'),
    creditSystem: z
      .enum(recognitionCreditSystems)
      .describe(
        'ECTS, UFC (Italian capitalisable training units) or CPD (continuing professional development).',
      ),
    amount: z
      .number()
      .gt(0, 'The amount must be more than 0.')
      .max(1000, 'The amount must be 1000 or less.')
      .describe('Credits awarded in that system, more than 0 (decimals allowed: 1.5).'),
    conditions: z
      .string()
      .trim()
      .min(1, 'Say on which conditions the credits are awarded.')
      .max(1000)
      .describe('On which conditions the credits are awarded, as the body words them ("assessment passed").'),
    validFrom: isoDate.describe('First day the recognition applies to completions, YYYY-MM-DD.'),
    validUntil: isoDate
      .nullish()
      .describe('Last day the recognition applies, YYYY-MM-DD; omitted or null while open-ended.'),
  })
  .refine((input) => !input.validUntil || input.validUntil >= input.validFrom, {
    message: validUntilBeforeFromMessage,
    path: ['validUntil'],
  })
  .describe('A recognition of a course’s credits by an academic body.');
export type RecognitionInput = z.input<typeof recognitionInputSchema>;

export const recognitionSchema = z
  .object({
    id: z.string(),
    courseId: z.string(),
    courseSlug: z.string(),
    organisation: z
      .object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
        url: z.string().describe('Absolute URL of the body’s partner page, in English.'),
      })
      .describe('The academic body that recognises the credits.'),
    creditSystem: z.enum(recognitionCreditSystems),
    amount: z.number(),
    conditions: z.string(),
    validFrom: z.string().describe('First valid day, YYYY-MM-DD.'),
    validUntil: z.string().nullable().describe('Last valid day, YYYY-MM-DD; null while open-ended.'),
    recordedAt: z.string().describe('When it was recorded, ISO 8601.'),
    withdrawnAt: z.string().nullable().describe('When it was withdrawn, ISO 8601; null while in force.'),
  })
  .describe('A recognition of a course’s credits by an academic body.');
export type RecognitionView = z.infer<typeof recognitionSchema>;
