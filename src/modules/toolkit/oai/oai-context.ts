import type { Kysely } from 'kysely';
import type { Database } from '../../../database.js';
import type { Dialect } from '../../../platform/db/database.js';
import type { OaiError } from './oai-arguments.js';
import type { FormatContext } from './oai-formats.js';
import type { XmlElement } from './oai-xml.js';

/** What the verbs work with: the database, the repository's identity and the token secret. */
export interface OaiContext extends FormatContext {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly secret: string;
  /** The base URL of the repository: PUBLIC_URL + `/oai`. */
  readonly baseUrl: string;
  readonly adminEmail: string;
  readonly now: Date;
}

/** A verb's answer: its errors, or what to write in the response after `<request>`. */
export type VerbOutcome =
  { readonly errors: readonly OaiError[] } | { readonly write: (root: XmlElement) => void };

export const failure = (code: OaiError['code'], message: string): VerbOutcome => ({
  errors: [{ code, message }],
});

/** `oai:<host of PUBLIC_URL>:` — the host name alone: a port's colon would blur where the id starts. */
export function identifierPrefix(publicUrl: string): string {
  return `oai:${new URL(publicUrl).hostname}:`;
}

export function oaiIdentifier(publicUrl: string, id: string): string {
  return `${identifierPrefix(publicUrl)}${id}`;
}

/** The resource id an OAI identifier names, or undefined when it is not one of ours. */
export function resourceIdOf(publicUrl: string, identifier: string): string | undefined {
  const prefix = identifierPrefix(publicUrl);
  if (!identifier.startsWith(prefix)) return undefined;
  const id = identifier.slice(prefix.length);
  return /^[A-Za-z0-9-]{1,64}$/.test(id) ? id : undefined;
}
