import PDFDocument from 'pdfkit';
import type { Translator } from '../../platform/i18n/index.js';
import { collectPdfBytes } from '../../platform/pdf/pdf-bytes.js';
import { loadPdfFonts } from '../../platform/pdf/pdf-fonts.js';
import { defaultIssuerName, plainSpaces, type CertificateCredit } from './certificate-pdf.format.js';

/** One completed course of the holder, with the credits its credential carries. */
export interface TranscriptEntry {
  readonly courseTitle: string;
  readonly providerName: string;
  readonly completedAt: string;
  /** The session's time zone: the completion date as the participants lived it. */
  readonly timeZone: string;
  readonly hours: number;
  readonly credits: readonly CertificateCredit[];
}

export interface TranscriptInput {
  readonly translator: Translator;
  readonly holderName: string;
  /** When the transcript was produced, and the zone to date it in (the holder's). */
  readonly issuedAt: string;
  readonly timeZone: string;
  readonly entries: readonly TranscriptEntry[];
  readonly issuerName?: string;
}

/** The sum of one credit system as recognised by one awarding body. */
export interface CreditTotal {
  readonly system: string;
  readonly awardingBody: string;
  readonly amount: number;
}

/**
 * Totals per credit system and awarding body, sorted by system then body. Systems are never converted
 * into one another (there is no standard UFC–ECTS mapping), and the same system from two bodies stays
 * two lines, since each body recognises only its own. Sums are rounded to hundredths against float drift.
 */
export function creditTotals(entries: readonly TranscriptEntry[]): CreditTotal[] {
  const totals = new Map<string, CreditTotal>();
  for (const credit of entries.flatMap((entry) => entry.credits)) {
    const system = credit.system.normalize('NFC');
    const awardingBody = credit.awardingBody.normalize('NFC');
    const key = `${system}\u0000${awardingBody}`;
    const amount = (totals.get(key)?.amount ?? 0) + credit.amount;
    totals.set(key, { system, awardingBody, amount: Math.round(amount * 100) / 100 });
  }
  return [...totals.values()].sort(
    (a, b) => a.system.localeCompare(b.system) || a.awardingBody.localeCompare(b.awardingBody),
  );
}

type Doc = PDFKit.PDFDocument;
/** A4 portrait, in points. */
const page = { width: 595.28, height: 841.89 } as const;
const margin = 48;
const inner = page.width - 2 * margin;
const bottom = page.height - margin - 40;
const ink = '#111111';
const muted = '#444444';
const accent = '#1d3557';
const shade = '#e8ecf2';
const rule = '#9aa5b4';

interface Column {
  readonly x: number;
  readonly width: number;
  readonly align?: 'left' | 'right';
}

const totalsColumns = {
  system: { x: margin, width: 150 },
  body: { x: margin + 150, width: inner - 230 },
  amount: { x: margin + inner - 80, width: 80, align: 'right' },
} satisfies Record<string, Column>;

const courseColumns = {
  date: { x: margin, width: 86 },
  course: { x: margin + 86, width: 214 },
  hours: { x: margin + 300, width: 44, align: 'right' },
  credits: { x: margin + 356, width: inner - 356 },
} satisfies Record<string, Column>;

/**
 * A transcript of everything a person completed through the network: totals per credit system (hours,
 * ECTS, UFC…) with their awarding bodies, then every course with its date, provider, hours and credits,
 * on as many A4 pages as it takes, numbered, table headers repeated on each page.
 */
export async function renderTranscript(input: TranscriptInput): Promise<Uint8Array> {
  const fonts = await loadPdfFonts();
  const { t, locale } = input.translator;
  const holder = input.holderName.normalize('NFC');
  const issuer = (input.issuerName ?? defaultIssuerName).normalize('NFC');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    lang: locale,
    displayTitle: true,
    info: {
      Title: t('certificate.transcript.documentTitle', { name: holder }),
      Author: issuer,
      Subject: t('certificate.transcript.title'),
      Creator: issuer,
    },
  });
  const bytes = collectPdfBytes(doc);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  let y = drawHeading(doc, input, holder, issuer);
  y = drawTotals(doc, input, y);
  drawCourses(doc, input, y);
  drawFooters(doc, input.translator);
  doc.end();
  return bytes;
}

