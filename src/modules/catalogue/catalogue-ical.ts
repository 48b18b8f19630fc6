import type { FastifyReply } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Locale } from '../../platform/i18n/index.js';
import type { Translator } from '../../platform/i18n/translator.js';
import { findExportedCourses, type ExportedCourse } from './course-export.repo.js';
import { shownTranslation } from './course-page.views.js';

type Deps = Pick<AppDeps, 'db' | 'config' | 'translators'>;

/** `/{lang}/courses/feed.ics`: every session of a published course that has not ended yet. */
export async function sendCatalogueFeed(deps: Deps, lang: Locale, reply: FastifyReply, now = new Date()) {
  const translator = deps.translators(lang);
  const courses = await findExportedCourses(deps.db);
  const upcoming = courses.map((course) => ({
    ...course,
    sessions: course.sessions.filter((session) => Date.parse(session.endsAt) >= now.getTime()),
  }));
  const text = calendar(
    deps.config.publicUrl,
    translator,
    translator.t('catalogue.ical.feedName'),
    upcoming,
    now,
  );
  return sendCalendar(reply, text, 'courses.ics');
}

/** `/{lang}/courses/{slug}/sessions.ics`: all sessions of one published course; 404 for any other slug. */
export async function sendCourseCalendar(
  deps: Deps,
  lang: Locale,
  slug: string,
  reply: FastifyReply,
  now = new Date(),
) {
  const [course] = await findExportedCourses(deps.db, { slug });
  if (!course) throw AppError.notFound();
  const translator = deps.translators(lang);
  const title = shownTranslation({ ...course, sessions: [] }, lang)?.title ?? course.slug;
  return sendCalendar(
    reply,
    calendar(deps.config.publicUrl, translator, title, [course], now),
    `${slug}.ics`,
  );
}

/**
 * One session as an iCalendar file, e.g. attached to the mail that confirms a place; undefined when
 * its course is no longer published.
 */
export async function sessionCalendar(
  deps: Pick<AppDeps, 'db' | 'config'>,
  translator: Translator,
  selection: { courseSlug: string; sessionId: string },
  now = new Date(),
): Promise<string | undefined> {
  const [course] = await findExportedCourses(deps.db, { slug: selection.courseSlug });
  const session = course?.sessions.find((candidate) => candidate.id === selection.sessionId);
  if (!course || !session) return undefined;
  const title = shownTranslation({ ...course, sessions: [] }, translator.locale)?.title ?? course.slug;
  return calendar(deps.config.publicUrl, translator, title, [{ ...course, sessions: [session] }], now);
}

function sendCalendar(reply: FastifyReply, text: string, fileName: string) {
  return reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${fileName.replace(/[^\w.-]/g, '_')}"`)
    .header('cache-control', 'public, max-age=300')
    .send(text);
}

/**
 * An RFC 5545 calendar. Times are in UTC (the `Z` form), which every client reads without a VTIMEZONE
 * component; the session's IANA zone goes along in X-JPCOOPS-TIMEZONE for readers that want it.
 */
export function calendar(
  publicUrl: string,
  translator: Translator,
  name: string,
  courses: readonly ExportedCourse[],
  now: Date,
): string {
  const host = new URL(publicUrl).host;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//JP-COOPS Training Network//Catalogue//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const course of courses) {
    const text = shownTranslation({ ...course, sessions: [] }, translator.locale);
    const url = `${publicUrl}/${translator.locale}/courses/${encodeURIComponent(course.slug)}`;
    for (const session of course.sessions) {
      const place = [session.venue, session.city, session.country && translator.countryName(session.country)]
        .filter(Boolean)
        .join(', ');
      lines.push(
        'BEGIN:VEVENT',
        `UID:session-${session.id}@${host}`,
        `DTSTAMP:${utc(now.toISOString())}`,
        `LAST-MODIFIED:${utc(course.updatedAt)}`,
        `DTSTART:${utc(session.startsAt)}`,
        `DTEND:${utc(session.endsAt)}`,
        `SUMMARY:${escapeText(text?.title ?? course.slug)}`,
        ...(place || session.onlineUrl ? [`LOCATION:${escapeText(place || (session.onlineUrl ?? ''))}`] : []),
        `URL:${url}`,
        `DESCRIPTION:${escapeText(text?.summary ?? '')}`,
        `STATUS:${session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
        `X-JPCOOPS-TIMEZONE:${escapeText(session.timeZone)}`,
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** `20270310T080000Z` from an ISO instant. */
function utc(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded (RFC 5545 §3.1): a CRLF and a space, never inside a UTF-8
 * sequence. The space counts in the next line's 75 octets.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
