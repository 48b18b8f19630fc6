import { uuidv7 } from 'uuidv7';
import type { Kysely } from 'kysely';
import { cookieHeader, csrfTokenFrom, type TestApp } from '../../../test/app.js';
import type { Database } from '../../database.js';
import { insertContactPoint, replaceContactPointDescriptions } from './contact-points.repo.js';
import {
  insertOrganisation,
  replaceOrganisationDescriptions,
  type OrganisationFields,
} from './organisation-writes.repo.js';

/** An organisation straight in the database, for tests. */
export async function seedOrganisation(
  db: Kysely<Database>,
  fields: Partial<OrganisationFields> & { name: string; descriptions?: Record<string, string> },
): Promise<string> {
  const id = uuidv7();
  await insertOrganisation(db, {
    id,
    slug: fields.slug ?? `org-${id.slice(-8)}`,
    name: fields.name,
    acronym: fields.acronym ?? null,
    type: fields.type ?? 'other',
    country: fields.country ?? 'IT',
    website: fields.website ?? null,
    isProvider: fields.isProvider ?? false,
    isConsortiumMember: fields.isConsortiumMember ?? false,
  });
  await replaceOrganisationDescriptions(db, id, fields.descriptions ?? {});
  return id;
}

export async function seedContactPoint(
  db: Kysely<Database>,
  fields: {
    country: string;
    name: string;
    organisationId?: string;
    email?: string;
    descriptions?: Record<string, string>;
  },
): Promise<string> {
  const id = uuidv7();
  await insertContactPoint(db, {
    id,
    country: fields.country,
    name: fields.name,
    organisationId: fields.organisationId ?? null,
    email: fields.email ?? null,
    website: null,
  });
  await replaceContactPointDescriptions(db, id, fields.descriptions ?? {});
  return id;
}

/** GETs a form page as the signed-in `session`, and returns the cookie and token a browser would send back. */
export async function openForm(t: TestApp, session: string, url: string) {
  const page = await t.app.inject({ url, headers: { cookie: session } });
  if (page.statusCode !== 200) throw new Error(`GET ${url} answered ${page.statusCode}`);
  const csrf = csrfTokenFrom(page.body);
  return { page, csrf, cookie: `${session}; ${cookieHeader(page.headers['set-cookie'])}` };
}

/** POSTs a URL-encoded form with the page's CSRF token, as a browser would. */
export async function submitForm(
  t: TestApp,
  session: string,
  formUrl: string,
  action: string,
  fields: Record<string, string>,
) {
  const { csrf, cookie } = await openForm(t, session, formUrl);
  return t.app.inject({
    method: 'POST',
    url: action,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
  });
}

/** A `multipart/form-data` body with text fields and one file. */
export function multipartBody(
  fields: Record<string, string>,
  file: { name: string; filename: string; contentType: string; content: Buffer },
): { payload: Buffer; contentType: string } {
  const boundary = `----jpcoops${uuidv7().replaceAll('-', '')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\n` +
        `content-type: ${file.contentType}\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A valid 1×1 PNG: the signature, IHDR, one IDAT and IEND. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
