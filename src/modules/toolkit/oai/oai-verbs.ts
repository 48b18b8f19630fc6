import { findResource } from '../resource-reads.repo.js';
import type { OaiRequest } from './oai-arguments.js';
import { failure, resourceIdOf, type OaiContext, type VerbOutcome } from './oai-context.js';
import { formatOf, metadataFormats } from './oai-formats.js';
import { earliestDatestamp, findHeader, setCodes } from './oai.repo.js';
import { writeHeader } from './oai-response.js';
import { networkSetSpec, topicSetSpec } from './oai-sets.js';
import { issueToken, readToken } from './oai-token.js';
import { textElement, utcSeconds, type XmlElement } from './oai-xml.js';

export const pageSize = 100;

export async function identify(context: OaiContext): Promise<VerbOutcome> {
  const earliest = (await earliestDatestamp(context.db)) ?? context.now.toISOString();
  return {
    write: (root) => {
      const element = root.ele('Identify');
      textElement(element, 'repositoryName', 'JP-COOPS Toolkit of the Toolkits');
      textElement(element, 'baseURL', context.baseUrl);
      textElement(element, 'protocolVersion', '2.0');
      textElement(element, 'adminEmail', context.adminEmail);
      textElement(element, 'earliestDatestamp', utcSeconds(earliest));
      textElement(element, 'deletedRecord', 'persistent');
      textElement(element, 'granularity', 'YYYY-MM-DDThh:mm:ssZ');
      // Content encodings the server applies when the harvester accepts them (Accept-Encoding).
      textElement(element, 'compression', 'gzip');
      textElement(element, 'compression', 'deflate');
    },
  };
}

/**
 * Formats of the repository, or of one item. A deleted item has no metadata left to disseminate in any
 * format: noMetadataFormats (GetRecord still answers its header with status="deleted").
 */
export async function listMetadataFormats(context: OaiContext, request: OaiRequest): Promise<VerbOutcome> {
  const identifier = request.args.identifier;
  if (identifier !== undefined) {
    const header = await headerOf(context, identifier);
    if (!header) return failure('idDoesNotExist', `No item has the identifier "${identifier}".`);
    if (header.isDeleted)
      return failure('noMetadataFormats', 'The item has been deleted: no metadata remains.');
  }
  return {
    write: (root) => {
      const element = root.ele('ListMetadataFormats');
      for (const format of metadataFormats) {
        const entry = element.ele('metadataFormat');
        textElement(entry, 'metadataPrefix', format.prefix);
        textElement(entry, 'schema', format.schema(context.publicUrl));
        textElement(entry, 'metadataNamespace', format.namespace);
      }
    },
  };
}

async function headerOf(context: OaiContext, identifier: string) {
  const id = resourceIdOf(context.publicUrl, identifier);
  return id === undefined ? undefined : findHeader(context.db, context.dialect, id);
}

/** The two set hierarchies (see oai-sets.ts), 100 sets a page. */
export async function listSets(context: OaiContext, request: OaiRequest): Promise<VerbOutcome> {
  let cursor = 0;
  if (request.args.resumptionToken !== undefined) {
    const state = readToken(context.secret, request.args.resumptionToken, context.now);
    if (state?.verb !== 'ListSets') return badToken();
    cursor = state.cursor;
  }
  const codes = await setCodes(context.db);
  const sets = [
    { spec: 'topic', name: 'Resources by topic' },
    ...codes.topics.map((code) => ({ spec: topicSetSpec(code), name: `Topic: ${context.topicName(code)}` })),
    { spec: 'network', name: 'Resources by source network' },
    ...codes.networks.map((code) => ({ spec: networkSetSpec(code), name: `Network: ${code}` })),
  ];
  const page = sets.slice(cursor, cursor + pageSize);
  if (page.length === 0) return badToken();
  return {
    write: (root) => {
      const element = root.ele('ListSets');
      for (const set of page) {
        const entry = element.ele('set');
        textElement(entry, 'setSpec', set.spec);
        textElement(entry, 'setName', set.name);
      }
      const next = cursor + page.length;
      if (next < sets.length || cursor > 0) {
        const token =
          next < sets.length
            ? issueToken(context.secret, { verb: 'ListSets', cursor: next }, context.now)
            : undefined;
        writeToken(element, token, sets.length, cursor);
      }
    },
  };
}

export const badToken = () =>
  failure('badResumptionToken', 'The resumption token is invalid or has expired; start the list again.');

/** `<resumptionToken>`: the next page's token, or empty on the last page of a list split in pages. */
export function writeToken(
  parent: XmlElement,
  token: { token: string; expires: Date } | undefined,
  completeListSize: number,
  cursor: number,
): void {
  const element = parent.ele('resumptionToken');
  element.att('completeListSize', String(completeListSize)).att('cursor', String(cursor));
  if (token) element.att('expirationDate', utcSeconds(token.expires)).txt(token.token);
}

export async function getRecord(context: OaiContext, request: OaiRequest): Promise<VerbOutcome> {
  const identifier = request.args.identifier ?? '';
  const format = formatOf(request.args.metadataPrefix ?? '');
  const header = await headerOf(context, identifier);
  if (!header) return failure('idDoesNotExist', `No item has the identifier "${identifier}".`);
  if (!format)
    return failure('cannotDisseminateFormat', `The format "${request.args.metadataPrefix}" is not offered.`);
  const resource = await findResource(context.db, header.id);
  if (!resource) return failure('idDoesNotExist', `No item has the identifier "${identifier}".`);
  return {
    write: (root) => {
      const record = root.ele('GetRecord').ele('record');
      writeHeader(record, context, header, resource.topics);
      if (!header.isDeleted) format.write(record.ele('metadata'), resource, context);
    },
  };
}
