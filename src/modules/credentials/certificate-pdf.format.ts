import type { Translator } from '../../platform/i18n/index.js';

/** The issuer printed on certificates and transcripts unless the caller names another. */
export const defaultIssuerName = 'JP-COOPS Training Network';

/** Credits of one system for one course or person, as recognised by one awarding body. */
export interface CertificateCredit {
  /** The credit system's code as shown, such as `ECTS` or `UFC`. */
  readonly system: string;
  readonly amount: number;
  /** Who recognises the credits: a university, the European Law Institute, a judicial school. */
  readonly awardingBody: string;
}

export interface CertificateSession {
  readonly startsAt: string;
  readonly endsAt: string;
  /** IANA zone of the session's venue: its dates are the ones the participants lived. */
  readonly timeZone: string;
}

/**
 * "3–5 March 2027", or one date for a one-day session, in the session's own time zone: the days the
 * participants lived, whatever the reader's zone. `formatRange` leaves out what both ends share.
 */
export function sessionDates(translator: Translator, session: CertificateSession): string {
  const format = new Intl.DateTimeFormat(translator.locale, {
    dateStyle: 'long',
    timeZone: session.timeZone,
  });
  return plainSpaces(format.formatRange(new Date(session.startsAt), new Date(session.endsAt)));
}

/**
 * ICU puts thin spaces around range dashes ("March 3 – 5"): pdfkit breaks lines there and readers then
 * lose them when copying text, so they become plain spaces (narrow no-break ones, no-break spaces).
 */
export function plainSpaces(text: string): string {
  return text.replace(/\u2009/g, ' ').replace(/\u202f/g, '\u00a0');
}

/** "3 ECTS, awarded by Università di Bologna", with the amount in the locale's digits. */
export function creditLine(translator: Translator, credit: CertificateCredit): string {
  return translator.t('certificate.credit', {
    amount: plainSpaces(translator.formatNumber(credit.amount, { maximumFractionDigits: 2 })),
    system: credit.system.normalize('NFC'),
    body: credit.awardingBody.normalize('NFC'),
  });
}

/** "24 hours of training", pluralised and with the locale's decimal separator. */
export function hoursLine(translator: Translator, hours: number): string {
  return translator.t('certificate.hours', { hours });
}
