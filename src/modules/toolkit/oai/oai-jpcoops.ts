import type { Resource } from '../resource-reads.repo.js';
import { eurLexUrl } from './oai-dc.js';
import { textElement, utcSeconds, type XmlElement } from './oai-xml.js';
import type { FormatContext } from './oai-formats.js';

/**
 * `jpcoops`: every field of a toolkit resource (DOMAIN.md "Toolkit resources"), typed, described by
 * schemas/oai-pmh/jpcoops-resource.xsd (served at /oai/jpcoops.xsd). Element order is the schema's.
 */
export const jpcoopsNamespace = 'urn:jp-coops:schemas:toolkit-resource:1.0';

export function writeJpcoops(parent: XmlElement, resource: Resource, context: FormatContext): void {
  const root = parent
    .ele(jpcoopsNamespace, 'jp:resource')
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance')
    .att(
      'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation',
      `${jpcoopsNamespace} ${context.publicUrl}/oai/jpcoops.xsd`,
    );
  const add = (name: string, value: string | null | undefined) => {
    if (value) textElement(root, `jp:${name}`, value, jpcoopsNamespace);
  };
  add('id', resource.id);
  add('page', context.pageUrl(resource.id));
  add('type', resource.type);
  add('sourceLanguage', resource.sourceLanguage);
  for (const text of resource.texts) {
    const element = root.ele(jpcoopsNamespace, 'jp:text').att('language', text.language);
    textElement(element, 'jp:title', text.title, jpcoopsNamespace);
    if (text.summary) textElement(element, 'jp:summary', text.summary, jpcoopsNamespace);
  }
  for (const code of resource.topics) {
    textElement(root, 'jp:topic', context.topicName(code), jpcoopsNamespace).att('code', code);
  }
  for (const code of resource.professions) add('profession', code);
  for (const language of resource.languages) add('language', language);
  for (const country of resource.countries) add('country', country);
  for (const celex of resource.instruments) {
    root.ele(jpcoopsNamespace, 'jp:instrument').att('celex', celex).att('href', eurLexUrl(celex));
  }
  add('network', resource.network);
  add('sourceIdentifier', resource.sourceIdentifier);
  add('originalUrl', resource.originalUrl);
  add('doi', resource.doi);
  add('organisation', resource.organisationName);
  add('contact', resource.contact);
  add('publishedOn', resource.publishedOn);
  add('licence', resource.licence);
  add('evidence', resource.evidence);
  add('evaluation', resource.evaluation);
  add('transferability', resource.transferability);
  add('version', String(resource.version));
  add('updated', utcSeconds(resource.datestamp));
}
