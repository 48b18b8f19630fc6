import type { PageContext } from '../../platform/layout/page-context.js';
import type { Resource } from './resource-reads.repo.js';
import type { ResourceText } from './resource-record.js';
import {
  attachmentPath,
  resourcePath,
  type RelatedResource,
  type ResourceAttachment,
} from './toolkit.schema.js';

/**
 * The schema.org `LearningResource` of a resource page, as the text of a `<script>`: `<` is escaped so
 * that no text of the resource can close the element.
 */
export function resourceJsonLd(
  ctx: Pick<PageContext, 'publicUrl' | 'locale'>,
  resource: Resource,
  text: ResourceText | undefined,
  attachments: readonly ResourceAttachment[],
  related: readonly RelatedResource[],
): string {
  const url = `${ctx.publicUrl}${resourcePath(ctx.locale, resource.id)}`;
  const sameAs = [
    resource.originalUrl,
    resource.doi ? `https://doi.org/${resource.doi}` : null,
    ...related.map((other) => `${ctx.publicUrl}${resourcePath(ctx.locale, other.id)}`),
  ].filter((value): value is string => value !== null);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    '@id': url,
    url,
    name: text?.title ?? '',
    description: text?.summary ?? '',
    inLanguage: resource.languages.length > 0 ? resource.languages : [resource.sourceLanguage],
    learningResourceType: resource.type,
    about: resource.topics,
    ...(resource.professions.length > 0
      ? {
          audience: resource.professions.map((profession) => ({
            '@type': 'EducationalAudience',
            educationalRole: profession,
          })),
        }
      : {}),
    ...(resource.organisationName
      ? { publisher: { '@type': 'Organization', name: resource.organisationName } }
      : {}),
    provider: { '@type': 'Organization', name: resource.network },
    ...(resource.publishedOn ? { datePublished: resource.publishedOn } : {}),
    dateModified: resource.datestamp,
    ...(resource.licence ? { license: resource.licence } : {}),
    ...(resource.doi
      ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: resource.doi } }
      : {}),
    ...(resource.countries.length > 0
      ? {
          spatialCoverage: resource.countries.map((country) => ({ '@type': 'Country', identifier: country })),
        }
      : {}),
    ...(resource.instruments.length > 0
      ? {
          citation: resource.instruments.map(
            (celex) => `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`,
          ),
        }
      : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(attachments.length > 0
      ? {
          associatedMedia: attachments.map((file) => ({
            '@type': 'MediaObject',
            name: file.fileName,
            encodingFormat: file.mediaType,
            contentSize: `${file.byteSize} B`,
            contentUrl: `${ctx.publicUrl}${attachmentPath(file.id)}`,
          })),
        }
      : {}),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
