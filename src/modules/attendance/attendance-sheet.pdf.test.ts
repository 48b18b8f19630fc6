import { describe, expect, it } from 'vitest';
import { createTranslators, loadCatalog, type Locale } from '../../platform/i18n/index.js';
import {
  renderAttendanceSheet,
  type AttendanceSheetInput,
  type AttendanceSheetParticipant,
} from './index.js';
import { rowHeight, rowsPerPage, sheetLayout, sheetPages } from './attendance-sheet.layout.js';
import { extractPdfText, type PdfText } from '../../platform/pdf/pdf-text.test-kit.js';

const translators = createTranslators(loadCatalog());

/** Names in the scripts and diacritics of EU languages; Zoë arrives decomposed (e + U+0308). */
const names = [
  'Ștefan Țîrcă',
  'Łukasz Żółć',
  'Zoe\u0308 Ó Súilleabháin',
  'Ελένη Παπαδοπούλου',
  'Иван Петров',
  'Őze Ürmös',
  'Jiří Dvořák',
  'Kärt Põder',
];
/** Too long for one line of the name column: it must wrap, smaller, rather than be cut. */
const longName = 'Maria-Magdalena Constantinescu-Vădeanu de la Brâncoveanu';
const fillers = Array.from(
  { length: 36 },
  (_, index) => `Filler Person ${String(index + 1).padStart(2, '0')}`,
);
const participants: AttendanceSheetParticipant[] = [...names, longName, ...fillers].map((name, index) => ({
  name,
  organisation: index % 2 === 0 ? 'Curtea de Apel București' : 'Prokuratura Krajowa',
  country: index % 2 === 0 ? 'RO' : 'PL',
}));

function sheet(overrides: Partial<AttendanceSheetInput> & { locale?: Locale } = {}): AttendanceSheetInput {
  return {
    translator: translators(overrides.locale ?? 'en'),
    courseTitle: 'The European Investigation Order in practice',
    providerName: 'Institutul Național al Magistraturii',
    session: {
      startsAt: '2027-03-03T07:00:00Z',
      endsAt: '2027-03-05T15:00:00Z',
      timeZone: 'Europe/Bucharest',
      venue: 'Bd. Regina Elisabeta 53',
      city: 'București',
      country: 'RO',
    },
    days: ['2027-03-03', '2027-03-04', '2027-03-05'],
    participants,
    ...overrides,
  };
}

const runsOf = (text: PdfText) => text.pages.flatMap((page) => page.runs);

