import { writeFile } from 'node:fs/promises';
import jsQRModule from 'jsqr';
import { describe, expect, it } from 'vitest';
import { createTranslators, loadCatalog, type Locale } from '../../platform/i18n/index.js';
import { extractPdfAttachments, renderPdfPage } from '../../platform/pdf/pdf-render.test-kit.js';
import { extractPdfText, type PdfText } from '../../platform/pdf/pdf-text.test-kit.js';
import { renderCertificate, type CertificateInput } from './certificate-pdf.js';

const translators = createTranslators(loadCatalog());
/** jsQR is CommonJS with a `default` property: Node's ESM import yields the module object's function. */
const jsQR = jsQRModule.default;

/** Names in the scripts and diacritics of EU languages, Greek and Bulgarian Cyrillic included. */
const names = ['Ștefan Țîrcă', 'Łukasz Żółć', 'Αικατερίνη Παπαδοπούλου', 'Зоя Петрова'];
const credentialId = 'urn:uuid:6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
const verifyUrl =
  'https://training.jp-coops.example/en/verify?credential=6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
/** Signed JSON as the issuer wrote it: the attachment must keep every byte, spacing and non-ASCII. */
const credentialJson = `${JSON.stringify(
  {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    credentialSubject: {
      name: 'Ștefan Țîrcă',
      achievement: { name: 'Cooperarea judiciară în materie penală' },
    },
    proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofValue: 'z3FXQjecWufY46…' },
  },
  null,
  2,
)}\n`;

function certificate(overrides: Partial<CertificateInput> & { locale?: Locale } = {}): CertificateInput {
  return {
    translator: translators(overrides.locale ?? 'en'),
    recipientName: 'Ștefan Țîrcă',
    courseTitle: 'The European Investigation Order in practice',
    providerName: 'Institutul Național al Magistraturii',
    session: {
      startsAt: '2027-03-03T07:00:00Z',
      endsAt: '2027-03-05T15:00:00Z',
      timeZone: 'Europe/Bucharest',
    },
    completedAt: '2027-03-05T15:30:00Z',
    hours: 24,
    credits: [
      { system: 'ECTS', amount: 1.5, awardingBody: 'Università di Bologna' },
      { system: 'UFC', amount: 3, awardingBody: 'Scuola Superiore della Magistratura' },
    ],
    verifyUrl,
    credentialId,
    credentialJson,
    ...overrides,
  };
}

/** The page's text, with the thin and no-break spaces of dates and numbers as plain spaces. */
const textOf = (text: PdfText) =>
  text.pages
    .flatMap((page) => page.runs)
    .join('\n')
    .replace(/[\u00a0\u2009\u202f]/g, ' ');

/** Decodes the QR code of a rendered certificate page, as a phone's camera would from the PDF. */
async function decodeQrCode(bytes: Uint8Array, snapshot: string): Promise<string | undefined> {
  const page = await renderPdfPage(bytes, 1, 2);
  if (process.env.PDF_SNAPSHOT_DIR) {
    await writeFile(`${process.env.PDF_SNAPSHOT_DIR}/${snapshot}.png`, page.png());
  }
  return jsQR(page.rgba, page.width, page.height)?.data;
}

