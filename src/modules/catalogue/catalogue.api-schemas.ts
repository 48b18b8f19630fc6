import { z } from 'zod';
import { countryCodes, euLanguages } from '../../platform/i18n/countries.js';
import { locales } from '../../platform/i18n/index.js';
import {
  inList,
  pagingParameters,
  repeatedParameter,
  searchListSchema,
} from '../../platform/http/list-query.js';
import { professions } from '../accounts/index.js';
import { celexPattern } from './catalogue.schema.js';
import {
  courseFormats,
  courseLevels,
  courseStatuses,
  creditSystems,
  sessionStatuses,
} from './catalogue.table.js';

const repeated = repeatedParameter;

/** Orders of the catalogue: by relevance to the words searched, or by the next session's date. */
export const courseSorts = ['relevance', 'date'] as const;
export type CourseSort = (typeof courseSorts)[number];

const date = z.iso
  .date()
  .refine((value) => value >= '2000-01-01' && value <= '2299-12-31', 'is out of range')
  .optional()
  .describe('A date, `YYYY-MM-DD`.');

export const listCoursesQuery = z
  .object({
    q: z.string().trim().max(200).optional().describe('Words to search for, at most 200 characters.'),
    topic: repeated('Topic code.'),
    provider: repeated('Id of a provider organisation.'),
    profession: repeated('Target profession code.', inList(professions)),
    country: repeated('Country of a session (EU codes, `EL` for Greece).', inList(countryCodes)),
    language: repeated('ISO 639-1 language of the teaching.', inList(euLanguages)),
    format: repeated('Format of the course.', inList(courseFormats)),
    instrument: repeated('CELEX number of a legal instrument, e.g. `32008F0909`.', (v) =>
      celexPattern.test(v),
    ),
    hasCredits: repeated(
      '`true` for courses awarding credits, `false` for the others.',
      inList(['true', 'false']),
    ),
    from: date.describe('Courses with a session starting on or after this date (local to the session).'),
    to: date.describe('Courses with a session starting on or before this date (local to the session).'),
    sort: z
      .enum(courseSorts)
      .optional()
      .describe(
        '`relevance`: best matches of `q` first (the default with `q`). `date`: the soonest session on or after `from` (or today) first (the default without `q`).',
      ),
    ...pagingParameters('Courses'),
    lang: z.enum(locales).default('en').describe('Language of the texts and labels.'),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['from'],
    message: 'is after "to"',
  });

const fee = z.object({ amount: z.number(), currency: z.string() }).nullable();

export const listedCourseSchema = z.object({
  id: z.string(),
  slug: z.string(),
  language: z.string().describe('Language of the title and summary.'),
  title: z.string(),
  summary: z.string(),
  snippet: z.string().describe('HTML-safe extract, matched words in `<mark>`.'),
  provider: z.object({ id: z.string(), name: z.string() }),
  format: z.enum(courseFormats),
  level: z.enum(courseLevels),
  hours: z.number(),
  fee,
  topics: z.array(z.string()),
  languages: z.array(z.string()),
  hasCredits: z.boolean(),
});

export const courseListSchema = searchListSchema(listedCourseSchema, courseSorts, 'Courses');

export const sessionSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  venue: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  language: z.string(),
  capacity: z.number().int().nullable(),
  quotas: z.array(z.object({ country: z.string(), places: z.number().int() })),
  applicationDeadline: z.string().nullable(),
  selectionDeadline: z.string().nullable(),
  trainers: z.array(z.string()).describe('User ids of the trainers.'),
  status: z.enum(sessionStatuses),
});

export const courseSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  slug: z.string(),
  externalId: z.string().nullable(),
  sourceLanguage: z.string(),
  format: z.enum(courseFormats),
  level: z.enum(courseLevels),
  hours: z.number(),
  fee,
  status: z.enum(courseStatuses),
  isDemo: z.boolean(),
  completionMinAttendancePercent: z
    .number()
    .int()
    .describe('Completion rule: the share of a session’s days attended, at least, in percent.'),
  assessmentRequired: z.boolean().describe('Completion rule: a passed assessment is needed too.'),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  translations: z.array(
    z.object({
      language: z.string(),
      title: z.string(),
      summary: z.string(),
      description: z.string().describe('Markdown, not yet sanitised: render it safely.'),
      learningOutcomes: z.string(),
      prerequisites: z.string(),
    }),
  ),
  topics: z.array(z.string()),
  professions: z.array(z.string()),
  instruments: z.array(z.string()),
  languages: z.array(z.string()),
  credits: z.array(z.object({ system: z.enum(creditSystems), amount: z.number(), awardingBody: z.string() })),
  sessions: z.array(sessionSchema),
});
