import type { AppDeps } from '../../../app-deps.js';
import { labelOrCode } from '../../../platform/i18n/index.js';
import { parseRequest, type OaiRequest } from './oai-arguments.js';
import type { OaiContext, VerbOutcome } from './oai-context.js';
import { listRecords } from './oai-lists.js';
import { renderResponse } from './oai-response.js';
import { getRecord, identify, listMetadataFormats, listSets } from './oai-verbs.js';

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'config' | 'secret' | 'translators'>;

/**
 * Answers one OAI-PMH request (`given`: each argument name with all the values it was given) with the
 * XML response. Protocol errors are part of the response, never exceptions.
 */
export async function answerOaiRequest(
  deps: Deps,
  given: ReadonlyMap<string, readonly string[]>,
  now = new Date(),
): Promise<string> {
  const context = contextOf(deps, now);
  const parsed = parseRequest(given);
  if (!parsed.ok) return renderResponse(context, undefined, { errors: parsed.errors });
  return renderResponse(context, parsed.request, await runVerb(context, parsed.request));
}

function runVerb(context: OaiContext, request: OaiRequest): Promise<VerbOutcome> {
  switch (request.verb) {
    case 'Identify':
      return identify(context);
    case 'ListMetadataFormats':
      return listMetadataFormats(context, request);
    case 'ListSets':
      return listSets(context, request);
    case 'GetRecord':
      return getRecord(context, request);
    case 'ListIdentifiers':
    case 'ListRecords':
      return listRecords(context, request, request.verb);
  }
}

function contextOf(deps: Deps, now: Date): OaiContext {
  const publicUrl = deps.config.publicUrl;
  const english = deps.translators('en');
  return {
    db: deps.db,
    dialect: deps.dialect,
    secret: deps.secret,
    publicUrl,
    baseUrl: `${publicUrl}/oai`,
    adminEmail: deps.config.oai.adminEmail,
    now,
    topicName: (code) => labelOrCode(english, `topic.${code}.name`, code),
    pageUrl: (id) => `${publicUrl}/en/toolkit/resources/${encodeURIComponent(id)}`,
  };
}
