import { euLanguages } from '../../platform/i18n/countries.js';
import { locales } from '../../platform/i18n/index.js';
import type { SearchDocument, SearchIndex } from '../../platform/search/index.js';
import type { Resource } from './resource-reads.repo.js';
import type { ResourceText } from './resource-record.js';

export const resourceKind = 'toolkit-resource';

/** Facets of a resource document, as the toolkit filters and counts them. */
export const resourceFacets = [
  'type',
  'topic',
  'profession',
  'language',
  'country',
  'instrument',
  'source',
  'evidence',
] as const;
export type ResourceFacet = (typeof resourceFacets)[number];

/** The facet choosing, per interface language, the one document of each resource that visitors see. */
export const servesFacet = 'serves';

const documentId = (resourceId: string, language: string) => `${resourceId}:${language}`;
export const resourceIdOf = (documentId: string) => documentId.split(':')[0] ?? documentId;

/**
 * Puts a published resource in the index, one document per text, or takes it out (any other status,
 * or deleted). Each interface language is served by exactly one document of a resource (its text in
 * that language, else the source language's), so counts count resources. The text
 * extracted from a resource's files (`attachmentTexts`, by resource id) is searched with its
 * source-language document. Many resources at once: one removal and one upsert for all.
 */
export async function indexResources(
  search: SearchIndex,
  resources: readonly Resource[],
  attachmentTexts: ReadonlyMap<string, string>,
): Promise<void> {
  if (resources.length === 0) return;
  const dropped: string[] = [];
  const documents: SearchDocument[] = [];
  for (const resource of resources) {
    const isListed = resource.status === 'published' && resource.deletedAt === null;
    const kept = isListed ? resource.texts : [];
    const keptLanguages = new Set(kept.map((text) => text.language));
    for (const language of previousLanguages(resource)) {
      if (!keptLanguages.has(language)) dropped.push(documentId(resource.id, language));
    }
    const attachmentText = attachmentTexts.get(resource.id) ?? '';
    for (const text of kept) documents.push(toDocument(resource, text, attachmentText));
  }
  await search.remove(resourceKind, dropped);
  if (documents.length > 0) await search.upsert(documents);
}

/** {@link indexResources} for one resource. */
export async function indexResource(search: SearchIndex, resource: Resource, attachmentText = '') {
  await indexResources(search, [resource], new Map([[resource.id, attachmentText]]));
}

/** Languages a resource may have had documents in: any EU language, and any it has now. */
function previousLanguages(resource: Resource): string[] {
  return [...new Set([...euLanguages, ...resource.texts.map((text) => text.language)])];
}

function toDocument(resource: Resource, text: ResourceText, attachmentText: string): SearchDocument {
  const languages = new Set(resource.texts.map((other) => other.language));
  const serves = locales.filter(
    (locale) =>
      locale === text.language || (text.language === resource.sourceLanguage && !languages.has(locale)),
  );
  return {
    id: documentId(resource.id, text.language),
    kind: resourceKind,
    language: text.language,
    title: text.title,
    body: [text.summary, text.language === resource.sourceLanguage ? attachmentText : ''].join('\n'),
    keywords: [resource.organisationName ?? '', ...resource.instruments],
    facets: {
      type: [resource.type],
      topic: resource.topics,
      profession: resource.professions,
      language: resource.languages,
      country: resource.countries,
      instrument: resource.instruments,
      source: [resource.network],
      evidence: resource.evidence ? [resource.evidence] : [],
      [servesFacet]: serves,
    },
    updatedAt: resource.datestamp,
  };
}
