import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { uuidv7 } from 'uuidv7';
import { defaultFetchPolicy, type FetchPolicy } from './clients/http-fetch.js';
import { mappingRulesSchema } from './harvest-mapping.js';
import { insertSource, type SourceColumns } from './harvest-sources.repo.js';

/** Test and benchmark helpers of the harvester: local HTTP servers and generated OAI-PMH answers. */

export interface LocalServer {
  readonly url: string;
  /** Requests received, as path and query. */
  readonly requests: string[];
  close(): Promise<void>;
}

export type Handler = (
  url: URL,
  request: http.IncomingMessage,
) => {
  status?: number;
  contentType?: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  /** Send only the first bytes, then end the answer: a page cut short. */
  cutAt?: number;
};

/** An HTTP server on 127.0.0.1 (random port) answering with `handler`. */
export async function startServer(handler: Handler): Promise<LocalServer> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const answer = handler(url, request);
    const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
    const sent = answer.cutAt === undefined ? body : body.subarray(0, answer.cutAt);
    response.writeHead(answer.status ?? 200, {
      'content-type': answer.contentType ?? 'text/xml; charset=utf-8',
      'content-length': String(sent.length),
      ...answer.headers,
    });
    response.end(sent);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface DcRecord {
  readonly identifier: string;
  readonly datestamp?: string;
  readonly deleted?: boolean;
  readonly title?: string;
  readonly description?: string;
  readonly language?: string;
  readonly url?: string;
  readonly date?: string;
  readonly type?: string;
  /** Raw XML put inside `oai_dc:dc` as it is (invalid characters, broken markup). */
  readonly extra?: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function dcRecordXml(record: DcRecord): string {
  const header = `<header${record.deleted ? ' status="deleted"' : ''}><identifier>${escape(record.identifier)}</identifier><datestamp>${record.datestamp ?? '2026-01-01T00:00:00Z'}</datestamp></header>`;
  if (record.deleted) return `<record>${header}</record>`;
  const fields = [
    `<dc:title xml:lang="${record.language ?? 'en'}">${escape(record.title ?? `Title of ${record.identifier}`)}</dc:title>`,
    `<dc:description>${escape(record.description ?? 'A practical handbook for prison staff on radicalisation.')}</dc:description>`,
    `<dc:language>${record.language ?? 'en'}</dc:language>`,
    `<dc:identifier>${escape(record.url ?? `https://repository.example.org/${encodeURIComponent(record.identifier)}`)}</dc:identifier>`,
    `<dc:date>${record.date ?? '2024-03-01'}</dc:date>`,
    `<dc:type>${record.type ?? 'handbook'}</dc:type>`,
    `<dc:publisher>Radicalisation Awareness Network</dc:publisher>`,
    record.extra ?? '',
  ].join('');
  return `<record>${header}<metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">${fields}</oai_dc:dc></metadata></record>`;
}

export function listRecordsXml(
  records: readonly DcRecord[],
  token: string | null,
  responseDate = '2026-11-29T10:00:00Z',
): string {
  return `<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>${responseDate}</responseDate><request verb="ListRecords">http://127.0.0.1/oai</request><ListRecords>${records.map(dcRecordXml).join('')}${token === null ? '' : `<resumptionToken>${escape(token)}</resumptionToken>`}</ListRecords></OAI-PMH>`;
}

export function oaiErrorXml(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-11-29T10:00:00Z</responseDate><request>http://127.0.0.1/oai</request><error code="${code}">${escape(message)}</error></OAI-PMH>`;
}

export function identifyXml(granularity: 'YYYY-MM-DD' | 'YYYY-MM-DDThh:mm:ssZ'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-11-29T10:00:00Z</responseDate><request verb="Identify">http://127.0.0.1/oai</request><Identify><repositoryName>Test</repositoryName><baseURL>http://127.0.0.1/oai</baseURL><protocolVersion>2.0</protocolVersion><adminEmail>a@example.org</adminEmail><earliestDatestamp>2020-01-01</earliestDatestamp><deletedRecord>persistent</deletedRecord><granularity>${granularity}</granularity></Identify></OAI-PMH>`;
}

/** A repository of `total` generated records served in pages of `pageSize`, tokens `page-N`. */
export function pagedRepository(
  records: readonly DcRecord[],
  pageSize = 100,
): (url: URL) => { body: string } {
  return (url) => {
    if (url.searchParams.get('verb') === 'Identify') return { body: identifyXml('YYYY-MM-DDThh:mm:ssZ') };
    const token = url.searchParams.get('resumptionToken');
    const page = token ? Number(token.replace('page-', '')) : 0;
    const slice = records.slice(page * pageSize, (page + 1) * pageSize);
    const more = (page + 1) * pageSize < records.length;
    return { body: listRecordsXml(slice, more ? `page-${page + 1}` : null) };
  };
}

export const fastRetries: FetchPolicy = {
  ...defaultFetchPolicy,
  timeoutMs: 2_000,
  maxAttempts: 3,
  baseDelayMs: 10,
  maxDelayMs: 50,
};

/** A source row straight in the database (the API's checks are tested on their own). */
export async function seedSource(
  db: Parameters<typeof insertSource>[0],
  overrides: Partial<SourceColumns> & { url: string },
): Promise<string> {
  const id = uuidv7();
  await insertSource(db, {
    id,
    name: 'Test repository',
    network: 'RAN',
    kind: 'oai-pmh',
    setSpec: null,
    metadataPrefix: 'oai_dc',
    mapping: mappingRulesSchema.parse({ topics: ['radicalisation'], type: 'handbook' }),
    intervalHours: 24,
    isEnabled: true,
    createdByUserId: null,
    nextHarvestAt: null,
    ...overrides,
  });
  return id;
}
