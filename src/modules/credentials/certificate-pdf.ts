import PDFDocument from 'pdfkit';
import type { Translator } from '../../platform/i18n/index.js';
import { collectPdfBytes } from '../../platform/pdf/pdf-bytes.js';
import { loadPdfFonts } from '../../platform/pdf/pdf-fonts.js';
import { drawQrCode } from '../../platform/pdf/pdf-qr-code.js';
import { fitOneLine } from '../../platform/pdf/pdf-text-fit.js';
import {
  creditLine,
  defaultIssuerName,
  hoursLine,
  sessionDates,
  type CertificateCredit,
  type CertificateSession,
} from './certificate-pdf.format.js';

export type { CertificateCredit, CertificateSession } from './certificate-pdf.format.js';

export interface CertificateInput {
  /** The certificate's language: labels, dates and numbers. */
  readonly translator: Translator;
  readonly recipientName: string;
  readonly courseTitle: string;
  readonly providerName: string;
  readonly session: CertificateSession;
  readonly completedAt: string;
  readonly hours: number;
  readonly credits: readonly CertificateCredit[];
  /** The public verification page of this credential: the QR code's target, printed under it. */
  readonly verifyUrl: string;
  readonly credentialId: string;
  /** The signed Open Badges 3.0 credential (JSON-LD), embedded byte for byte as `credential.json`. */
  readonly credentialJson: string;
  /** The same credential as a VC-JWT, embedded as `credential.jwt` when given. */
  readonly credentialJwt?: string;
  /** Defaults to the JP-COOPS Training Network. */
  readonly issuerName?: string;
}

type Doc = PDFKit.PDFDocument;
/** A4 landscape, in points. */
const page = { width: 841.89, height: 595.28 } as const;
const frame = 24;
const side = 76;
const inner = page.width - 2 * side;
const qrSize = 104;
/** Where the QR code's caption starts: the statement above must end before it. */
const qrTop = page.height - frame - 42 - qrSize;
const bodyBottom = qrTop - 22;
const ink = '#111111';
const muted = '#444444';
const accent = '#1d3557';

/**
 * The printable certificate of one completed course: A4 landscape, in the recipient's language, with a
 * vector QR code to the public verification page and the signed credential embedded as a file
 * attachment, so that the paper, the PDF and the digital credential prove the same thing. All text is
 * real text in an embedded font covering Latin, Greek and Cyrillic, so every European name extracts.
 */
export async function renderCertificate(input: CertificateInput): Promise<Uint8Array> {
  const fonts = await loadPdfFonts();
  const { t, locale } = input.translator;
  const name = input.recipientName.normalize('NFC');
  const course = input.courseTitle.normalize('NFC');
  const issuer = (input.issuerName ?? defaultIssuerName).normalize('NFC');
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: locale,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: t('certificate.documentTitle', { course }),
      Author: issuer,
      Subject: t('certificate.subject', { name, course }),
      Keywords: `${t('certificate.title')}, Open Badges 3.0, ${input.credentialId}`,
      Creator: issuer,
    },
  });
  const bytes = collectPdfBytes(doc);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('italic', fonts.italic);
  doc.registerFont('bold', fonts.bold);
  attachCredential(doc, input);
  drawFrame(doc);
  drawBody(doc, input, { name, course, issuer });
  drawDetails(doc, input, issuer);
  drawVerification(doc, input);
  doc.end();
  return bytes;
}

/** pdfkit takes an `AFRelationship` option that its type declarations do not list. */
type AttachmentOptions = PDFKit.Mixins.PDFAttachmentOptions & { relationship?: string };

/**
 * The signed credential travels inside the PDF, as `Data` the certificate shows (PDF/A-3's associated
 * files). A Buffer, never a string: pdfkit would read a string as a file path.
 */
function attachCredential(doc: Doc, input: CertificateInput): void {
  const { t } = input.translator;
  const attach = (content: string, options: AttachmentOptions) =>
    doc.file(Buffer.from(content, 'utf8'), options);
  attach(input.credentialJson, {
    name: 'credential.json',
    type: 'application/ld+json',
    description: t('certificate.attachmentJson'),
    relationship: 'Data',
  });
  if (input.credentialJwt !== undefined) {
    attach(input.credentialJwt, {
      name: 'credential.jwt',
      type: 'application/jwt',
      description: t('certificate.attachmentJwt'),
      relationship: 'Data',
    });
  }
}

function drawFrame(doc: Doc): void {
  doc.lineWidth(2).strokeColor(accent);
  doc.rect(frame, frame, page.width - 2 * frame, page.height - 2 * frame).stroke();
  doc.lineWidth(0.6);
  doc.rect(frame + 6, frame + 6, page.width - 2 * frame - 12, page.height - 2 * frame - 12).stroke();
}

interface Names {
  readonly name: string;
  readonly course: string;
  readonly issuer: string;
}

interface Block {
  readonly text: string;
  readonly font: 'regular' | 'italic' | 'bold';
  readonly size: number;
  readonly color: string;
  /** Space above, in points at full size. */
  readonly gap: number;
  /** Names and titles are shown whole on one line when they can be; sentences wrap. */
  readonly oneLine?: boolean;
}

