import type { SourceKind } from '../../toolkit.table.js';
import { chunkedPages } from './chunked.js';
import { feedItems } from './feed.js';
import type { HarvestItem, HarvestPage, PageCursor } from './harvested-fields.js';
import { fetchText } from './http-fetch.js';
import { jsonItems } from './json-format.js';
import { oaiPages, type ClientOptions, type OaiSource } from './oai-pmh.js';
import { csvItems, xlsxItems } from './tabular.js';

export interface PagedSource extends OaiSource {
  readonly kind: SourceKind;
}

/** The pages of a source, whatever its kind. */
export async function* sourcePages(
  source: PagedSource,
  cursor: PageCursor,
  options: ClientOptions,
): AsyncGenerator<HarvestPage> {
  if (source.kind === 'oai-pmh') {
    yield* oaiPages(source, cursor, options);
    return;
  }
  const responseDate = new Date().toISOString();
  yield* chunkedPages(await downloadItems(source, options), responseDate);
}

async function downloadItems(source: PagedSource, options: ClientOptions): Promise<HarvestItem[]> {
  if (source.kind === 'xlsx') {
    return xlsxItems((await fetchText(source.url, options)).bytes);
  }
  const fetched = await fetchText(source.url, options);
  if (source.kind === 'csv') return csvItems(fetched.text);
  if (source.kind === 'json') return jsonItems(fetched.text);
  return feedItems(fetched.text, fetched.contentType);
}
