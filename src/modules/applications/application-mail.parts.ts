import { isLocale, type Locale, type Translator } from '../../platform/i18n/index.js';
import type { SessionForMail } from './application-mail.repo.js';

/** The language a person is written to in: their interface language, English when unknown. */
export const mailLocale = (preferred: string | null | undefined): Locale =>
  isLocale(preferred) ? preferred : 'en';

/** The course's title in the reader's language, else in its source language, else any. */
export function courseTitleFor(session: SessionForMail, locale: Locale): string {
  return (
    session.titles.get(locale) ??
    session.titles.get(session.source_language) ??
    [...session.titles.values()][0] ??
    session.course_slug
  );
}

/** A date and time as the session's venue reads it, with the zone named. */
export const sessionTime = (translator: Translator, instant: string, session: SessionForMail): string =>
  translator.formatDate(instant, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: session.time_zone,
    timeZoneName: 'short',
  });

/** "When and where" of a session, one line. */
export function sessionLine(translator: Translator, session: SessionForMail): string {
  const place =
    [session.venue, session.city, session.country && translator.countryName(session.country)]
      .filter(Boolean)
      .join(', ') || translator.t('applicationMail.online');
  return translator.t('applicationMail.session', {
    start: sessionTime(translator, session.starts_at, session),
    end: sessionTime(translator, session.ends_at, session),
    place,
  });
}

/** A mail's text: paragraphs separated by blank lines, then the signature. */
export const mailText = (translator: Translator, paragraphs: readonly (string | null)[]): string =>
  [
    ...paragraphs.filter((paragraph): paragraph is string => Boolean(paragraph)),
    translator.t('applicationMail.signature'),
  ].join('\n\n') + '\n';
