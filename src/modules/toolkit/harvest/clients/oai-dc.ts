import type { HarvestedFields, LanguageText } from './harvested-fields.js';

/** A parsed XML element: text, or an object with `#text` and `@_` attributes. */
type Node = string | number | { '#text'?: string | number; '@_lang'?: string } | undefined;

const asList = (value: unknown): Node[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? (value as Node[]) : [value];

const textOf = (node: Node): string =>
  (typeof node === 'object' ? String(node['#text'] ?? '') : String(node ?? '')).trim();

function languageTexts(value: unknown): LanguageText[] {
  return asList(value)
    .map((node) => ({ text: textOf(node), language: typeof node === 'object' ? node['@_lang'] : undefined }))
    .filter((entry) => entry.text !== '');
}

const texts = (value: unknown) =>
  asList(value)
    .map(textOf)
    .filter((text) => text !== '');

const doiPattern = /(?:^doi:|doi\.org\/|^)(10\.\d{4,9}\/\S+)$/i;

/** `oai_dc` (Dublin Core) elements as harvested fields. */
export function fieldsOfDublinCore(dc: Record<string, unknown>): HarvestedFields {
  const identifiers = texts(dc.identifier);
  const doi = identifiers.map((value) => doiPattern.exec(value)?.[1]).find(Boolean);
  const urls = identifiers.filter((value) => /^https?:\/\//i.test(value) && !/doi\.org\//i.test(value));
  return {
    titles: languageTexts(dc.title),
    summaries: languageTexts(dc.description),
    types: texts(dc.type),
    languages: texts(dc.language),
    urls: urls.length > 0 ? urls : identifiers.filter((value) => /^https?:\/\//i.test(value)),
    doi,
    date: texts(dc.date)[0],
    countries: texts(dc.coverage).filter((value) => /^[A-Z]{2}$/.test(value)),
    organisation: texts(dc.publisher)[0],
    licence: texts(dc.rights)[0],
  };
}
