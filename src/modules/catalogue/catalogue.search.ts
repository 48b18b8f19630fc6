import { euLanguages } from '../../platform/i18n/countries.js';
import { locales } from '../../platform/i18n/index.js';
import type { SearchDocument, SearchIndex } from '../../platform/search/index.js';
import { dayNumber, localDate } from './course-dates.js';
import type { Course, CourseTranslation } from './course-reads.repo.js';

export const courseKind = 'course';

/** Facets of a course document, as the catalogue filters and counts them. */
export const courseFacets = [
  'topic',
  'provider',
  'profession',
  'country',
  'language',
  'format',
  'instrument',
  'hasCredits',
] as const;
export type CourseFacet = (typeof courseFacets)[number];

/** The facet choosing, per interface language, the one document of each course that visitors see. */
export const servesFacet = 'serves';
/** Start days of the sessions (days since 2000-01-01, in each session's time zone). */
export const startNumber = 'start';

const documentId = (courseId: string, language: string) => `${courseId}:${language}`;
export const courseIdOf = (documentId: string) => documentId.split(':')[0] ?? documentId;

/**
 * Puts a published course in the index, one document per translation, or takes it out. Each interface
 * language is served by exactly one document of a course (its translation, else the source language),
 * so that counts and totals count courses, not translations.
 */
export async function indexCourse(search: SearchIndex, course: Course): Promise<void> {
  const kept = course.status === 'published' ? course.translations : [];
  const keptLanguages = new Set(kept.map((translation) => translation.language));
  const dropped = euLanguages.filter((language) => !keptLanguages.has(language));
  await search.remove(
    courseKind,
    dropped.map((language) => documentId(course.id, language)),
  );
  if (kept.length > 0) await search.upsert(kept.map((translation) => toDocument(course, translation)));
}

export async function unindexCourse(search: SearchIndex, courseId: string): Promise<void> {
  await search.remove(
    courseKind,
    euLanguages.map((language) => documentId(courseId, language)),
  );
}

function toDocument(course: Course, translation: CourseTranslation): SearchDocument {
  const translated = new Set(course.translations.map((tr) => tr.language));
  const serves = locales.filter(
    (locale) =>
      locale === translation.language ||
      (translation.language === course.sourceLanguage && !translated.has(locale)),
  );
  const sessions = course.sessions.filter((session) => session.status !== 'cancelled');
  return {
    id: documentId(course.id, translation.language),
    kind: courseKind,
    language: translation.language,
    title: translation.title,
    body: [
      translation.summary,
      translation.description,
      translation.learningOutcomes,
      translation.prerequisites,
    ].join('\n'),
    keywords: [course.providerName, ...course.instruments],
    facets: {
      topic: course.topics,
      provider: [course.providerId],
      profession: course.professions,
      country: sessions.flatMap((session) => (session.country ? [session.country] : [])),
      language: course.languages,
      format: [course.format],
      instrument: course.instruments,
      hasCredits: [course.credits.length > 0 ? 'true' : 'false'],
      [servesFacet]: serves,
    },
    numbers: {
      [startNumber]: sessions.map((session) => dayNumber(localDate(session.startsAt, session.timeZone))),
    },
    updatedAt: course.updatedAt,
  };
}
