import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../platform/i18n/index.js';
import {
  courseErrors,
  parseInstruments,
  parseNumber,
  readCourseForm,
  suggestSlug,
  toCreateCourseInput,
} from './course-form.js';
import { localToIso, sessionErrors, toSessionInput, wallClock, readSessionForm } from './session-form.js';

const english = loadCatalog().en;

describe('course form mapping', () => {
  it('suggests a slug from a title in any EU language', () => {
    expect(suggestSlug('Prison radicalisation: early signs')).toBe('prison-radicalisation-early-signs');
    expect(suggestSlug('Radicalizare în penitenciare — ștafetă')).toBe(
      'radicalizare-in-penitenciare-stafeta',
    );
    expect(suggestSlug('Übersetzung ÄÖÜ')).toBe('ubersetzung-aou');
    expect(suggestSlug('  ')).toBe('');
  });

  it('reads numbers with a decimal comma and CELEX numbers however they are separated', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('two')).toBeNaN();
    expect(parseInstruments('32008f0909,32014L0041\n 32008F0909;')).toEqual(['32008F0909', '32014L0041']);
  });

  it('names the form field and a translated message for each problem', () => {
    const result = toCreateCourseInput(
      readCourseForm({
        providerId: 'p',
        sourceLanguage: 'en',
        title: '',
        hours: '0',
        'credits-0-amount': '',
        'credits-0-awardingBody': 'Blank amount',
        'credits-1-amount': '1',
        'credits-1-awardingBody': '',
        'credits-2-system': 'ECTS',
        'credits-2-amount': '',
        'credits-2-awardingBody': '',
        'credits-3-amount': '3',
        'credits-3-awardingBody': 'Padua',
        feeAmount: '100',
        feeCurrency: 'eur',
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      title: 'courseManagement.error.title',
      hours: 'courseManagement.error.hours',
      format: 'courseManagement.error.format',
      level: 'courseManagement.error.level',
      languages: 'courseManagement.error.languages',
      feeCurrency: 'courseManagement.error.feeCurrency',
      'credits-0-amount': 'courseManagement.error.credit.amount',
      'credits-1-awardingBody': 'courseManagement.error.credit.awardingBody',
      'credits-1-system': 'courseManagement.error.credit.system',
    });
    expect(result.errors).not.toHaveProperty('credits-3-amount');
    expect(result.errors.slug).toBeUndefined();
    for (const key of Object.values(result.errors).filter(Boolean))
      expect(english, String(key)).toHaveProperty([String(key)]);
  });

  it('has an English message for every problem the course and session services name', () => {
    const courseFields = [
      'providerId',
      'slug',
      'externalId',
      'sourceLanguage',
      'format',
      'level',
      'hours',
      'fee.amount',
      'fee.currency',
      'translations',
      'translations.0.title',
      'translations.0.summary',
      'translations.0.description',
      'translations.0.learningOutcomes',
      'translations.0.prerequisites',
      'translations.0.language',
      'topics',
      'professions.0',
      'instruments.3',
      'languages',
      'credits',
      'credits.0.system',
      'credits.0.amount',
      'credits.0.awardingBody',
    ];
    const sessionFields = [
      'startsAt',
      'endsAt',
      'timeZone',
      'venue',
      'city',
      'country',
      'onlineUrl',
      'language',
      'capacity',
      'quotas',
      'quotas.0.country',
      'quotas.0.places',
      'applicationDeadline',
      'selectionDeadline',
      'trainers',
      'status',
    ];
    const keys = [
      ...Object.values(courseErrors(courseFields.map((field) => ({ field, message: 'x' })))),
      ...Object.values(courseErrors([{ field: 'slug', message: 'is taken' }])),
      ...Object.values(courseErrors([{ field: 'externalId', message: 'is taken' }])),
      ...sessionFields.flatMap((field) => Object.values(sessionErrors([{ field, message: 'x' }]))),
      ...Object.values(sessionErrors([{ field: 'quotas', message: 'names a country twice' }])),
      ...Object.values(sessionErrors([{ field: 'venue', message: 'is required without an online link' }])),
    ];
    expect(keys.length).toBeGreaterThan(35);
    expect(keys.filter((key) => !(String(key) in english))).toEqual([]);
  });
});

describe('session times on the clock of their time zone', () => {
  it('gives the offset of the zone at that date, summer time included', () => {
    expect(localToIso('2027-07-15', '09:00', 'Europe/Rome')).toBe('2027-07-15T09:00:00+02:00');
    expect(localToIso('2027-01-20', '09:00', 'Europe/Rome')).toBe('2027-01-20T09:00:00+01:00');
    expect(localToIso('2027-10-31', '01:30', 'Europe/Rome')).toBe('2027-10-31T01:30:00+02:00');
    expect(localToIso('2027-10-31', '03:30', 'Europe/Rome')).toBe('2027-10-31T03:30:00+01:00');
    expect(localToIso('2027-07-15', '9.30', 'Europe/Lisbon')).toBe('2027-07-15T09:30:00+01:00');
    expect(localToIso('2027-07-15', '09:00', 'Europe/Athens')).toBe('2027-07-15T09:00:00+03:00');
    expect(localToIso('2027-07-15', '09:00', 'America/New_York')).toBe('2027-07-15T09:00:00-04:00');
    expect(localToIso('2027-07-15', '09:00', 'UTC')).toBe('2027-07-15T09:00:00+00:00');
  });

  it('refuses times that do not exist there and dates that do not exist at all', () => {
    expect(localToIso('2027-03-28', '02:30', 'Europe/Rome')).toBeUndefined();
    expect(localToIso('2027-02-30', '09:00', 'Europe/Rome')).toBeUndefined();
    expect(localToIso('2027-07-15', '24:00', 'Europe/Rome')).toBeUndefined();
    expect(localToIso('15/07/2027', '09:00', 'Europe/Rome')).toBeUndefined();
  });

  it('shows a stored instant back on the same clock', () => {
    expect(wallClock('2027-07-15T07:00:00.000Z', 'Europe/Rome')).toEqual(['2027-07-15', '09:00']);
    expect(wallClock('2028-01-20T08:00:00.000Z', 'Europe/Rome')).toEqual(['2028-01-20', '09:00']);
    expect(wallClock('2028-01-20T00:30:00.000Z', 'Europe/Lisbon')).toEqual(['2028-01-20', '00:30']);
  });

  it('asks for both the date and the time of a deadline', () => {
    const result = toSessionInput(
      readSessionForm({
        timeZone: 'Europe/Rome',
        startDate: '2027-07-15',
        startTime: '09:00',
        endDate: '2027-07-15',
        endTime: '17:00',
        venue: 'Aula',
        language: 'it',
        applicationDate: '2027-06-01',
      }),
    );
    expect(result).toEqual({
      ok: false,
      errors: { applicationDate: 'courseManagement.error.applicationDate' },
    });
    const nowhere = toSessionInput(readSessionForm({ timeZone: 'Europe/Rome', language: 'it' }));
    expect(nowhere).toMatchObject({ ok: false, errors: { venue: 'courseManagement.error.venueOrLink' } });
  });
});
