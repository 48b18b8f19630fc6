import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { XMLParser } from 'fast-xml-parser';
import { uuidv7 } from 'uuidv7';
import { expect } from 'vitest';
import type { AppDeps } from '../../../app-deps.js';
import { insertResource } from '../resource-writes.repo.js';
import { resourceRecord, type SeedResourceOverrides } from '../toolkit.test-kit.js';

/** Test helpers of the OAI-PMH provider: requests, schema validation with xmllint, bulk records. */

export const schemasDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../schemas/oai-pmh',
);
const run = promisify(execFile);

/**
 * Validates a document with xmllint, offline: the official schemas import each other by their web
 * addresses, which the catalog maps to the copies in schemas/oai-pmh. `responses.xsd` validates a whole
 * response — the envelope and, strictly, the oai_dc and jpcoops metadata inside it.
 */
export async function xmllint(
  xml: string,
  schema = 'responses.xsd',
): Promise<{ valid: boolean; output: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'oai-'));
  const file = path.join(dir, 'document.xml');
  await fs.writeFile(file, xml);
  try {
    await run('xmllint', ['--nonet', '--noout', '--schema', path.join(schemasDir, schema), file], {
      // eslint-disable-next-line no-restricted-properties -- the child's environment, not configuration
      env: { ...process.env, XML_CATALOG_FILES: path.join(schemasDir, 'catalog.xml') },
    });
    return { valid: true, output: '' };
  } catch (error) {
    return { valid: false, output: String((error as { stderr?: string }).stderr ?? error) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) =>
    ['record', 'header', 'setSpec', 'set', 'metadataFormat', 'error', 'title', 'entry'].includes(name),
});

/** The parts of a parsed response the tests read (attributes as `@name`, text beside them as `#text`). */
export interface OaiToken {
  readonly '#text'?: string;
  readonly '@cursor'?: string;
  readonly '@completeListSize'?: string;
  readonly '@expirationDate'?: string;
}
export interface OaiHeader {
  readonly identifier: string;
  readonly datestamp: string;
  readonly setSpec?: string[];
  readonly '@status'?: string;
}
export interface OaiRecord {
  readonly header: OaiHeader[];
  readonly metadata?: { readonly dc?: Record<string, unknown>; readonly resource?: Record<string, unknown> };
}
export interface OaiList {
  readonly header?: OaiHeader[];
  readonly record?: OaiRecord[];
  readonly resumptionToken?: OaiToken;
}
export interface OaiBody {
  readonly request: string | Record<string, string>;
  readonly error?: { readonly '@code': string }[];
  readonly Identify?: Record<string, string>;
  readonly ListMetadataFormats?: { readonly metadataFormat: { readonly metadataPrefix: string }[] };
  readonly ListSets?: {
    readonly set: { readonly setSpec: string[]; readonly setName: string }[];
    readonly resumptionToken?: OaiToken;
  };
  readonly GetRecord?: { readonly record: OaiRecord[] };
  readonly ListIdentifiers?: OaiList;
  readonly ListRecords?: OaiList;
}

/** An OAI-PMH request through HTTP; the response is checked valid against the schemas, then parsed. */
export async function oai(
  app: FastifyInstance,
  query: string,
  options: { method?: 'GET' | 'POST' } = {},
): Promise<{ xml: string; body: OaiBody }> {
  const response =
    options.method === 'POST'
      ? await app.inject({
          method: 'POST',
          url: '/oai',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: query,
        })
      : await app.inject({ method: 'GET', url: `/oai?${query}` });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('text/xml; charset=utf-8');
  const validation = await xmllint(response.body);
  expect(validation.output).toBe('');
  expect(validation.valid).toBe(true);
  return { xml: response.body, body: parseXml<{ 'OAI-PMH': OaiBody }>(response.body)['OAI-PMH'] };
}

/** The error codes of a response (empty when it has none). */
export function errorCodes(body: OaiBody): string[] {
  return (body.error ?? []).map((error) => error['@code']);
}

/** The attributes of the echoed `<request>` (none after badVerb or badArgument). */
export function requestEcho(body: OaiBody): Record<string, string> {
  return typeof body.request === 'string' ? { '#text': body.request } : body.request;
}

export function parseXml<T>(xml: string): T {
  return parser.parse(xml) as T;
}

/**
 * Many resources at once, in one transaction, each with the datestamp given (the OAI list order), as the
 * repository writes them; the search index is not involved (the provider does not read it).
 */
export async function insertResourcesAt(
  deps: Pick<AppDeps, 'db'>,
  items: readonly { datestamp: string; overrides?: SeedResourceOverrides }[],
): Promise<string[]> {
  const ids: string[] = [];
  await deps.db.transaction().execute(async (trx) => {
    for (const { datestamp, overrides = {} } of items) {
      const { status, version, deleted, ...content } = overrides;
      const id = uuidv7();
      const resolved = status ?? 'published';
      await insertResource(trx, id, { status: resolved, datestamp }, resourceRecord(content));
      await trx
        .updateTable('toolkit_resource')
        .set({
          version: version ?? (resolved === 'published' ? 1 : 0),
          ...(deleted ? { deleted_at: datestamp } : {}),
        })
        .where('id', '=', id)
        .execute();
      ids.push(id);
    }
  });
  return ids;
}
