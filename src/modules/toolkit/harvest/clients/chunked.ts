import type { HarvestItem, HarvestPage } from './harvested-fields.js';

/** Records of one download, written in pages of this many (one transaction each). */
export const filePageSize = 100;

/**
 * A file or feed arrives whole: its records are handed on in pages so that each page is written and
 * counted as OAI-PMH pages are. There is no token to resume from: an interrupted run of such a source
 * reads the file again, and records already stored come back unchanged.
 */
export function* chunkedPages(items: readonly HarvestItem[], responseDate?: string): Generator<HarvestPage> {
  if (items.length === 0) yield { items: [], nextToken: null, responseDate };
  for (let start = 0; start < items.length; start += filePageSize) {
    yield { items: items.slice(start, start + filePageSize), nextToken: null, responseDate };
  }
}