describe('the certificate PDF', () => {
  it.each(names)('holds the name %s as selectable text, exactly as given', async (name) => {
    const text = await extractPdfText(await renderCertificate(certificate({ recipientName: name })));
    expect(text.pages).toHaveLength(1);
    expect(text.pages[0]!.runs).toContain(name);
  });

  it('is one A4 landscape page in English with the course, provider, dates, hours and credits', async () => {
    const text = await extractPdfText(await renderCertificate(certificate()));
    const [page] = text.pages;
    expect([Math.round(page!.width), Math.round(page!.height)]).toEqual([842, 595]);
    const all = textOf(text);
    for (const expected of [
      'Certificate of completion',
      'The European Investigation Order in practice',
      'provided by Institutul Național al Magistraturii',
      'March 3 – 5, 2027 · 24 hours of training',
      '1.5 ECTS, awarded by Università di Bologna',
      '3 UFC, awarded by Scuola Superiore della Magistratura',
      'Date of completion',
      'March 5, 2027',
      'JP-COOPS Training Network',
      credentialId,
      verifyUrl,
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('keeps long names, titles and many credits whole on one page, QR code still readable', async () => {
    const longUrl = `${verifyUrl}&share=Zk9vYmFyYmF6cXV4MTIzNDU2Nzg5MEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZX`;
    const input = certificate({
      locale: 'de',
      recipientName: 'Maria-Magdalena Constantinescu-Vădeanu de la Brâncoveanu și Hohenzollern-Sigmaringen',
      courseTitle:
        'Grenzüberschreitende justizielle Zusammenarbeit in Strafsachen: Europäischer Haftbefehl, Europäische Ermittlungsanordnung und gegenseitige Anerkennung von Einziehungsentscheidungen',
      credits: [
        ...certificate().credits,
        { system: 'ECTS', amount: 1, awardingBody: 'European Law Institute' },
        { system: 'ECTS', amount: 2, awardingBody: 'Rheinische Friedrich-Wilhelms-Universität Bonn' },
      ],
      verifyUrl: longUrl,
    });
    const bytes = await renderCertificate(input);
    const text = await extractPdfText(bytes);
    expect(text.pages).toHaveLength(1);
    expect(text.pages[0]!.runs).toContain(input.recipientName);
    expect(textOf(text)).toContain('2 ECTS, anerkannt durch Rheinische Friedrich-Wilhelms-Universität Bonn');
    expect(textOf(text)).toContain(longUrl);
    expect(await decodeQrCode(bytes, 'certificate-long-de')).toBe(longUrl);
  });

  it('speaks the recipient’s language: Italian labels, dates and decimal comma', async () => {
    const text = await extractPdfText(
      await renderCertificate(certificate({ locale: 'it', recipientName: 'Αικατερίνη Παπαδοπούλου' })),
    );
    const all = textOf(text);
    for (const expected of [
      'Attestato di completamento',
      'Αικατερίνη Παπαδοπούλου',
      'The European Investigation Order in practice',
      '05 marzo 2027 · 24 ore di formazione',
      '1,5 ECTS, riconosciuti da Università di Bologna',
      'Data di completamento',
    ]) {
      expect(all).toContain(expected);
    }
    expect(all).not.toContain('Certificate of completion');
    expect(text.info).toMatchObject({
      Title: 'Attestato di completamento: The European Investigation Order in practice',
      Author: 'JP-COOPS Training Network',
      Subject:
        'Αικατερίνη Παπαδοπούλου ha completato il corso di formazione The European Investigation Order in practice',
      Language: 'it',
    });
  });

  it('dates a session in its own time zone, one date for a one-day session, and one hour in the singular', async () => {
    // 23:30 UTC on 9 May is already 10 May in Athens.
    const session = {
      startsAt: '2027-05-09T23:30:00Z',
      endsAt: '2027-05-10T14:00:00Z',
      timeZone: 'Europe/Athens',
    };
    const text = textOf(
      await extractPdfText(await renderCertificate(certificate({ session, hours: 1, credits: [] }))),
    );
    expect(text).toContain('May 10, 2027 · 1 hour of training');
    expect(text).not.toContain('Credits');
  });

  it('embeds the signed credential byte for byte as credential.json, and the JWT when given', async () => {
    const jwt = 'eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2lnbmF0dXJl';
    const attachments = await extractPdfAttachments(
      await renderCertificate(certificate({ credentialJwt: jwt })),
    );
    expect(attachments.map((file) => file.filename).sort()).toEqual(['credential.json', 'credential.jwt']);
    const json = attachments.find((file) => file.filename === 'credential.json')!;
    expect(Buffer.from(json.content).equals(Buffer.from(credentialJson, 'utf8'))).toBe(true);
    expect(json.description).toBe('Signed digital credential, Open Badges 3.0 (JSON-LD)');
    const token = attachments.find((file) => file.filename === 'credential.jwt')!;
    expect(new TextDecoder().decode(token.content)).toBe(jwt);
    const withoutJwt = await extractPdfAttachments(await renderCertificate(certificate()));
    expect(withoutJwt.map((file) => file.filename)).toEqual(['credential.json']);
  });

  it('declares the attachment as the application/ld+json data of the document', async () => {
    const pdf = Buffer.from(await renderCertificate(certificate())).toString('latin1');
    expect(pdf).toMatch(/\/Subtype \/application#2Fld\+json/);
    expect(pdf).toMatch(/\/AFRelationship \/Data/);
    // The QR code is vector drawing, not a bitmap: sharp in print and at any zoom.
    expect(pdf).not.toMatch(/\/Subtype \/Image/);
  });

  it('draws a QR code that decodes to the verification URL', async () => {
    expect(await decodeQrCode(await renderCertificate(certificate()), 'certificate-en')).toBe(verifyUrl);
  });

  it('draws the QR code of whichever URL it is given', async () => {
    const other =
      'https://training.jp-coops.example/ro/verify?credential=00000000-0000-4000-8000-000000000000';
    const bytes = await renderCertificate(certificate({ verifyUrl: other, locale: 'ro' }));
    expect(await decodeQrCode(bytes, 'certificate-ro')).toBe(other);
    expect(textOf(await extractPdfText(bytes))).toContain(other);
  });
});
