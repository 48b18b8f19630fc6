import PDFDocument from 'pdfkit';
import type { Translator } from '../../platform/i18n/index.js';
import { collectPdfBytes } from '../../platform/pdf/pdf-bytes.js';
import { loadPdfFonts } from '../../platform/pdf/pdf-fonts.js';
import {
  margin,
  rowHeight,
  rowsPerPage,
  sheetLayout,
  sheetPages,
  tableHeaderHeight,
  type Column,
  type SheetLayout,
  type SheetPage,
} from './attendance-sheet.layout.js';

export interface AttendanceSheetParticipant {
  readonly name: string;
  readonly organisation: string | null;
  /** EU country code (`EL` for Greece). */
  readonly country: string | null;
}

export interface AttendanceSheetSession {
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timeZone: string;
  readonly venue: string | null;
  readonly city: string | null;
  readonly country: string | null;
}

export interface AttendanceSheetInput {
  /** The sheet's language: labels, dates and country names. */
  readonly translator: Translator;
  readonly courseTitle: string;
  readonly providerName: string;
  readonly session: AttendanceSheetSession;
  /** The session days as `YYYY-MM-DD` in the session's time zone, in order: one signature box each. */
  readonly days: readonly string[];
  readonly participants: readonly AttendanceSheetParticipant[];
}

type Doc = PDFKit.PDFDocument;
const ink = '#000000';
const muted = '#333333';
const rule = '#555555';
const shade = '#e6e6e6';

/**
 * A printable, signable attendance sheet of one session (EU grants require signed lists): a header
 * (course, provider, place, dates), one row per participant with a signature box per day, and a
 * trainer's signature line and date on every page, each page complete in itself.
 */
export async function renderAttendanceSheet(input: AttendanceSheetInput): Promise<Uint8Array> {
  if (input.days.length === 0) throw new RangeError('An attendance sheet needs at least one session day');
  const fonts = await loadPdfFonts();
  const { t, locale } = input.translator;
  const layout = sheetLayout(input.days);
  const doc = new PDFDocument({
    size: 'A4',
    layout: layout.layout,
    margin,
    autoFirstPage: false,
    lang: locale,
    displayTitle: true,
    info: {
      Title: t('attendance.sheet.documentTitle', { course: input.courseTitle.normalize('NFC') }),
      Author: input.providerName,
      Creator: 'JP-COOPS Training Network',
    },
  });
  const bytes = collectPdfBytes(doc);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const participants = input.participants.map((participant) => ({
    name: participant.name.normalize('NFC'),
    details: [
      participant.organisation,
      participant.country && input.translator.countryName(participant.country),
    ]
      .filter((part): part is string => Boolean(part))
      .map((part) => part.normalize('NFC')),
  }));

  doc.addPage();
  const headerHeight = drawHeader(doc, input, layout) - margin;
  const rows = rowsPerPage(layout, headerHeight);
  const pages = sheetPages(layout, participants.length, rows);
  pages.forEach((page, index) => {
    if (index > 0) {
      doc.addPage();
      drawHeader(doc, input, layout);
    }
    drawTable(doc, input.translator, layout, { page, rows, top: margin + headerHeight, participants });
    drawFooter(doc, input.translator, layout, index + 1, pages.length);
  });
  doc.end();
  return bytes;
}

/** Draws the page header and returns where it ends. */
function drawHeader(doc: Doc, input: AttendanceSheetInput, layout: SheetLayout): number {
  const { t } = input.translator;
  const inner = layout.width - 2 * margin;
  let y = margin;
  doc.fillColor(ink).font('bold').fontSize(15).text(t('attendance.sheet.title'), margin, y, { width: inner });
  y = doc.y + 2;
  doc.fontSize(12).text(input.courseTitle.normalize('NFC'), margin, y, { width: inner });
  y = doc.y + 4;
  const labelWidth = 110;
  const fields = [
    [t('attendance.sheet.provider'), input.providerName],
    [t('attendance.sheet.place'), placeOf(input)],
    [t('attendance.sheet.dates'), datesOf(input)],
  ] as const;
  for (const [label, value] of fields) {
    doc.font('bold').fontSize(9.5).text(label, margin, y, { width: labelWidth });
    const labelEnd = doc.y;
    doc.font('regular').text(value.normalize('NFC'), margin + labelWidth, y, { width: inner - labelWidth });
    y = Math.max(labelEnd, doc.y) + 1;
  }
  doc
    .fillColor(muted)
    .fontSize(8.5)
    .text(t('attendance.sheet.instructions'), margin, y + 3, { width: inner });
  return doc.y + 8;
}

function placeOf({ session, translator }: AttendanceSheetInput): string {
  const parts = [session.venue, session.city, session.country && translator.countryName(session.country)];
  const place = parts.filter(Boolean).join(', ');
  return place || translator.t('attendance.sheet.online');
}

function datesOf({ session, translator }: AttendanceSheetInput): string {
  const { timeZone } = session;
  const day = (instant: string) => translator.formatDate(instant, { dateStyle: 'long', timeZone });
  const time = (instant: string) => translator.formatDate(instant, { timeStyle: 'short', timeZone });
  const [first, last] = [day(session.startsAt), day(session.endsAt)];
  const dates = first === last ? first : `${first} – ${last}`;
  return `${dates}, ${time(session.startsAt)}–${time(session.endsAt)} (${timeZone})`;
}

