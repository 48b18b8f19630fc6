import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { spreadsheetCsv } from '../../platform/http/spreadsheet-csv.js';
import { defaultLocale, labelOrCode, type Locale } from '../../platform/i18n/index.js';
import type { Translator } from '../../platform/i18n/translator.js';
import { findExportedCourses, type ExportedCourse } from './course-export.repo.js';
import { courseFormats, courseLevels, sessionStatuses } from './catalogue.table.js';
import { shownTranslation } from './course-page.views.js';

type Deps = Pick<AppDeps, 'db' | 'config' | 'translators'>;

/**
 * One exported row: a session of a published course with the course's facts (DOMAIN.md, "Catalogue
 * export fields"). A course without sessions gives one row whose session fields are null.
 */
export const exportedRowSchema = z.object({
  courseId: z.string(),
  slug: z.string(),
  externalId: z.string().nullable(),
  provider: z.string().describe('Name of the providing organisation.'),
  title: z.string(),
  summary: z.string(),
  textLanguage: z.string().describe('Language of title and summary: `lang`, else the course’s own.'),
  topics: z.array(z.string()).describe('Topic codes (practice areas).'),
  topicLabels: z.array(z.string()).describe('Topic names in `lang`.'),
  legalInstruments: z.array(z.string()).describe('CELEX numbers.'),
  targetProfessions: z.array(z.string()),
  languages: z.array(z.string()).describe('Languages of the teaching (ISO 639-1).'),
  format: z.enum(courseFormats),
  level: z.enum(courseLevels),
  hours: z.number(),
  ects: z.number().nullable(),
  ufc: z.number().nullable(),
  credits: z.array(
    z.object({ system: z.enum(['ECTS', 'UFC']), amount: z.number(), awardingBody: z.string() }),
  ),
  fee: z.number().nullable().describe('Null: free.'),
  feeCurrency: z.string().nullable(),
  sessionId: z.string().nullable(),
  sessionStatus: z.enum(sessionStatuses).nullable(),
  sessionLanguage: z.string().nullable(),
  country: z.string().nullable().describe('EU country code (`EL` for Greece).'),
  countryName: z.string().nullable(),
  city: z.string().nullable(),
  venue: z.string().nullable(),
  timeZone: z.string().nullable().describe('IANA time zone of the session.'),
  start: z.string().nullable().describe('ISO 8601 instant (UTC).'),
  end: z.string().nullable(),
  applicationDeadline: z.string().nullable(),
  places: z.number().nullable().describe('Capacity; null when not limited.'),
  url: z.string().describe('The course page in `lang`.'),
});
export type ExportedRow = z.infer<typeof exportedRowSchema>;

export const courseExportSchema = z.object({
  generatedAt: z.string(),
  courses: z.array(exportedRowSchema).describe('One entry per session, or per course without sessions.'),
});

export async function exportCatalogue(deps: Deps, lang: Locale = defaultLocale): Promise<ExportedRow[]> {
  const courses = await findExportedCourses(deps.db);
  const translator = deps.translators(lang);
  return courses.flatMap((course) => exportRows(course, translator, deps.config.publicUrl));
}

function exportRows(course: ExportedCourse, translator: Translator, publicUrl: string): ExportedRow[] {
  const text = shownTranslation({ ...course, sessions: [] }, translator.locale);
  const sum = (system: 'ECTS' | 'UFC') => {
    const credits = course.credits.filter((credit) => credit.system === system);
    return credits.length === 0 ? null : credits.reduce((total, credit) => total + credit.amount, 0);
  };
  const base = {
    courseId: course.id,
    slug: course.slug,
    externalId: course.externalId,
    provider: course.providerName,
    title: text?.title ?? course.slug,
    summary: text?.summary ?? '',
    textLanguage: text?.language ?? course.sourceLanguage,
    topics: course.topics,
    topicLabels: course.topics.map((code) => labelOrCode(translator, `topic.${code}.name`, code)),
    legalInstruments: course.instruments,
    targetProfessions: course.professions,
    languages: course.languages,
    format: course.format,
    level: course.level,
    hours: course.hours,
    ects: sum('ECTS'),
    ufc: sum('UFC'),
    credits: course.credits,
    fee: course.fee?.amount ?? null,
    feeCurrency: course.fee?.currency ?? null,
    url: `${publicUrl}/${translator.locale}/courses/${encodeURIComponent(course.slug)}`,
  };
  if (course.sessions.length === 0) return [{ ...base, ...noSession }];
  return course.sessions.map((session) => ({
    ...base,
    sessionId: session.id,
    sessionStatus: session.status,
    sessionLanguage: session.language,
    country: session.country,
    countryName: session.country ? translator.countryName(session.country) : null,
    city: session.city,
    venue: session.venue,
    timeZone: session.timeZone,
    start: session.startsAt,
    end: session.endsAt,
    applicationDeadline: session.applicationDeadline,
    places: session.capacity,
  }));
}

const noSession = {
  sessionId: null,
  sessionStatus: null,
  sessionLanguage: null,
  country: null,
  countryName: null,
  city: null,
  venue: null,
  timeZone: null,
  start: null,
  end: null,
  applicationDeadline: null,
  places: null,
} as const;

/** Columns of the CSV file, in order; lists are joined with "; " (commas separate the columns). */
const csvColumns = Object.keys(exportedRowSchema.shape) as (keyof ExportedRow)[];

/** The CSV file of the export (see `spreadsheetCsv`). */
export function catalogueCsv(rows: readonly ExportedRow[]): string {
  const cell = (value: ExportedRow[keyof ExportedRow]): string => {
    if (value === null) return '';
    if (Array.isArray(value)) {
      return value
        .map((item) =>
          typeof item === 'string' ? item : `${item.system} ${item.amount} (${item.awardingBody})`,
        )
        .join('; ');
    }
    return String(value);
  };
  return spreadsheetCsv(
    csvColumns,
    rows.map((row) => csvColumns.map((column) => cell(row[column]))),
  );
}