/** The centred statement, top to bottom: who completed what, with whom, when, hours and credits. */
function bodyBlocks(input: CertificateInput, names: Names): Block[] {
  const { translator } = input;
  const { t } = translator;
  const when = `${sessionDates(translator, input.session)} · ${hoursLine(translator, input.hours)}`;
  const provider = t('certificate.providedBy', { provider: input.providerName.normalize('NFC') });
  const blocks: Block[] = [
    { text: t('certificate.certifies'), font: 'italic', size: 12, color: muted, gap: 0 },
    { text: names.name, font: 'bold', size: 28, color: ink, gap: 6, oneLine: true },
    { text: t('certificate.completed'), font: 'italic', size: 12, color: muted, gap: 6 },
    { text: names.course, font: 'bold', size: 18, color: ink, gap: 6 },
    { text: provider, font: 'regular', size: 12, color: ink, gap: 6 },
    { text: when, font: 'regular', size: 12, color: ink, gap: 2 },
  ];
  if (input.credits.length > 0) {
    blocks.push({ text: t('certificate.credits'), font: 'bold', size: 10.5, color: accent, gap: 12 });
    for (const credit of input.credits) {
      blocks.push({ text: creditLine(translator, credit), font: 'regular', size: 11, color: ink, gap: 1 });
    }
  }
  return blocks;
}

/** The size a block is drawn at, at `scale`: a long name shrinks further until it fits one line. */
function blockSize(doc: Doc, block: Block, scale: number): number {
  const size = block.size * scale;
  if (!block.oneLine) return size;
  doc.font(block.font);
  return fitOneLine(doc, block.text, inner, [size, size * 0.85, size * 0.72, size * 0.6]);
}

function blocksHeight(doc: Doc, blocks: readonly Block[], scale: number): number {
  return blocks.reduce((height, block) => {
    const size = blockSize(doc, block, scale);
    doc.font(block.font).fontSize(size);
    return height + block.gap * scale + doc.heightOfString(block.text, { width: inner, align: 'center' });
  }, 0);
}

/**
 * The heading (issuer, title, rule), then the statement, scaled down as a whole when long names, titles
 * or many credits would otherwise run into the details and QR code below: the page stays one page.
 */
function drawBody(doc: Doc, input: CertificateInput, names: Names): void {
  const { t } = input.translator;
  const centred = { width: inner, align: 'center' } as const;
  doc.fillColor(muted).font('regular').fontSize(11).text(names.issuer, side, 62, centred);
  doc.fillColor(accent).font('bold').fontSize(30).text(t('certificate.title'), side, 80, centred);
  const ruleY = doc.y + 6;
  doc
    .lineWidth(0.8)
    .strokeColor(accent)
    .moveTo(page.width / 2 - 60, ruleY)
    .lineTo(page.width / 2 + 60, ruleY)
    .stroke();
  const top = ruleY + 14;
  const blocks = bodyBlocks(input, names);
  const scale =
    [1, 0.92, 0.84, 0.76, 0.68, 0.6].find(
      (candidate) => top + blocksHeight(doc, blocks, candidate) <= bodyBottom,
    ) ?? 0.6;
  let y = top;
  for (const block of blocks) {
    const size = blockSize(doc, block, scale);
    doc.font(block.font).fontSize(size).fillColor(block.color);
    doc.text(block.text, side, y + block.gap * scale, centred);
    y = doc.y;
  }
}

/** Bottom left: completion date, issuer and credential id, as label and value pairs. */
function drawDetails(doc: Doc, input: CertificateInput, issuer: string): void {
  const { t, formatDate } = input.translator;
  const completed = formatDate(input.completedAt, { dateStyle: 'long', timeZone: input.session.timeZone });
  const fields = [
    [t('certificate.completedOn'), completed],
    [t('certificate.issuedBy'), issuer],
    [t('certificate.credentialId'), input.credentialId],
  ] as const;
  const labelWidth = 150;
  const valueWidth = 320;
  let y = page.height - frame - 130;
  doc
    .lineWidth(0.5)
    .strokeColor(muted)
    .moveTo(side, y - 10)
    .lineTo(side + labelWidth + valueWidth, y - 10)
    .stroke();
  for (const [label, value] of fields) {
    doc.fillColor(muted).font('regular').fontSize(9.5).text(label, side, y, { width: labelWidth });
    doc
      .fillColor(ink)
      .font('bold')
      .fontSize(9.5)
      .text(value, side + labelWidth, y, { width: valueWidth });
    y = doc.y + 4;
  }
  doc
    .fillColor(muted)
    .font('regular')
    .fontSize(8.5)
    .text(t('certificate.verifyHelp'), side, y + 6, { width: labelWidth + valueWidth });
}

/** Bottom right: the QR code, a link on it, and the address printed whole for those who type it. */
function drawVerification(doc: Doc, input: CertificateInput): void {
  const { t } = input.translator;
  const right = page.width - side + 8;
  const qrX = right - qrSize;
  const qrY = qrTop;
  doc.fillColor(accent).font('bold').fontSize(9.5);
  doc.text(t('certificate.verify'), qrX - 140, qrY - 12, { width: qrSize + 132, align: 'right' });
  drawQrCode(doc, input.verifyUrl, { x: qrX, y: qrY, size: qrSize });
  doc.link(qrX, qrY, qrSize, qrSize, input.verifyUrl);
  const urlWidth = inner;
  doc.fillColor(ink).font('regular').fontSize(7.5);
  doc.text(input.verifyUrl, right - 8 - urlWidth, qrY + qrSize + 2, {
    width: urlWidth,
    align: 'right',
    link: input.verifyUrl,
  });
}
