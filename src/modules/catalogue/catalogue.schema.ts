import { z } from 'zod';
import { countryCodes, euLanguages } from '../../platform/i18n/countries.js';
import { professions } from '../accounts/index.js';
import { celexPattern } from '../legal/index.js';
import {
  courseFormats,
  courseLevels,
  courseStatuses,
  creditSystems,
  sessionStatuses,
} from './catalogue.table.js';

/** CELEX numbers of legislation (`32008F0909`, `32014L0041`): the legal module owns the pattern. */
export { celexPattern };
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (max: number) => z.string().trim().max(max);
const language = z.enum(euLanguages).describe('ISO 639-1 code of an official EU language.');
const country = z.string().refine((value) => countryCodes.includes(value), 'is not a known country code');
const timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 date and time with its offset.');
const timeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, 'is not an IANA time zone')
  .describe('IANA time zone, e.g. `Europe/Rome`.');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}

export const translationSchema = z.object({
  language,
  title: text(300).min(1),
  summary: text(2_000).default(''),
  description: text(50_000).default('').describe('Markdown; sanitised when displayed.'),
  learningOutcomes: text(10_000).default(''),
  prerequisites: text(10_000).default(''),
});

const creditSchema = z.object({
  system: z.enum(creditSystems),
  amount: z.number().positive().max(1_000),
  awardingBody: text(300).min(1).describe('University, judicial school or institute that awards them.'),
});

const feeSchema = z
  .object({
    amount: z.number().positive().max(1_000_000),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .describe('ISO 4217 code, e.g. `EUR`.'),
  })
  .nullable()
  .describe('Null when the course is free.');

const courseFields = {
  slug: z.string().min(3).max(120).regex(slugPattern).describe('Lower-case words joined by hyphens; unique.'),
  externalId: text(200).min(1).nullable().describe('The provider’s own identifier; unique per provider.'),
  sourceLanguage: language.describe('Language the course was written in: the fallback for translations.'),
  format: z.enum(courseFormats),
  level: z.enum(courseLevels),
  hours: z.number().positive().max(10_000).describe('Hours of training.'),
  fee: feeSchema,
  translations: z.array(translationSchema).min(1).max(30),
  topics: z.array(z.string().max(100)).max(20).describe('Topic codes.'),
  professions: z.array(z.enum(professions)).max(professions.length).describe('Target professions.'),
  instruments: z.array(z.string().regex(celexPattern)).max(50).describe('CELEX numbers.'),
  languages: z.array(language).min(1).max(24).describe('Languages of the teaching.'),
  credits: z.array(creditSchema).max(10),
  isDemo: z.boolean().describe('Part of the demo content set.'),
  completionMinAttendancePercent: z
    .number()
    .int()
    .min(0)
    .max(100)
    .describe('Completion rule: the share of a session’s days a participant attends, at least, in percent.'),
  assessmentRequired: z
    .boolean()
    .describe('Completion rule: a passed assessment is needed as well as the attendance.'),
};

export const createCourseSchema = z.object({
  providerId: z.string().min(1).max(100).describe('Id of the provider organisation.'),
  ...courseFields,
  externalId: courseFields.externalId.default(null),
  fee: feeSchema.default(null),
  topics: courseFields.topics.default([]),
  professions: courseFields.professions.default([]),
  instruments: courseFields.instruments.default([]),
  credits: courseFields.credits.default([]),
  isDemo: courseFields.isDemo.default(false),
  completionMinAttendancePercent: courseFields.completionMinAttendancePercent
    .optional()
    .describe('Completion rule: the share of a session’s days attended, at least, in percent (default 80).'),
  assessmentRequired: courseFields.assessmentRequired
    .optional()
    .describe('Completion rule: a passed assessment is needed too (default false).'),
});
export type CreateCourseInput = z.infer<typeof createCourseSchema>;

export const updateCourseSchema = z.object(courseFields).partial();
export type UpdateCourseInput = z.infer<typeof updateCourseSchema>;

const sessionFields = {
  startsAt: timestamp,
  endsAt: timestamp,
  timeZone,
  venue: text(300).min(1).nullable(),
  city: text(200).min(1).nullable(),
  country: country.nullable().describe('EU country code (`EL` for Greece); null online.'),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .nullable(),
  language,
  capacity: z.number().int().positive().max(100_000).nullable().describe('Places in all.'),
  quotas: z
    .array(z.object({ country, places: z.number().int().positive().max(100_000) }))
    .max(60)
    .describe('Places reserved per country.'),
  applicationDeadline: timestamp.nullable(),
  selectionDeadline: timestamp.nullable(),
  trainers: z.array(z.string().min(1).max(100)).max(50).describe('User ids of the trainers.'),
  status: z.enum(sessionStatuses),
};

export const createSessionSchema = z.object({
  ...sessionFields,
  venue: sessionFields.venue.default(null),
  city: sessionFields.city.default(null),
  country: sessionFields.country.default(null),
  onlineUrl: sessionFields.onlineUrl.default(null),
  capacity: sessionFields.capacity.default(null),
  quotas: sessionFields.quotas.default([]),
  applicationDeadline: sessionFields.applicationDeadline.default(null),
  selectionDeadline: sessionFields.selectionDeadline.default(null),
  trainers: sessionFields.trainers.default([]),
  status: sessionFields.status.default('planned'),
});
export type CreateSessionInput = z.infer<typeof createSessionSchema>;

export const updateSessionSchema = z.object(sessionFields).partial();
export type UpdateSessionInput = z.infer<typeof updateSessionSchema>;

export { courseStatuses };
