// Not the legal module's index: it imports the toolkit's (resources related to an instrument), and the
// harvester's schemas would be read half-built inside that cycle.
import { celexPattern } from '../../../legal/instrument.js';

const bare = /^(?:celex\s*:?\s*)?([1-9]\d{4}[a-z]{1,2}\d{4})$/i;
const inLink = /celex(?::|%3a)\s*([1-9]\d{4}[a-z]{1,2}\d{4})\b/i;

/**
 * The CELEX number a subject or a link names: `32014L0041`, `CELEX:32014L0041`, or a EUR-Lex address
 * with `uri=CELEX:32014L0041` (as `dc:relation` carries instruments); undefined for anything else.
 */
export function celexOf(value: string): string | undefined {
  const trimmed = value.trim();
  const found = (bare.exec(trimmed) ?? inLink.exec(trimmed))?.[1]?.toUpperCase();
  return found && celexPattern.test(found) ? found : undefined;
}
