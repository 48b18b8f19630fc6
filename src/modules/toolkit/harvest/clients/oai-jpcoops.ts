import type { HarvestedFields, LanguageText } from './harvested-fields.js';
import { asList, attributeOf, textOf, texts, type XmlNode } from './xml-nodes.js';

const first = (value: unknown) => texts(value)[0];

function languageTexts(nodes: readonly XmlNode[], part: 'title' | 'summary'): LanguageText[] {
  return nodes
    .map((node) => ({
      text: typeof node === 'object' ? textOf((node as Record<string, XmlNode>)[part]) : '',
      language: attributeOf(node, 'language'),
    }))
    .filter((entry) => entry.text !== '');
}

/**
 * A `jpcoops` record (`<jp:resource>`, schemas/oai-pmh/jpcoops-resource.xsd: what another JP-COOPS
 * platform's /oai serves) as harvested fields: every field of the resource by its code. Its address is
 * the original URL, else its page at the source; the source's network stays the network of the copy.
 */
export function fieldsOfJpcoops(resource: Record<string, unknown>): HarvestedFields {
  const textNodes = asList(resource.text);
  return {
    titles: languageTexts(textNodes, 'title'),
    summaries: languageTexts(textNodes, 'summary'),
    types: texts(resource.type),
    sourceLanguage: first(resource.sourceLanguage),
    languages: texts(resource.language),
    urls: [...texts(resource.originalUrl), ...texts(resource.page)],
    doi: first(resource.doi),
    date: first(resource.publishedOn),
    topics: asList(resource.topic)
      .map((node) => attributeOf(node, 'code') ?? textOf(node))
      .filter((code) => code !== ''),
    professions: texts(resource.profession),
    countries: texts(resource.country),
    instruments: asList(resource.instrument)
      .map((node) => attributeOf(node, 'celex') ?? '')
      .filter((celex) => celex !== ''),
    organisation: first(resource.organisation),
    contact: first(resource.contact),
    licence: first(resource.licence),
    evidence: first(resource.evidence),
    evaluation: first(resource.evaluation),
    transferability: first(resource.transferability),
  };
}
