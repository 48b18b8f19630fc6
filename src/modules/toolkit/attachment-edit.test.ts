import PDFDocument from 'pdfkit';
import fs from 'node:fs/promises';
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
  postForm,
  seedPartner,
  type Person,
} from './contribution.test-kit.js';

async function pdfWith(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const bytes = collectPdfBytes(doc);
  doc.fontSize(14).text(text);
  doc.end();
  return Buffer.from(await bytes);
}

interface FileView {
  id: string;
  fileName: string;
  pendingChange: 'add' | 'remove' | null;
}

describe('files of published toolkit resources, changed through review', () => {
  let t: TestApp;
  let partnerId: string;
  let member: Person;
  let reviewer: Person;

  const upload = async (who: Person | undefined, resourceId: string, filename: string, content: Buffer) => {
    const body = multipartBody({}, { name: 'file', filename, contentType: 'application/pdf', content });
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/resources/${resourceId}/attachments`,
      headers: { ...(who?.headers ?? {}), 'content-type': body.contentType },
      payload: body.payload,
    });
  };
  const remove = (who: Person | undefined, resourceId: string, attachmentId: string) =>
    t.app.inject({
      method: 'DELETE',
      url: `/api/v1/resources/${resourceId}/attachments/${attachmentId}`,
      headers: who?.headers ?? {},
    });
  const download = (id: string, who?: Person) =>
    t.app.inject({ url: `/toolkit/files/${id}`, headers: who ? { cookie: who.cookie } : {} });
  const found = async (word: string) =>
    (await t.deps.search.search({ text: word, kinds: ['toolkit-resource'] })).hits.map(
      (hit) => hit.id.split(':')[0],
    );
  const publicPage = async (id: string) => (await t.app.inject({ url: `/en/toolkit/resources/${id}` })).body;
  const approve = async (id: string) => {
    await callApi(t, member, 'POST', `/api/v1/resources/${id}/submit`);
    const response = await callApi(t, reviewer, 'POST', `/api/v1/resources/${id}/reviews`, {
      decision: 'approve',
      evidence: 'evaluated',
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ version: number; editStatus: string | null; attachments: FileView[] }>();
  };
  /** A published resource (version 1), with a PDF attached before its publication when told. */
  const published = async (text?: string) => {
    const id = await contributeViaApi(t, member, contributionBody(partnerId));
    const fileId = text
      ? (await upload(member, id, 'first.pdf', await pdfWith(text))).json<{ id: string }>().id
      : undefined;
    await approve(id);
    return { id, fileId };
  };

  beforeAll(async () => {
    t = await createTestApp();
    partnerId = await seedPartner(t);
    member = await memberOf(t, partnerId);
    reviewer = await person(t, [{ role: 'coordinator' }]);
  });
  afterAll(async () => t.close());

  it('adds a file to a published resource: private and unsearched until the edit is approved', async () => {
    const { id } = await published();
    const response = await upload(member, id, 'protocol.pdf', await pdfWith('Quokkaform interview protocol'));
    expect(response.statusCode, response.body).toBe(201);
    const file = response.json<FileView>();
    expect(file.pendingChange).toBe('add');

    expect((await download(file.id)).statusCode).toBe(404);
    expect((await download(file.id, member)).statusCode).toBe(200);
    expect((await download(file.id, reviewer)).statusCode).toBe(200);
    expect(await found('quokkaform')).toEqual([]);
    expect(await publicPage(id)).not.toContain('protocol.pdf');
    const edit = await t.app.inject({
      url: `/en/toolkit/resources/${id}/edit`,
      headers: { cookie: member.cookie },
    });
    expect(edit.body).toContain('protocol.pdf');
    expect(edit.body).toContain('added by the edit');
    // The reviewer sees the file among the edit's changes.
    const reviewed = await t.app.inject({
      url: `/en/toolkit/resources/${id}/edit`,
      headers: { cookie: reviewer.cookie },
    });
    expect(reviewed.body).toMatch(/<ins><span class="visually-hidden">added: <\/span>protocol\.pdf/);
    expect(reviewed.body).not.toContain('No changes');

    const decided = await approve(id);
    expect(decided.version).toBe(2);
    expect(decided.editStatus).toBeNull();
    expect(decided.attachments).toEqual([expect.objectContaining({ id: file.id, pendingChange: null })]);
    expect(await publicPage(id)).toContain('protocol.pdf');
    const publicDownload = await download(file.id);
    expect(publicDownload.statusCode).toBe(200);
    expect(publicDownload.body).toContain('%PDF');
    expect(await found('quokkaform')).toEqual([id]);
  });

  it('removes a file of a published resource through the pages: public until approved, then gone', async () => {
    const { id, fileId } = await published('Wombatish mentoring guide');
    const storageKey = (
      await t.deps.db
        .selectFrom('toolkit_attachment')
        .select('storage_key')
        .where('id', '=', fileId!)
        .executeTakeFirstOrThrow()
    ).storage_key;
    const editUrl = `/en/toolkit/resources/${id}/edit`;
    const removed = await postForm(
      t,
      member.cookie,
      editUrl,
      `/en/toolkit/resources/${id}/attachments/${fileId}/remove`,
      [],
    );
    expect(removed.statusCode).toBe(303);
    expect(removed.headers.location).toBe(`${editUrl}?done=removed`);
    const editPage = (await t.app.inject({ url: editUrl, headers: { cookie: member.cookie } })).body;
    expect(editPage).toContain('removed by the edit');

    expect((await download(fileId!)).statusCode).toBe(200);
    expect(await publicPage(id)).toContain('first.pdf');
    expect(await found('wombatish')).toEqual([id]);

    const submitted = await postForm(t, member.cookie, editUrl, `/en/toolkit/resources/${id}/submit`, []);
    expect(submitted.statusCode).toBe(303);
    const decided = await callApi(t, reviewer, 'POST', `/api/v1/resources/${id}/reviews`, {
      decision: 'approve',
      evidence: 'evaluated',
    });
    expect(decided.statusCode).toBe(200);
    expect((await download(fileId!)).statusCode).toBe(404);
    expect(await publicPage(id)).not.toContain('first.pdf');
    expect(await found('wombatish')).toEqual([]);
    const onDisk = await fs.readdir(attachmentDirectory(t.deps.config.dataDir));
    expect(onDisk).not.toContain(storageKey);
  });

  it('removes through the API, and a rejected edit leaves the published files as they were', async () => {
    const { id, fileId } = await published('Capybaric case notes');
    const added = (await upload(member, id, 'extra.pdf', await pdfWith('Axolotlish annex'))).json<FileView>();
    const response = await remove(member, id, fileId!);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ editStatus: string; attachments: FileView[] }>()).toMatchObject({
      editStatus: 'draft',
      attachments: [
        { id: fileId, pendingChange: 'remove' },
        { id: added.id, pendingChange: 'add' },
      ],
    });
    await callApi(t, member, 'POST', `/api/v1/resources/${id}/submit`);
    const rejected = await callApi(t, reviewer, 'POST', `/api/v1/resources/${id}/reviews`, {
      decision: 'reject',
      comment: 'The annex is not ours to publish.',
    });
    expect(rejected.statusCode).toBe(200);
    expect((await download(fileId!)).statusCode).toBe(200);
    expect((await download(added.id)).statusCode).toBe(404);
    expect(await found('capybaric')).toEqual([id]);
    expect(await found('axolotlish')).toEqual([]);
  });

  it('drops at once a file the pending edit added, and removes a draft’s file at once', async () => {
    const { id } = await published();
    const added = (await upload(member, id, 'draft.pdf', await pdfWith('Pangolinic draft'))).json<FileView>();
    const response = await remove(member, id, added.id);
    expect(response.json<{ attachments: FileView[] }>().attachments).toEqual([]);
    expect((await download(added.id, member)).statusCode).toBe(404);

    const draft = await contributeViaApi(t, member, contributionBody(partnerId));
    const file = (await upload(member, draft, 'a.pdf', await pdfWith('Narwhalese'))).json<FileView>();
    expect((await remove(member, draft, file.id)).statusCode).toBe(200);
    expect((await download(file.id, member)).statusCode).toBe(404);
  });

  it('keeps others out as for any change of a contribution, and waits while an edit is reviewed', async () => {
    const { id, fileId } = await published('Anything at all');
    const pdf = await pdfWith('Other');
    const stranger = await memberOf(t, partnerId);
    expect((await upload(undefined, id, 'a.pdf', pdf)).statusCode).toBe(401);
    expect((await remove(undefined, id, fileId!)).statusCode).toBe(401);
    expect((await upload(stranger, id, 'a.pdf', pdf)).statusCode).toBe(404);
    expect((await remove(stranger, id, fileId!)).statusCode).toBe(404);
    expect((await upload(reviewer, id, 'a.pdf', pdf)).statusCode).toBe(403);
    expect((await remove(reviewer, id, fileId!)).statusCode).toBe(403);
    expect((await remove(member, id, '019a0000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    const pageRemoval = await postForm(
      t,
      stranger.cookie,
      '/en/toolkit/contribute',
      `/en/toolkit/resources/${id}/attachments/${fileId}/remove`,
      [],
    );
    expect(pageRemoval.statusCode).toBe(404);

    await callApi(t, member, 'PATCH', `/api/v1/resources/${id}`, { licence: 'CC BY-SA 4.0' });
    await callApi(t, member, 'POST', `/api/v1/resources/${id}/submit`);
    expect((await upload(member, id, 'a.pdf', pdf)).statusCode).toBe(409);
    expect((await remove(member, id, fileId!)).statusCode).toBe(409);
  });
});
