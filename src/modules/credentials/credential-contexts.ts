import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The W3C Verifiable Credentials 2.0 context (also defines the status list and proof terms). */
export const vcContextV2 = 'https://www.w3.org/ns/credentials/v2';
/** Open Badges 3.0.3: the revision pinned in contexts/ (the purl is edited in place: never fetched). */
export const openBadgesContext = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const didContextV1 = 'https://www.w3.org/ns/did/v1';
export const multikeyContextV1 = 'https://w3id.org/security/multikey/v1';

/** `contexts/` of this module, from both `src/modules/credentials` and `dist/modules/credentials`. */
const contextsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../src/modules/credentials/contexts',
);

const files: Record<string, string> = {
  [vcContextV2]: 'credentials-v2.jsonld',
  [openBadgesContext]: 'ob-v3p0-context-3.0.3.json',
  [didContextV1]: 'did-v1.jsonld',
  [multikeyContextV1]: 'multikey-v1.jsonld',
};

let pinned: ReadonlyMap<string, unknown> | undefined;

/**
 * The JSON-LD contexts pinned in the repository (contexts/SOURCES.md), by URL. Signatures cover the
 * canonical form computed with them, so verifiers must use exactly these: they are read once and
 * handed out as copies.
 */
export function pinnedContexts(): ReadonlyMap<string, unknown> {
  pinned ??= new Map(
    Object.entries(files).map(([url, file]) => [
      url,
      JSON.parse(fs.readFileSync(path.join(contextsDir, file), 'utf8')) as unknown,
    ]),
  );
  return pinned;
}

/** A fresh copy of a pinned context, or undefined for any other URL. */
export function pinnedContext(url: string): unknown {
  const context = pinnedContexts().get(url);
  return context === undefined ? undefined : structuredClone(context);
}
