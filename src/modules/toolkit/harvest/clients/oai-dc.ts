import { celexOf } from './celex.js';
import type { HarvestedFields, LanguageText } from './harvested-fields.js';
import { asList, attributeOf, textOf, texts } from './xml-nodes.js';

function languageTexts(value: unknown): LanguageText[] {
  return asList(value)
    .map((node) => ({ text: textOf(node), language: attributeOf(node, 'lang') }))
    .filter((entry) => entry.text !== '');
}

const doiPattern = /(?:^doi:|doi\.org\/|^)(10\.\d{4,9}\/\S+)$/i;

/**
 * `oai_dc` (Dublin Core) elements as harvested fields. Subjects are free terms (the mapping reads them
 * against our vocabulary); relations that are EUR-Lex CELEX links are the instruments.
 */
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
    subjects: texts(dc.subject),
    instruments: texts(dc.relation)
      .map(celexOf)
      .filter((celex): celex is string => celex !== undefined),
    organisation: texts(dc.publisher)[0],
    licence: texts(dc.rights)[0],
  };
}