function drawHeading(doc: Doc, input: TranscriptInput, holder: string, issuer: string): number {
  const { t, formatDate } = input.translator;
  doc.fillColor(muted).font('regular').fontSize(10).text(issuer, margin, margin, { width: inner });
  doc
    .fillColor(accent)
    .font('bold')
    .fontSize(20)
    .text(t('certificate.transcript.title'), margin, doc.y + 2);
  let y = doc.y + 8;
  const issued = formatDate(input.issuedAt, { dateStyle: 'long', timeZone: input.timeZone });
  for (const [label, value] of [
    [t('certificate.transcript.holder'), holder],
    [t('certificate.transcript.issuedOn'), issued],
    [t('certificate.transcript.issuedBy'), issuer],
  ] as const) {
    doc.fillColor(muted).font('regular').fontSize(10).text(label, margin, y, { width: 110 });
    doc
      .fillColor(ink)
      .font('bold')
      .text(value, margin + 110, y, { width: inner - 110 });
    y = doc.y + 2;
  }
  return y + 14;
}

function sectionTitle(doc: Doc, title: string, y: number): number {
  doc.fillColor(accent).font('bold').fontSize(12.5).text(title, margin, y, { width: inner });
  return doc.y + 4;
}

/** A row of cells with the same top; returns the height of the tallest, plus padding. */
function drawRow(doc: Doc, cells: readonly [Column, () => void][], y: number): number {
  let end = y;
  for (const [column, draw] of cells) {
    doc.x = column.x + 4;
    doc.y = y + 4;
    draw();
    end = Math.max(end, doc.y);
  }
  return end - y + 4;
}

function textCell(doc: Doc, column: Column, text: string): void {
  doc.text(text, column.x + 4, doc.y, { width: column.width - 8, align: column.align ?? 'left' });
}

function headerRow(doc: Doc, cells: readonly [Column, string][], y: number): number {
  doc.font('bold').fontSize(9).fillColor(ink);
  const height =
    Math.max(...cells.map(([column, text]) => doc.heightOfString(text, { width: column.width - 8 }))) + 8;
  doc.rect(margin, y, inner, height).fill(shade);
  doc.fillColor(ink);
  drawRow(
    doc,
    cells.map(([column, text]) => [column, () => textCell(doc, column, text)] as const),
    y,
  );
  return y + height;
}

function underline(doc: Doc, y: number): void {
  doc
    .lineWidth(0.5)
    .strokeColor(rule)
    .moveTo(margin, y)
    .lineTo(margin + inner, y)
    .stroke();
}

function drawTotals(doc: Doc, input: TranscriptInput, top: number): number {
  const { t, formatNumber } = input.translator;
  let y = sectionTitle(doc, t('certificate.transcript.totals'), top);
  const columns = totalsColumns;
  y = headerRow(
    doc,
    [
      [columns.system, t('certificate.transcript.system')],
      [columns.body, t('certificate.transcript.awardingBody')],
      [columns.amount, t('certificate.transcript.amount')],
    ],
    y,
  );
  const hours = input.entries.reduce((sum, entry) => sum + entry.hours, 0);
  const rows = [
    [
      t('certificate.transcript.hoursSystem'),
      t('certificate.transcript.allProviders'),
      Math.round(hours * 100) / 100,
    ],
    ...creditTotals(input.entries).map((total) => [total.system, total.awardingBody, total.amount] as const),
  ] as const;
  for (const [system, body, amount] of rows) {
    const value = plainSpaces(formatNumber(amount, { maximumFractionDigits: 2 }));
    doc.font('regular').fontSize(10).fillColor(ink);
    y += drawRow(
      doc,
      [
        [columns.system, () => textCell(doc.font('bold'), columns.system, system)],
        [columns.body, () => textCell(doc.font('regular'), columns.body, body)],
        [columns.amount, () => textCell(doc.font('bold'), columns.amount, value)],
      ],
      y,
    );
    underline(doc, y);
  }
  return y + 22;
}

