import { XMLParser } from 'fast-xml-parser';
import type { HarvestFormat } from './harvest-formats.js';
import type { HarvestNote, HarvestPage, PageCursor } from './harvested-fields.js';
import { fetchText, type FetchPolicy } from './http-fetch.js';
import { isCompleteOaiAnswer, parseListRecordsPage } from './oai-page.js';

export interface OaiSource {
  readonly url: string;
  readonly setSpec: string | null;
  readonly metadataPrefix: HarvestFormat;
}

export interface ClientOptions {
  readonly policy: FetchPolicy;
  readonly signal?: AbortSignal | undefined;
  readonly onRetry?: (attempt: number, reason: string) => void;
}

/** The answer of the repository is an OAI-PMH error we cannot work around. */
export class HarvestSourceError extends Error {
  override name = 'HarvestSourceError';
}

const dayGranularity = 'YYYY-MM-DD';

/**
 * The pages of an OAI-PMH `ListRecords` list: from the cursor's token, or from the start (with `from`
 * at the repository's granularity, read from `Identify`). An expired token (`badResumptionToken`)
 * restarts the list from the run's `from`, once per run page, and says so in the page's notes.
 */
export async function* oaiPages(
  source: OaiSource,
  cursor: PageCursor,
  options: ClientOptions,
): AsyncGenerator<HarvestPage> {
  const from = cursor.from ? await fromAtGranularity(source, cursor.from, options) : null;
  const firstUrl = listUrl(source, { from });
  let url = cursor.token ? listUrl(source, { token: cursor.token }) : firstUrl;
  let pendingNotes: HarvestNote[] = [];
  let restarts = 0;
  for (;;) {
    const fetched = await fetchText(url, { ...options, isComplete: isCompleteOaiAnswer });
    const page = parseListRecordsPage(fetched.text, source.metadataPrefix);
    if (page.error?.code === 'badResumptionToken' && restarts < 3) {
      restarts += 1;
      pendingNotes.push({
        identifier: '(list)',
        note: `expired resumption token: the list was restarted from ${from ?? 'the beginning'}`,
      });
      url = firstUrl;
      continue;
    }
    if (page.error?.code === 'noRecordsMatch') {
      yield { items: [], nextToken: null, responseDate: page.responseDate, notes: pendingNotes };
      return;
    }
    if (page.error) throw new HarvestSourceError(`OAI-PMH error ${page.error.code}: ${page.error.message}`);
    yield {
      items: page.items,
      nextToken: page.token,
      responseDate: page.responseDate,
      notes: pendingNotes,
      pageFailure: page.isComplete
        ? undefined
        : 'the page was cut short; records after the break were not read',
    };
    pendingNotes = [];
    if (!page.isComplete || !page.token) return;
    url = listUrl(source, { token: page.token });
  }
}

function listUrl(source: OaiSource, position: { token?: string; from?: string | null }): string {
  const url = new URL(source.url);
  url.search = '';
  url.searchParams.set('verb', 'ListRecords');
  if (position.token) {
    url.searchParams.set('resumptionToken', position.token);
    return url.toString();
  }
  url.searchParams.set('metadataPrefix', source.metadataPrefix);
  if (source.setSpec) url.searchParams.set('set', source.setSpec);
  if (position.from) url.searchParams.set('from', position.from);
  return url.toString();
}

const identifyParser = new XMLParser({ removeNSPrefix: true, parseTagValue: false });

/** `from` as the repository takes it: a day, or seconds when its granularity allows. */
async function fromAtGranularity(source: OaiSource, from: string, options: ClientOptions): Promise<string> {
  const url = new URL(source.url);
  url.search = '?verb=Identify';
  const fetched = await fetchText(url.toString(), options);
  let granularity: unknown;
  try {
    const parsed = identifyParser.parse(fetched.text) as {
      'OAI-PMH'?: { Identify?: { granularity?: unknown } };
    };
    granularity = parsed['OAI-PMH']?.Identify?.granularity;
  } catch {
    granularity = dayGranularity;
  }
  const at = new Date(from).toISOString();
  return granularity === dayGranularity || typeof granularity !== 'string'
    ? at.slice(0, 10)
    : `${at.slice(0, 19)}Z`;
}
