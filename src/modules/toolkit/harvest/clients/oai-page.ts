import { XMLParser } from 'fast-xml-parser';
import type { HarvestItem } from './harvested-fields.js';
import { fieldsOfMetadata, type HarvestFormat } from './harvest-formats.js';
import { stripIllegalXmlCharacters } from './xml-chars.js';

/** One ListRecords answer, read record by record so that one bad record spoils only itself. */
export interface OaiListPage {
  readonly items: HarvestItem[];
  readonly token: string | null;
  readonly responseDate: string | undefined;
  readonly error: { readonly code: string; readonly message: string } | undefined;
  /** The answer ends with `</OAI-PMH>`: it was not cut short. */
  readonly isComplete: boolean;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
});

const recordPattern = /<(?:[\w.-]+:)?record\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?record\s*>/g;
const identifierPattern = /<(?:[\w.-]+:)?identifier\b[^>]*>([^<]*)<\/(?:[\w.-]+:)?identifier\s*>/;

export const isCompleteOaiAnswer = (text: string) => /<\/(?:[\w.-]+:)?OAI-PMH\s*>\s*$/.test(text);

export function parseListRecordsPage(text: string, format: HarvestFormat): OaiListPage {
  const items: HarvestItem[] = [];
  const envelope = text.replace(recordPattern, (segment) => {
    items.push(parseRecord(segment, format));
    return '';
  });
  const isComplete = isCompleteOaiAnswer(text);
  const head = isComplete ? parseEnvelope(envelope) : undefined;
  return {
    items,
    token: head?.token ?? null,
    responseDate: head?.responseDate ?? /<responseDate>([^<]+)<\/responseDate>/.exec(text)?.[1],
    error: head?.error,
    isComplete,
  };
}

function parseEnvelope(envelope: string): Omit<OaiListPage, 'items' | 'isComplete'> {
  const root = (parser.parse(stripIllegalXmlCharacters(envelope).text) as Record<string, unknown>)[
    'OAI-PMH'
  ] as Record<string, unknown> | undefined;
  if (!root)
    return {
      token: null,
      responseDate: undefined,
      error: { code: 'badAnswer', message: 'not an OAI-PMH answer' },
    };
  const error = root.error as { '#text'?: string; '@_code'?: string } | string | undefined;
  const list = root.ListRecords as Record<string, unknown> | undefined;
  const tokenNode = list?.resumptionToken as { '#text'?: string } | string | undefined;
  const token = typeof tokenNode === 'object' ? tokenNode['#text'] : tokenNode;
  return {
    token: token ? String(token).trim() || null : null,
    responseDate: typeof root.responseDate === 'string' ? root.responseDate : undefined,
    error: error
      ? typeof error === 'object'
        ? { code: error['@_code'] ?? 'error', message: String(error['#text'] ?? '') }
        : { code: 'error', message: error }
      : undefined,
  };
}

/** One `<record>`: XML-illegal characters removed (and noted), parsed strictly on its own. */
export function parseRecord(segment: string, format: HarvestFormat): HarvestItem {
  const stripped = stripIllegalXmlCharacters(segment);
  const identifier = identifierPattern.exec(stripped.text)?.[1]?.trim() || '(no identifier)';
  let record: Record<string, unknown>;
  try {
    record = (parser.parse(stripped.text, true) as { record: Record<string, unknown> }).record;
  } catch (error) {
    return { kind: 'failed', identifier, reason: `not well-formed XML: ${messageOf(error)}` };
  }
  const header = record.header as Record<string, unknown> | undefined;
  const datestamp = typeof header?.datestamp === 'string' ? header.datestamp : undefined;
  if (header?.['@_status'] === 'deleted') return { kind: 'deleted', identifier, datestamp };
  const fields = fieldsOfMetadata(format, record.metadata as Record<string, unknown> | undefined);
  if (!fields) return { kind: 'failed', identifier, reason: `no ${format} metadata` };
  const notes =
    stripped.removed > 0
      ? [`${stripped.removed} character(s) illegal in XML 1.0 removed before parsing`]
      : undefined;
  return { kind: 'record', identifier, datestamp, fields, notes };
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 200) ?? 'parse error';
}
