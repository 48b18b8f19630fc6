import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createMailer, MailDeliveryError, outboxDirectory } from './index.js';
import type { Mailer, MailMessage } from './index.js';
import { decodeHeader, leafParts, rawHeaderBlock, readMime } from '../../../test/mime-reader.js';
import type { MimePart } from '../../../test/mime-reader.js';
import { findClosedPort, startSmtpCapture } from '../../../test/smtp-capture.js';
import type { SmtpCapture } from '../../../test/smtp-capture.js';

const from = 'JP-COOPS Training Network <no-reply@jpcoops.test>';
const calendar = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//JP-COOPS//EN\r\nEND:VCALENDAR\r\n';
const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0xfe]);

const invitation: MailMessage = {
  to: ['Ștefan Țîrcă <stefan.tirca@example.ro>', 'Łukasz Żółć <lukasz.zolc@example.pl>'],
  subject: 'Sesiune confirmată — Ștefan Țîrcă, Łukasz Żółć, préfet de région',
  text: 'Bună ziua, Ștefan!\nÎnscrierea dumneavoastră a fost confirmată.',
  html: '<p>Bună ziua, <strong>Ștefan</strong>!</p>',
  replyTo: 'Secrétariat Préfecture <secretariat@example.fr>',
  attachments: [
    { filename: 'session.ics', content: calendar, contentType: 'text/calendar; method=REQUEST' },
    { filename: 'programme.pdf', content: pdf, contentType: 'application/pdf' },
  ],
};

/** Fragments of the message that must never reach a log line. */
const personalData = [
  'stefan.tirca',
  'lukasz.zolc',
  'example.ro',
  'secretariat@',
  'Sesiune',
  'Ștefan',
  'Bună',
];

function captureLogs() {
  const lines: string[] = [];
  const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
  const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, output: () => lines.join(''), records };
}

function header(part: MimePart, name: string): string {
  return decodeHeader(part.headers.get(name) ?? '');
}

function expectInvitationContent(raw: string): void {
  expect(rawHeaderBlock(raw)).toMatch(/^[\x20-\x7e\r\n\t]*$/);
  const mail = readMime(raw);
  expect(header(mail, 'subject')).toBe(invitation.subject);
  expect(header(mail, 'to')).toBe(
    'Ștefan Țîrcă <stefan.tirca@example.ro>, Łukasz Żółć <lukasz.zolc@example.pl>',
  );
  expect(header(mail, 'reply-to')).toBe('Secrétariat Préfecture <secretariat@example.fr>');
  expect(header(mail, 'from')).toBe('"JP-COOPS Training Network" <no-reply@jpcoops.test>');
  const [text, html, ics, attachedPdf] = leafParts(mail);
  expect(text?.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/i);
  expect(text?.body.toString('utf8')).toBe(invitation.text);
  expect(html?.body.toString('utf8')).toBe(invitation.html);
  expect(ics?.headers.get('content-type')).toMatch(/^text\/calendar; method=REQUEST/);
  expect(ics?.headers.get('content-disposition')).toMatch(/^attachment; filename="?session\.ics"?$/);
  expect(ics?.body.toString('utf8')).toBe(calendar);
  expect(attachedPdf?.headers.get('content-type')).toMatch(/^application\/pdf/);
  expect(attachedPdf?.body.equals(pdf)).toBe(true);
}

