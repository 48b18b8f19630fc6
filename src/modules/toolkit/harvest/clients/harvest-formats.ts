import type { HarvestedFields } from './harvested-fields.js';
import { fieldsOfDublinCore } from './oai-dc.js';
import { fieldsOfJpcoops } from './oai-jpcoops.js';

/**
 * OAI-PMH metadata formats the harvester reads: unqualified Dublin Core, which every repository serves,
 * and `jpcoops`, the full record another JP-COOPS platform serves (codes instead of names).
 */
export const harvestFormats = ['oai_dc', 'jpcoops'] as const;
export type HarvestFormat = (typeof harvestFormats)[number];

export const isHarvestFormat = (value: string): value is HarvestFormat =>
  (harvestFormats as readonly string[]).includes(value);

/** The root element of each format's metadata, namespace prefix removed. */
const rootElements: Record<HarvestFormat, string> = { oai_dc: 'dc', jpcoops: 'resource' };
const readers: Record<HarvestFormat, (root: Record<string, unknown>) => HarvestedFields> = {
  oai_dc: fieldsOfDublinCore,
  jpcoops: fieldsOfJpcoops,
};

/** A record's `<metadata>` in the format asked for, as harvested fields; undefined when it is not there. */
export function fieldsOfMetadata(
  format: HarvestFormat,
  metadata: Record<string, unknown> | undefined,
): HarvestedFields | undefined {
  const root = metadata?.[rootElements[format]];
  if (!root || typeof root !== 'object') return undefined;
  return readers[format](root as Record<string, unknown>);
}
