import { findResources } from '../resource-reads.repo.js';
import type { OaiRequest } from './oai-arguments.js';
import { failure, type OaiContext, type VerbOutcome } from './oai-context.js';
import { formatOf } from './oai-formats.js';
import { countHeaders, listHeaders, topicsOf, type HeaderRow, type ListQuery } from './oai.repo.js';
import { writeHeader } from './oai-response.js';
import { parseSetSpec } from './oai-sets.js';
import { issueToken, readToken, type ListState } from './oai-token.js';
import { badToken, pageSize, writeToken } from './oai-verbs.js';
import type { XmlElement } from './oai-xml.js';

type ListVerb = 'ListIdentifiers' | 'ListRecords';

/**
 * ListIdentifiers and ListRecords: 100 records a page in (datestamp, id) order. A page costs one query
 * for its headers (one more than a page, to know whether another follows), one batched read of the
 * page's topics (identifiers) or resources (records) — never a query per record — and, on the first
 * page of a long list, a count.
 */
export async function listRecords(
  context: OaiContext,
  request: OaiRequest,
  verb: ListVerb,
): Promise<VerbOutcome> {
  const resumed = request.args.resumptionToken;
  const state =
    resumed === undefined ? firstPage(request, verb) : readToken(context.secret, resumed, context.now);
  if (!state || state.verb !== verb) return badToken();
  const format = formatOf(state.metadataPrefix);
  if (!format)
    return failure('cannotDisseminateFormat', `The format "${state.metadataPrefix}" is not offered.`);
  const query: ListQuery = {
    set: state.set === null ? null : (parseSetSpec(state.set) ?? { kind: 'none' }),
    from: state.from,
    before: state.before,
    after: resumed === undefined ? undefined : state.after,
  };
  const rows = await listHeaders(context.db, context.dialect, query, pageSize + 1);
  if (rows.length === 0) return failure('noRecordsMatch', 'No record matches the arguments.');
  const page = rows.slice(0, pageSize);
  const hasMore = rows.length > pageSize;
  const isSplit = hasMore || resumed !== undefined;
  const total = await completeListSize(context, state, query, page.length, hasMore);
  const next = hasMore ? nextToken(context, { ...state, total }, page) : undefined;
  const write =
    verb === 'ListRecords'
      ? await recordsWriter(context, format.prefix, page)
      : await identifiersWriter(context, page);
  return {
    write: (root) => {
      const element = root.ele(verb);
      write(element);
      if (isSplit) writeToken(element, next, total, state.cursor);
    },
  };
}

/**
 * completeListSize: counted once, on the first page, and carried in the token (a count per page would
 * cost as much as the page); exact on the last page, which knows how many came before it.
 */
async function completeListSize(
  context: OaiContext,
  state: ListState,
  query: ListQuery,
  pageLength: number,
  hasMore: boolean,
): Promise<number> {
  const sent = state.cursor + pageLength;
  if (!hasMore) return sent;
  const counted =
    state.cursor === 0 && state.total === 0 ? await countHeaders(context.db, query) : state.total;
  return Math.max(counted, sent + 1);
}

/** The list a request without token asks for, as the state a token would carry. */
function firstPage(request: OaiRequest, verb: ListVerb): ListState {
  return {
    verb,
    metadataPrefix: request.args.metadataPrefix ?? '',
    set: request.args.set ?? null,
    from: request.range.from,
    before: request.range.before,
    after: { stamp: '', id: '' },
    cursor: 0,
    total: 0,
  };
}

function nextToken(context: OaiContext, state: ListState, page: readonly HeaderRow[]) {
  const last = page[page.length - 1];
  if (!last) return undefined;
  return issueToken(
    context.secret,
    { ...state, after: { stamp: last.stamp, id: last.id }, cursor: state.cursor + page.length },
    context.now,
  );
}

type Writer = (parent: XmlElement) => void;

async function identifiersWriter(context: OaiContext, page: readonly HeaderRow[]): Promise<Writer> {
  const topics = await topicsOf(
    context.db,
    page.map((row) => row.id),
  );
  return (parent) => {
    for (const row of page) writeHeader(parent, context, row, topics.get(row.id) ?? []);
  };
}

async function recordsWriter(
  context: OaiContext,
  prefix: string,
  page: readonly HeaderRow[],
): Promise<Writer> {
  const format = formatOf(prefix);
  const resources = new Map(
    (
      await findResources(
        context.db,
        page.map((row) => row.id),
      )
    ).map((resource) => [resource.id, resource]),
  );
  return (parent) => {
    for (const row of page) {
      const resource = resources.get(row.id);
      const record = parent.ele('record');
      writeHeader(record, context, row, resource?.topics ?? []);
      if (!row.isDeleted && resource && format) format.write(record.ele('metadata'), resource, context);
    }
  };
}
