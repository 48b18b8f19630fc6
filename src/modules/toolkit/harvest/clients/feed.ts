import { parseFeed } from '@rowanmanning/feed-parser';
import type { HarvestItem } from './harvested-fields.js';
import { HarvestSourceError } from './oai-pmh.js';
import { stripIllegalXmlCharacters } from './xml-chars.js';

/**
 * RSS or Atom items as harvest items; their categories are subject terms. The content type is not trusted either way: servers label feeds
 * `text/html` or `text/plain`, so the body decides; a body that is no feed at all fails the run clearly.
 */
export function feedItems(text: string, contentType: string): HarvestItem[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(stripIllegalXmlCharacters(text).text);
  } catch {
    throw new HarvestSourceError(
      `The answer is not an RSS or Atom feed (content type ${contentType || 'not given'}).`,
    );
  }
  const language = feed.language ?? undefined;
  return feed.items.map((item, index): HarvestItem => {
    const identifier = item.id ?? item.url ?? `item ${index + 1}`;
    const title = item.title?.trim();
    if (!title) return { kind: 'failed', identifier, reason: 'the item has no title' };
    const date = item.published ?? item.updated;
    return {
      kind: 'record',
      identifier,
      datestamp: (item.updated ?? item.published)?.toISOString(),
      fields: {
        titles: [{ text: title, language }],
        summaries: [{ text: plainText(item.description ?? item.content ?? ''), language }],
        types: [],
        languages: language ? [language] : [],
        urls: item.url ? [item.url] : [],
        date: date ? date.toISOString().slice(0, 10) : undefined,
        organisation: item.authors[0]?.name ?? undefined,
        subjects: item.categories.flatMap((category) => [category.term, category.label ?? '']),
      },
    };
  });
}

/** Feed summaries are often HTML: kept as plain text. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 20_000);
}
