import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createTranslators, loadCatalog, type Locale } from '../../platform/i18n/index.js';
import { renderPdfPage } from '../../platform/pdf/pdf-render.test-kit.js';
import { extractPdfText, type PdfText } from '../../platform/pdf/pdf-text.test-kit.js';
import {
  creditTotals,
  renderTranscript,
  type TranscriptEntry,
  type TranscriptInput,
} from './certificate-pdf.transcript.js';

const translators = createTranslators(loadCatalog());

const entries: TranscriptEntry[] = [
  {
    courseTitle: 'The European Investigation Order in practice',
    providerName: 'Institutul Național al Magistraturii',
    completedAt: '2027-03-05T15:30:00Z',
    timeZone: 'Europe/Bucharest',
    hours: 24,
    credits: [
      { system: 'ECTS', amount: 1.5, awardingBody: 'Università di Bologna' },
      { system: 'UFC', amount: 3, awardingBody: 'Scuola Superiore della Magistratura' },
    ],
  },
  {
    courseTitle: 'Δικαστική συνεργασία σε αστικές υποθέσεις',
    providerName: 'Εθνική Σχολή Δικαστικών Λειτουργών',
    completedAt: '2027-01-20T12:00:00Z',
    timeZone: 'Europe/Athens',
    hours: 7.5,
    credits: [{ system: 'ECTS', amount: 0.25, awardingBody: 'Università di Bologna' }],
  },
  {
    courseTitle: 'Правна рамка на ЕС за защита на данните',
    providerName: 'Национален институт на правосъдието',
    completedAt: '2027-06-11T09:00:00Z',
    timeZone: 'Europe/Sofia',
    hours: 16,
    credits: [
      { system: 'ECTS', amount: 1, awardingBody: 'European Law Institute' },
      { system: 'UFC', amount: 2, awardingBody: 'Scuola Superiore della Magistratura' },
    ],
  },
];

function transcript(overrides: Partial<TranscriptInput> & { locale?: Locale } = {}): TranscriptInput {
  return {
    translator: translators(overrides.locale ?? 'en'),
    holderName: 'Łukasz Żółć',
    issuedAt: '2027-07-01T10:00:00Z',
    timeZone: 'Europe/Warsaw',
    entries,
    ...overrides,
  };
}

const textOf = (text: PdfText) =>
  text.pages
    .flatMap((page) => page.runs)
    .join('\n')
    .replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('credit totals', () => {
  it('sums each system per awarding body, never across bodies or systems, without float drift', () => {
    expect(creditTotals(entries)).toEqual([
      { system: 'ECTS', awardingBody: 'European Law Institute', amount: 1 },
      { system: 'ECTS', awardingBody: 'Università di Bologna', amount: 1.75 },
      { system: 'UFC', awardingBody: 'Scuola Superiore della Magistratura', amount: 5 },
    ]);
    const tenths = Array.from({ length: 3 }, () => ({
      ...entries[0]!,
      credits: [{ system: 'ECTS', amount: 0.1, awardingBody: 'X' }],
    }));
    expect(creditTotals(tenths)).toEqual([{ system: 'ECTS', awardingBody: 'X', amount: 0.3 }]);
  });
});

describe('the transcript PDF', () => {
  it('lists the totals by system with their awarding bodies, and every course, in English', async () => {
    const bytes = await renderTranscript(transcript());
    if (process.env.PDF_SNAPSHOT_DIR) {
      await writeFile(
        `${process.env.PDF_SNAPSHOT_DIR}/transcript.png`,
        (await renderPdfPage(bytes, 1, 1.5)).png(),
      );
    }
    const text = await extractPdfText(bytes);
    const all = textOf(text);
    for (const expected of [
      'Transcript of training credits',
      'Łukasz Żółć',
      'July 1, 2027',
      'Hours of training',
      '47.5',
      '1.75',
      'European Law Institute',
      'Scuola Superiore della Magistratura',
      'The European Investigation Order in practice',
      'Δικαστική συνεργασία σε αστικές υποθέσεις',
      'Εθνική Σχολή Δικαστικών Λειτουργών',
      'Правна рамка на ЕС за защита на данните',
      'Национален институт на правосъдието',
      '0.25 ECTS · Università di Bologna',
      'Page 1 of 1',
    ]) {
      expect(all).toContain(expected);
    }
    // Courses in the order they were completed: Athens in January first.
    expect(all.indexOf('Δικαστική')).toBeLessThan(all.indexOf('The European Investigation'));
    expect(text.info).toMatchObject({ Title: 'Transcript of training credits: Łukasz Żółć', Language: 'en' });
  });

  it('speaks German: labels, dates and decimal commas', async () => {
    const all = textOf(await extractPdfText(await renderTranscript(transcript({ locale: 'de' }))));
    for (const expected of [
      'Übersicht der Fortbildungspunkte',
      'Fortbildungsstunden',
      '47,5',
      '1,75',
      'Seite 1 von 1',
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('runs over pages with the table header and page numbers on each', async () => {
    const many = Array.from({ length: 40 }, (_, index) => ({
      ...entries[index % 3]!,
      courseTitle: `Course ${index + 1}`,
    }));
    const text = await extractPdfText(await renderTranscript(transcript({ entries: many })));
    expect(text.pages.length).toBeGreaterThan(1);
    text.pages.forEach((page, index) => {
      expect(page.runs).toContain('Course and provider');
      expect(page.runs).toContain(`Page ${index + 1} of ${text.pages.length}`);
    });
    const all = textOf(text);
    for (let index = 1; index <= 40; index += 1) expect(all).toContain(`Course ${index}\n`);
  });

  it('says so when nothing was completed yet', async () => {
    const all = textOf(await extractPdfText(await renderTranscript(transcript({ entries: [] }))));
    expect(all).toContain('No completed courses yet.');
  });
});