describe('mailer over SMTP', () => {
  let capture: SmtpCapture;
  let mailer: Mailer;
  const logs = captureLogs();

  beforeAll(async () => {
    capture = await startSmtpCapture({ rejectRecipients: /^unknown@/ });
    mailer = createMailer({ smtpUrl: capture.url, from, dataDir: os.tmpdir(), logger: logs.logger });
  });

  afterAll(async () => {
    await mailer.close();
    await capture.close();
  });

  it('delivers to the envelope recipients with encoded non-ASCII names, subject, bodies and attachments', async () => {
    const sent = await mailer.send(invitation);

    expect(sent.delivery).toBe('smtp');
    expect(sent.file).toBeUndefined();
    expect(sent.messageId).toMatch(/^<.+@jpcoops\.test>$/);
    const received = capture.messages.find((message) => message.raw.includes(sent.messageId));
    expect(received?.from).toBe('no-reply@jpcoops.test');
    expect(received?.to).toEqual(['stefan.tirca@example.ro', 'lukasz.zolc@example.pl']);
    expectInvitationContent(received?.raw ?? '');
  });

  it('logs the message id and recipient count, never addresses, subject or body', async () => {
    const sent = await mailer.send(invitation);

    expect(logs.records()).toContainEqual(
      expect.objectContaining({
        msg: 'mail sent',
        messageId: sent.messageId,
        delivery: 'smtp',
        recipients: 2,
      }),
    );
    for (const fragment of personalData) expect(logs.output()).not.toContain(fragment);
  });

  it('keeps a line break in the subject from adding a header', async () => {
    const sent = await mailer.send({
      to: 'ana@example.it',
      subject: 'Hello\r\nBcc: intruder@example.com',
      text: 'Hi',
    });

    const received = capture.messages.find((message) => message.raw.includes(sent.messageId));
    expect(received?.to).toEqual(['ana@example.it']);
    expect(rawHeaderBlock(received?.raw ?? '')).not.toMatch(/^Bcc:/im);
  });

  it('sends to the accepted recipients and logs how many were rejected', async () => {
    const sent = await mailer.send({
      to: ['unknown@example.org', 'ana@example.it'],
      subject: 'S',
      text: 'T',
    });

    const received = capture.messages.find((message) => message.raw.includes(sent.messageId));
    expect(received?.to).toEqual(['ana@example.it']);
    expect(logs.records()).toContainEqual(
      expect.objectContaining({ messageId: sent.messageId, recipients: 2, rejected: 1 }),
    );
  });

  it('rejects with a permanent error that names no address when every recipient is refused', async () => {
    const failure = mailer.send({ to: 'unknown@example.org', subject: 'S', text: 'T' });

    await expect(failure).rejects.toBeInstanceOf(MailDeliveryError);
    await expect(failure).rejects.toMatchObject({ code: 'EENVELOPE', responseCode: 550, retryable: false });
    await expect(failure).rejects.not.toThrow(/unknown@/);
  });
});

describe('mailer without an SMTP URL', () => {
  let dataDir: string;
  let mailer: Mailer;
  const logs = captureLogs();

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'jpcoops-mail-'));
    mailer = createMailer({ from, dataDir, logger: logs.logger });
  });

  afterAll(async () => {
    await mailer.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('writes the full message as an .eml file to the outbox folder, creating it', async () => {
    const sent = await mailer.send(invitation);

    expect(mailer.delivery).toBe('outbox');
    expect(sent.delivery).toBe('outbox');
    expect(path.dirname(sent.file ?? '')).toBe(outboxDirectory(dataDir));
    expect(path.basename(sent.file ?? '')).toMatch(/^\d{8}T\d{9}Z-[A-Za-z0-9-]+\.eml$/);
    expect(await fs.readdir(outboxDirectory(dataDir))).toEqual([path.basename(sent.file ?? '')]);
    expect(((await fs.stat(sent.file ?? '')).mode & 0o777).toString(8)).toBe('600');
    const raw = await fs.readFile(sent.file ?? '', 'utf8');
    expect(raw).not.toContain('\r\n');
    expect(readMime(raw).headers.get('message-id')).toBe(sent.messageId);
    expectInvitationContent(raw);
  });

  it('logs the file and message id, never addresses, subject or body', async () => {
    const sent = await mailer.send(invitation);

    expect(logs.records()).toContainEqual(
      expect.objectContaining({
        msg: 'mail written to outbox',
        messageId: sent.messageId,
        delivery: 'outbox',
        file: sent.file,
        recipients: 2,
      }),
    );
    for (const fragment of personalData) expect(logs.output()).not.toContain(fragment);
  });

  it('refuses a message without recipients', async () => {
    await expect(mailer.send({ to: [], subject: 'S', text: 'T' })).rejects.toThrow(/at least one recipient/);
  });
});

describe('mailer with an unreachable SMTP server', () => {
  it('rejects with a retryable connection error, without logging the credentials', async () => {
    const port = await findClosedPort();
    const logs = captureLogs();
    const mailer = createMailer({
      smtpUrl: `smtp://mailer:s3cret-pass@127.0.0.1:${port}`,
      from,
      dataDir: os.tmpdir(),
      logger: logs.logger,
      connectionTimeout: 1000,
    });
    const started = Date.now();

    const failure = mailer.send({ to: 'ana@example.it', subject: 'S', text: 'T' });

    await expect(failure).rejects.toMatchObject({ name: 'MailDeliveryError', retryable: true });
    await expect(failure).rejects.toThrow(/ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(5000);
    await mailer.close();
    await expect(mailer.send({ to: 'ana@example.it', subject: 'S', text: 'T' })).rejects.toThrow(/closed/);
    expect(logs.output()).not.toContain('s3cret');
  });
});