interface TablePart {
  readonly page: SheetPage;
  readonly rows: number;
  readonly top: number;
  readonly participants: readonly { name: string; details: readonly string[] }[];
}

function drawTable(doc: Doc, translator: Translator, layout: SheetLayout, part: TablePart): void {
  const { t } = translator;
  const { page, rows, top } = part;
  const columns = [
    layout.number,
    layout.name,
    layout.organisation,
    ...layout.days.slice(0, page.days.length),
  ];
  const right = columns.at(-1)!.x + columns.at(-1)!.width;
  doc.rect(margin, top, right - margin, tableHeaderHeight).fill(shade);
  doc.fillColor(ink).font('bold').fontSize(8.5);
  cell(doc, layout.number, top, tableHeaderHeight, t('attendance.sheet.number'), 'center');
  cell(doc, layout.name, top, tableHeaderHeight, t('attendance.sheet.participant'));
  cell(doc, layout.organisation, top, tableHeaderHeight, t('attendance.sheet.organisation'));
  page.days.forEach((day, index) => {
    const date = translator.formatDate(`${day}T12:00:00Z`, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    cell(
      doc,
      layout.days[index]!,
      top,
      tableHeaderHeight,
      `${date}\n${t('attendance.sheet.signature')}`,
      'center',
    );
  });
  // Rows past the last participant stay blank, for people who attend without being on the list.
  for (let row = 0; row < page.count; row += 1) {
    const y = top + tableHeaderHeight + row * rowHeight;
    const participant = part.participants[page.first + row]!;
    doc.fillColor(ink).font('regular').fontSize(9);
    cell(doc, layout.number, y, rowHeight, String(page.first + row + 1), 'center');
    fitFontSize(doc, participant.name, layout.name.width - 8, rowHeight - 4, [10.5, 9, 8]);
    cell(doc, layout.name, y, rowHeight, participant.name);
    doc.fillColor(muted).fontSize(8.5);
    lines(doc, layout.organisation, y, rowHeight, participant.details);
  }
  const bottom = top + tableHeaderHeight + rows * rowHeight;
  doc.lineWidth(0.6).strokeColor(rule);
  for (let row = 0; row <= rows; row += 1) {
    const y = top + tableHeaderHeight + row * rowHeight;
    doc.moveTo(margin, y).lineTo(right, y);
  }
  for (const x of [...columns.map((column) => column.x), right]) doc.moveTo(x, top).lineTo(x, bottom);
  doc.rect(margin, top, right - margin, bottom - top).stroke();
}

/** The largest of `sizes` at which `text` fits, else the smallest: a name is a record, not cut short lightly. */
function fitFontSize(doc: Doc, text: string, width: number, room: number, sizes: readonly number[]): void {
  for (const size of sizes) {
    if (doc.fontSize(size).heightOfString(text, { width }) <= room) return;
  }
}

/** Text inside a cell, centred vertically, cut with an ellipsis when it cannot fit. */
function cell(doc: Doc, column: Column, top: number, height: number, text: string, align?: 'center'): void {
  const width = column.width - 8;
  const room = height - 4;
  const textHeight = Math.min(room, doc.heightOfString(text, { width }));
  const y = top + (height - textHeight) / 2;
  doc.text(text, column.x + 4, y, {
    width,
    height: room,
    ellipsis: true,
    align: align ?? 'left',
    lineGap: 0,
  });
}

/** One line each, centred vertically as a block: a long organisation never hides the country below it. */
function lines(doc: Doc, column: Column, top: number, height: number, texts: readonly string[]): void {
  const lineHeight = doc.currentLineHeight(true);
  const start = top + (height - texts.length * lineHeight) / 2;
  texts.forEach((text, index) => {
    doc.text(text, column.x + 4, start + index * lineHeight, {
      width: column.width - 8,
      height: lineHeight,
      ellipsis: true,
    });
  });
}

function drawFooter(
  doc: Doc,
  translator: Translator,
  layout: SheetLayout,
  page: number,
  pages: number,
): void {
  const { t } = translator;
  const inner = layout.width - 2 * margin;
  const line = layout.height - margin - 26;
  const trainerWidth = inner * 0.6;
  const dateX = margin + inner * 0.68;
  doc.lineWidth(0.8).strokeColor(ink);
  doc
    .moveTo(margin, line)
    .lineTo(margin + trainerWidth, line)
    .stroke();
  doc
    .moveTo(dateX, line)
    .lineTo(margin + inner, line)
    .stroke();
  doc.fillColor(ink).font('regular').fontSize(8.5);
  doc.text(t('attendance.sheet.trainerSignature'), margin, line + 3, { width: trainerWidth, height: 12 });
  doc.text(t('attendance.sheet.date'), dateX, line + 3, { width: margin + inner - dateX, height: 12 });
  doc.fillColor(muted).fontSize(8);
  doc.text(t('attendance.sheet.page', { page, pages }), margin, layout.height - margin - 8, {
    width: inner,
    height: 10,
    align: 'right',
  });
}
