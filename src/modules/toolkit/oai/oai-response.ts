import type { OaiError, OaiRequest } from './oai-arguments.js';
import { oaiIdentifier, type OaiContext, type VerbOutcome } from './oai-context.js';
import type { HeaderRow } from './oai.repo.js';
import { setSpecsOf } from './oai-sets.js';
import { oaiRoot, serialize, textElement, utcSeconds, type XmlElement } from './oai-xml.js';

/**
 * The response envelope: responseDate, the request echoed (its arguments as attributes, except after
 * badVerb or badArgument, when only the base URL may be given), then the verb's element or the errors.
 */
export function renderResponse(
  context: OaiContext,
  request: OaiRequest | undefined,
  outcome: VerbOutcome,
): string {
  const root = oaiRoot();
  textElement(root, 'responseDate', utcSeconds(context.now));
  const echo = root.ele('request');
  const errors = 'errors' in outcome ? outcome.errors : [];
  const echoesArguments =
    request && !errors.some((error) => error.code === 'badVerb' || error.code === 'badArgument');
  if (request && echoesArguments) {
    echo.att('verb', request.verb);
    for (const [name, value] of Object.entries(request.args)) echo.att(name, value);
  }
  echo.txt(context.baseUrl);
  if ('write' in outcome) outcome.write(root);
  else writeErrors(root, outcome.errors);
  return serialize(root);
}

export function writeErrors(root: XmlElement, errors: readonly OaiError[]): void {
  for (const error of errors) textElement(root, 'error', error.message).att('code', error.code);
}

/** A record's header: identifier, datestamp (seconds), its sets, and `status="deleted"` when deleted. */
export function writeHeader(
  parent: XmlElement,
  context: OaiContext,
  row: HeaderRow,
  topics: readonly string[],
): void {
  const header = parent.ele('header');
  if (row.isDeleted) header.att('status', 'deleted');
  textElement(header, 'identifier', oaiIdentifier(context.publicUrl, row.id));
  textElement(header, 'datestamp', utcSeconds(row.datestamp));
  for (const spec of setSpecsOf({ network: row.network, topics })) textElement(header, 'setSpec', spec);
}
