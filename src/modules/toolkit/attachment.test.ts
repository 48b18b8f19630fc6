import PDFDocument from 'pdfkit';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { collectPdfBytes } from '../../platform/pdf/pdf-bytes.js';
import { multipartBody } from '../organisations/organisations.test-kit.js';
import { attachmentDirectory } from './attachment-store.js';
import {
  callApi,
  contributeViaApi,
  contributionBody,
  memberOf,
  person,
  seedPartner,
  type Person,
} from './contribution.test-kit.js';

/** A one-page PDF whose text a reader (and our extraction) finds. */
async function pdfWith(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const bytes = collectPdfBytes(doc);
  doc.fontSize(14).text(text);
  doc.end();
  return Buffer.from(await bytes);
}

/** What a Windows program starts with: "MZ", then the PE header the DOS stub points at. */
function windowsExecutable(): Buffer {
  const bytes = Buffer.alloc(1024);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  bytes.writeUInt16LE(0x14c, 0x84);
  return bytes;
}

describe('attachments of toolkit resources', () => {
  let t: TestApp;
  let partnerId: string;
  let member: Person;
  let reviewer: Person;

  const upload = (who: Person | undefined, resourceId: string, filename: string, content: Buffer) => {
    const body = multipartBody({}, { name: 'file', filename, contentType: 'application/pdf', content });
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/resources/${resourceId}/attachments`,
      headers: { ...(who?.headers ?? {}), 'content-type': body.contentType },
      payload: body.payload,
    });
  };
  const storedFiles = async () =>
    (await fs.readdir(attachmentDirectory(t.deps.config.dataDir)).catch(() => [] as string[])).sort();

  beforeAll(async () => {
    t = await createTestApp();
    partnerId = await seedPartner(t);
    member = await memberOf(t, partnerId);
    reviewer = await person(t, [{ role: 'coordinator' }]);
  });
  afterAll(async () => t.close());

  it('stores a PDF outside the web root, extracts its text, and makes it searchable once published', async () => {
    const id = await contributeViaApi(t, member, contributionBody(partnerId));
    const pdf = await pdfWith('Checklist for the xylographic assessment of inmates');
    const response = await upload(member, id, 'checklist.pdf', pdf);
    expect(response.statusCode, response.body).toBe(201);
    const attachment = response.json<{
      id: string;
      mediaType: string;
      byteSize: number;
      hasExtractedText: boolean;
      url: string;
    }>();
    expect(attachment).toMatchObject({
      mediaType: 'application/pdf',
      byteSize: pdf.length,
      hasExtractedText: true,
    });
    expect(attachment.url).toBe(`http://localhost:3000/toolkit/files/${attachment.id}`);
    const row = await t.deps.db
      .selectFrom('toolkit_attachment')
      .selectAll()
      .where('id', '=', attachment.id)
      .executeTakeFirstOrThrow();
    expect(row.extracted_text).toContain('xylographic assessment');
    expect(row.storage_key).toMatch(/^[a-f0-9]{32}$/);
    expect(await fs.readFile(path.join(attachmentDirectory(t.deps.config.dataDir), row.storage_key))).toEqual(
      pdf,
    );
    expect(await storedFiles()).toEqual([row.storage_key]);

    // Before publication: the contributor and reviewers download it, visitors do not see it exists.
    expect((await t.app.inject({ url: `/toolkit/files/${attachment.id}` })).statusCode).toBe(404);
    const own = await t.app.inject({
      url: `/toolkit/files/${attachment.id}`,
      headers: { cookie: member.cookie },
    });
    expect(own.statusCode).toBe(200);
    const search = async () =>
      (await t.deps.search.search({ text: 'xylographic', kinds: ['toolkit-resource'] })).hits;
    expect(await search()).toEqual([]);

    await callApi(t, member, 'POST', `/api/v1/resources/${id}/submit`);
    await callApi(t, reviewer, 'POST', `/api/v1/resources/${id}/reviews`, {
      decision: 'approve',
      evidence: 'inspiring',
    });
    expect((await search()).map((hit) => hit.id.split(':')[0])).toEqual([id]);

    const download = await t.app.inject({ url: `/toolkit/files/${attachment.id}` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload).toEqual(pdf);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="checklist.pdf"; filename*=UTF-8''checklist.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
  });

  it('refuses a program renamed .pdf, naming the file, and keeps nothing of it', async () => {
    const id = await contributeViaApi(t, member, contributionBody(partnerId));
    const before = await storedFiles();
    const response = await upload(member, id, 'handbook.pdf', windowsExecutable());
    expect(response.statusCode).toBe(415);
    expect(response.json<{ code: string; detail: string }>()).toMatchObject({
      code: 'unsupported-media-type',
    });
    expect(response.body).toContain('handbook.pdf');
    expect(await storedFiles()).toEqual(before);
    expect(
      await t.deps.db.selectFrom('toolkit_attachment').select('id').where('resource_id', '=', id).execute(),
    ).toEqual([]);
  });

  it('refuses a file over 50 MB', async () => {
    const id = await contributeViaApi(t, member, contributionBody(partnerId));
    const pdf = await pdfWith('Large');
    const large = Buffer.concat([pdf, Buffer.alloc(50 * 1024 * 1024 + 1 - pdf.length)]);
    const response = await upload(member, id, 'video-lecture.pdf', large);
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('video-lecture.pdf');
    expect(
      await t.deps.db.selectFrom('toolkit_attachment').select('id').where('resource_id', '=', id).execute(),
    ).toEqual([]);
    expect((await storedFiles()).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('refuses others, unknown resources, submitted ones and a request without a file', async () => {
    const id = await contributeViaApi(t, member, contributionBody(partnerId));
    const pdf = await pdfWith('Anything');
    expect((await upload(undefined, id, 'a.pdf', pdf)).statusCode).toBe(401);
    expect((await upload(await memberOf(t, partnerId), id, 'a.pdf', pdf)).statusCode).toBe(404);
    expect((await upload(reviewer, id, 'a.pdf', pdf)).statusCode).toBe(403);
    expect((await upload(member, '019a0000-0000-7000-8000-000000000000', 'a.pdf', pdf)).statusCode).toBe(404);
    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/v1/resources/${id}/attachments`,
      headers: { ...member.headers, 'content-type': 'application/json' },
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
    await callApi(t, member, 'POST', `/api/v1/resources/${id}/submit`);
    expect((await upload(member, id, 'a.pdf', pdf)).statusCode).toBe(409);
    expect(
      (await t.app.inject({ url: '/toolkit/files/019a0000-0000-7000-8000-000000000000' })).statusCode,
    ).toBe(404);
  });
});
