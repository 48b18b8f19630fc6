import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../test/app.js';
import { logoDirectory } from './logo-store.js';
import { multipartBody, openForm, seedOrganisation, tinyPng } from './organisations.test-kit.js';

describe('organisation logos', () => {
  let t: TestApp;
  let admin: string;
  let organisationId: string;

  const logoOf = async (id = organisationId) =>
    t.deps.db
      .selectFrom('organisation')
      .select(['logo_file', 'logo_content_type'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  /** Uploads `content` through the edit page's multipart form, as a browser would. */
  async function upload(
    content: Buffer,
    options: {
      filename?: string;
      contentType?: string;
      cookie?: string;
      id?: string;
      withToken?: boolean;
    } = {},
  ) {
    const id = options.id ?? organisationId;
    const session = options.cookie ?? admin;
    const { csrf, cookie } = await openForm(t, session, `/en/admin/organisations/${id}`);
    const body = multipartBody(options.withToken === false ? {} : { _csrf: csrf }, {
      name: 'logo',
      filename: options.filename ?? 'logo.png',
      contentType: options.contentType ?? 'image/png',
      content,
    });
    return t.app.inject({
      method: 'POST',
      url: `/en/admin/organisations/${id}/logo`,
      headers: { cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    const user = await createUser(t.deps, { grants: [{ role: 'admin' }], secondFactor: true });
    admin = await signedInCookie(t.deps, user.id);
    organisationId = await seedOrganisation(t.deps.db, { name: 'Academy of European Law', slug: 'era' });
  });
  afterAll(() => t.close());

  it('accepts a real PNG, stores it outside the web root by content hash, and serves it safely', async () => {
    const response = await upload(tinyPng);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/en/admin/organisations/${organisationId}?done=logo`);
    const { logo_file: file, logo_content_type: contentType } = await logoOf();
    expect(contentType).toBe('image/png');
    expect(file).toMatch(/^[a-f0-9]{64}\.png$/);
    const stored = path.join(logoDirectory(t.database.dataDir), file ?? '');
    expect(fs.readFileSync(stored).equals(tinyPng)).toBe(true);

    const served = await t.app.inject({ url: `/media/logos/${file}` });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(served.rawPayload.equals(tinyPng)).toBe(true);
    const revalidated = await t.app.inject({
      url: `/media/logos/${file}`,
      headers: { 'if-none-match': served.headers.etag as string },
    });
    expect(revalidated.statusCode).toBe(304);

    const page = await t.app.inject({ url: '/en/partners/era' });
    expect(page.body).toContain(`src="/media/logos/${file}" alt="Logo of Academy of European Law"`);
    const api = await t.app.inject({ url: '/api/v1/organisations/era' });
    expect(api.json()).toMatchObject({ logoUrl: `http://localhost:3000/media/logos/${file}` });
    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select('details')
      .where('target_id', '=', organisationId)
      .execute();
    expect(audit.map((entry) => entry.details)).toContain(JSON.stringify({ change: 'logo' }));
  });

  it('refuses an HTML page named logo.png and sent as image/png: the bytes decide', async () => {
    const before = await logoOf();
    const response = await upload(Buffer.from('<!doctype html><html><script>alert(1)</script></html>'));
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('The file is not a PNG, JPEG or SVG image.');
    expect(response.body).toContain('aria-invalid="true"');
    expect(await logoOf()).toEqual(before);
  });

  it('sanitises an SVG: no script, no event handler, no reference to another host', async () => {
    const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 40" onload="alert(document.cookie)">
  <script>alert(1)</script>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#003399"/></linearGradient></defs>
  <rect width="100" height="40" fill="url(#g)" onclick="steal()"/>
  <image href="https://tracker.example/pixel.png" width="1" height="1"/>
  <a xlink:href="javascript:alert(2)"><text x="5" y="25">ERA</text></a>
  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
</svg>`;
    const response = await upload(Buffer.from(svg), { filename: 'logo.svg', contentType: 'image/svg+xml' });
    expect(response.statusCode).toBe(303);
    const { logo_file: file, logo_content_type: contentType } = await logoOf();
    expect(contentType).toBe('image/svg+xml');
    const stored = fs.readFileSync(path.join(logoDirectory(t.database.dataDir), file ?? ''), 'utf8');
    for (const forbidden of [
      '<script',
      'onload',
      'onclick',
      'alert',
      'tracker.example',
      'javascript:',
      'foreignObject',
    ])
      expect(stored, forbidden).not.toContain(forbidden);
    expect(stored).toContain('<svg');
    expect(stored).toContain('fill="url(#g)"');
    expect(stored).toContain('ERA');
    const served = await t.app.inject({ url: `/media/logos/${file}` });
    expect(served.headers['content-type']).toBe('image/svg+xml');
    expect(served.headers['content-security-policy']).toContain('sandbox');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses an SVG that declares entities', async () => {
    const response = await upload(
      Buffer.from(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
      ),
      { filename: 'logo.svg', contentType: 'image/svg+xml' },
    );
    expect(response.statusCode).toBe(422);
  });

  it('refuses a logo over 512 KB with 413 and a field error', async () => {
    const before = await logoOf();
    const large = Buffer.concat([tinyPng.subarray(0, 33), Buffer.alloc(600 * 1024)]);
    const response = await upload(large);
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('The logo must be 512 KB or smaller.');
    expect(await logoOf()).toEqual(before);
  });

  it('refuses a multipart upload without a valid CSRF token', async () => {
    const before = await logoOf();
    expect((await upload(tinyPng, { withToken: false })).statusCode).toBe(403);
    const body = multipartBody(
      { _csrf: 'forged' },
      { name: 'logo', filename: 'a.png', contentType: 'image/png', content: tinyPng },
    );
    const forged = await t.app.inject({
      method: 'POST',
      url: `/en/admin/organisations/${organisationId}/logo`,
      headers: { cookie: admin, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(forged.statusCode).toBe(403);
    expect(await logoOf()).toEqual(before);
  });

  it('refuses the partner admin of another organisation', async () => {
    const otherId = await seedOrganisation(t.deps.db, { name: 'Other', slug: 'other' });
    const user = await createUser(t.deps, {
      grants: [{ role: 'partner-admin', scopeType: 'organisation', scopeId: otherId }],
      secondFactor: true,
    });
    const cookie = await signedInCookie(t.deps, user.id);
    const before = await logoOf();
    // Their own organisation's page gives them a valid token, which must not open another one.
    const { csrf, cookie: withCsrf } = await openForm(t, cookie, `/en/admin/organisations/${otherId}`);
    const body = multipartBody(
      { _csrf: csrf },
      { name: 'logo', filename: 'a.png', contentType: 'image/png', content: tinyPng },
    );
    const response = await t.app.inject({
      method: 'POST',
      url: `/en/admin/organisations/${organisationId}/logo`,
      headers: { cookie: withCsrf, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(403);
    expect(await logoOf()).toEqual(before);
    expect((await upload(tinyPng, { cookie, id: otherId })).statusCode).toBe(303);
  });

  it('removes a logo, and its file once no organisation uses it', async () => {
    await upload(tinyPng);
    const { logo_file: file } = await logoOf();
    const { csrf, cookie } = await openForm(t, admin, `/en/admin/organisations/${organisationId}`);
    const response = await t.app.inject({
      method: 'POST',
      url: `/en/admin/organisations/${organisationId}/logo/delete`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf }).toString(),
    });
    expect(response.statusCode).toBe(303);
    expect(await logoOf()).toEqual({ logo_file: null, logo_content_type: null });
    // The other organisation uploaded the same bytes: the shared file stays.
    expect(fs.existsSync(path.join(logoDirectory(t.database.dataDir), file ?? ''))).toBe(true);
  });

  it('answers 404 for unknown logo names and path tricks', async () => {
    for (const url of [
      '/media/logos/' + 'a'.repeat(64) + '.png',
      '/media/logos/..%2F..%2Fjpcoops.sqlite',
      '/media/logos/x.html',
    ])
      expect((await t.app.inject({ url })).statusCode, url).toBe(404);
  });
});