describe('the attendance sheet PDF', () => {
  it('holds every name as selectable text, exactly as given in NFC, once', async () => {
    const text = await extractPdfText(await renderAttendanceSheet(sheet()));
    const runs = runsOf(text);
    for (const name of [...names, ...fillers]) {
      expect(
        runs.filter((run) => run === name.normalize('NFC')),
        name,
      ).toHaveLength(1);
    }
    expect(runs.join('')).toContain(longName);
    expect(runs).toContain('Curtea de Apel București');
    expect(runs).toContain('Poland');
  });

  it('breaks 45 participants over portrait A4 pages that each repeat the header row and the signature line', async () => {
    const text = await extractPdfText(await renderAttendanceSheet(sheet()));
    expect(text.pages).toHaveLength(3);
    text.pages.forEach((page, index) => {
      expect([page.width, page.height]).toEqual([595.28, 841.89]);
      expect(page.runs).toEqual(
        expect.arrayContaining(['Participant', 'Signature', 'Wed, Mar 3', 'Fri, Mar 5']),
      );
      expect(page.runs).toContain('Trainer: name and signature');
      expect(page.runs).toContain(`Page ${index + 1} of 3`);
    });
    expect(text.pages[0]!.runs).toContain('Ștefan Țîrcă');
    expect(text.pages[2]!.runs).toContain('Filler Person 36');
  });

  it('turns to landscape for many days, and splits the days across pages past seven', async () => {
    const week = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'];
    const landscape = await extractPdfText(await renderAttendanceSheet(sheet({ days: week })));
    expect([landscape.pages[0]!.width, landscape.pages[0]!.height]).toEqual([841.89, 595.28]);
    // Ten rows fit below the header of a landscape page: 45 participants take five pages.
    expect(landscape.pages).toHaveLength(5);
    expect(landscape.pages[4]!.runs).toEqual(expect.arrayContaining(['Filler Person 36', 'Page 5 of 5']));

    const fortnight = [...week, '2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11'];
    const split = await extractPdfText(
      await renderAttendanceSheet(sheet({ days: fortnight, participants: [] })),
    );
    expect(split.pages).toHaveLength(2);
    expect(split.pages[0]!.runs).toEqual(expect.arrayContaining(['Mon, Mar 1', 'Tue, Mar 9']));
    expect(split.pages[0]!.runs).not.toContain('Wed, Mar 10');
    expect(split.pages[1]!.runs).toEqual(expect.arrayContaining(['Wed, Mar 10', 'Thu, Mar 11']));
  });

  it('is labelled in the interface language, with its title and language in the metadata', async () => {
    const italian = await extractPdfText(await renderAttendanceSheet(sheet({ locale: 'it' })));
    expect(italian.info).toMatchObject({
      Title: 'Foglio presenze: The European Investigation Order in practice',
      Language: 'it',
      Author: 'Institutul Național al Magistraturii',
    });
    expect(runsOf(italian)).toEqual(
      expect.arrayContaining(['Foglio presenze', 'Ente di formazione', 'Firma', 'Formatore: nome e firma']),
    );
    expect(runsOf(italian)).toEqual(expect.arrayContaining(['Pagina 1 di 3', 'Romania', 'Polonia']));
    expect(runsOf(italian).join(' ')).toContain(
      '3 marzo 2027 – 5 marzo 2027, 09:00–17:00 (Europe/Bucharest)',
    );

    const english = await extractPdfText(await renderAttendanceSheet(sheet()));
    expect(english.info).toMatchObject({ Language: 'en' });
    expect(runsOf(english)).toEqual(
      expect.arrayContaining(['Attendance sheet', 'Training provider', 'Venue', 'Dates', 'Date']),
    );
    expect(runsOf(english)).not.toContain('Firma');
  });

  it('says online for a session without a place', async () => {
    const session = { ...sheet().session, venue: null, city: null, country: null };
    const text = await extractPdfText(await renderAttendanceSheet(sheet({ session, participants: [] })));
    expect(text.pages).toHaveLength(1);
    expect(runsOf(text)).toContain('Online');
  });

  it('refuses a session without days', async () => {
    await expect(renderAttendanceSheet(sheet({ days: [] }))).rejects.toThrow(RangeError);
  });
});

describe('the attendance sheet layout', () => {
  it('leaves rows tall enough to sign by hand and a sensible number of them per page', () => {
    expect(rowHeight).toBeGreaterThanOrEqual(28);
    expect(rowsPerPage(sheetLayout(['2027-03-01']), 110)).toBeGreaterThanOrEqual(16);
    expect(rowsPerPage(sheetLayout(['2027-03-01']), 110)).toBeLessThanOrEqual(22);
    const week = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'];
    expect(rowsPerPage(sheetLayout(week), 110)).toBeGreaterThanOrEqual(8);
  });

  it('gives an empty list one page of blank rows, and each day group every participant', () => {
    const days = Array.from({ length: 9 }, (_, index) => `2027-03-${String(index + 1).padStart(2, '0')}`);
    const layout = sheetLayout(days);
    expect(layout.dayGroups.map((group) => group.length)).toEqual([7, 2]);
    expect(sheetPages(layout, 0, 10)).toEqual([
      { days: days.slice(0, 7), first: 0, count: 0 },
      { days: days.slice(7), first: 0, count: 0 },
    ]);
    expect(sheetPages(layout, 25, 10).map((page) => [page.first, page.count])).toEqual([
      [0, 10],
      [10, 10],
      [20, 5],
      [0, 10],
      [10, 10],
      [20, 5],
    ]);
  });
});