function drawCourses(doc: Doc, input: TranscriptInput, top: number): void {
  const { translator } = input;
  const { t } = translator;
  let y = sectionTitle(doc, t('certificate.transcript.courses'), top);
  if (input.entries.length === 0) {
    doc.fillColor(muted).font('regular').fontSize(10).text(t('certificate.transcript.none'), margin, y);
    return;
  }
  const columns = courseColumns;
  const header = () =>
    headerRow(
      doc,
      [
        [columns.date, t('certificate.transcript.completed')],
        [columns.course, t('certificate.transcript.course')],
        [columns.hours, t('certificate.transcript.hours')],
        [columns.credits, t('certificate.transcript.creditsColumn')],
      ],
      y,
    );
  y = header();
  const entries = [...input.entries].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  for (const entry of entries) {
    // A row never splits across pages: when it would not fit, it starts the next page, under the header.
    if (y + courseRowHeight(doc, translator, entry) > bottom) {
      doc.addPage();
      y = margin;
      y = header();
    }
    y += drawCourseRow(doc, translator, entry, y);
    underline(doc, y);
  }
  doc
    .fillColor(muted)
    .font('regular')
    .fontSize(8.5)
    .text(t('certificate.transcript.note'), margin, Math.min(y + 10, bottom), { width: inner });
}

function creditTexts(translator: Translator, entry: TranscriptEntry): string[] {
  return entry.credits.map(
    (credit) =>
      `${plainSpaces(translator.formatNumber(credit.amount, { maximumFractionDigits: 2 }))} ${credit.system.normalize('NFC')} · ${credit.awardingBody.normalize('NFC')}`,
  );
}

function courseRowHeight(doc: Doc, translator: Translator, entry: TranscriptEntry): number {
  const { course, credits } = courseColumns;
  doc.fontSize(9.5);
  const courseHeight =
    doc.font('bold').heightOfString(entry.courseTitle.normalize('NFC'), { width: course.width - 8 }) +
    doc.font('regular').heightOfString(entry.providerName.normalize('NFC'), { width: course.width - 8 });
  const creditsHeight = creditTexts(translator, entry).reduce(
    (sum, text) => sum + doc.heightOfString(text, { width: credits.width - 8 }),
    0,
  );
  return Math.max(courseHeight, creditsHeight) + 12;
}

function drawCourseRow(doc: Doc, translator: Translator, entry: TranscriptEntry, y: number): number {
  const columns = courseColumns;
  const date = translator.formatDate(entry.completedAt, { dateStyle: 'medium', timeZone: entry.timeZone });
  const hours = plainSpaces(translator.formatNumber(entry.hours, { maximumFractionDigits: 2 }));
  doc.fontSize(9.5).fillColor(ink);
  return drawRow(
    doc,
    [
      [columns.date, () => textCell(doc.font('regular'), columns.date, plainSpaces(date))],
      [
        columns.course,
        () => {
          textCell(doc.font('bold').fillColor(ink), columns.course, entry.courseTitle.normalize('NFC'));
          textCell(doc.font('regular').fillColor(muted), columns.course, entry.providerName.normalize('NFC'));
          doc.fillColor(ink);
        },
      ],
      [columns.hours, () => textCell(doc.font('regular'), columns.hours, hours)],
      [
        columns.credits,
        () => {
          doc.font('regular');
          for (const text of creditTexts(translator, entry)) textCell(doc, columns.credits, text);
        },
      ],
    ],
    y,
  );
}

/** "Page 1 of 2" on every page, once the number of pages is known. */
function drawFooters(doc: Doc, translator: Translator): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    doc
      .fillColor(muted)
      .font('regular')
      .fontSize(8.5)
      .text(
        translator.t('certificate.transcript.page', { page: index + 1, pages: range.count }),
        margin,
        page.height - margin - 10,
        {
          width: inner,
          align: 'right',
          lineBreak: false,
        },
      );
  }
}
