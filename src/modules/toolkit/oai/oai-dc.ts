import type { Resource } from '../resource-reads.repo.js';
import type { ResourceType } from '../toolkit.table.js';
import { ns, textElement, withLanguage, type XmlElement } from './oai-xml.js';
import type { FormatContext } from './oai-formats.js';

/** DCMI Type of each kind of resource, beside our own type code in `dc:type`. */
const dcmiTypes: Record<ResourceType, string> = {
  toolkit: 'Text',
  handbook: 'Text',
  guideline: 'Text',
  practice: 'Text',
  'case-study': 'Text',
  'training-material': 'Text',
  'e-learning': 'InteractiveResource',
  legislation: 'Text',
  research: 'Text',
  video: 'MovingImage',
};

export const eurLexUrl = (celex: string) =>
  `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${encodeURIComponent(celex)}`;

/**
 * Unqualified Dublin Core (DOMAIN.md maps the fields): title and description in each language with
 * `xml:lang`; subject: the topics' English names; publisher: the organisation; contributor: the source
 * network; date: the publication date; type: our type code then the DCMI type; identifier: the
 * resource's own address first (harvesters take the first URL for the resource), its DOI, then its page
 * here; language, coverage (EU country codes),
 * relation (EUR-Lex addresses of the CELEX instruments) and rights (the licence).
 */
export function writeOaiDc(parent: XmlElement, resource: Resource, context: FormatContext): void {
  const dc = parent
    .ele(ns.oaiDc, 'oai_dc:dc')
    .att(ns.xmlns, 'xmlns:dc', ns.dc)
    .att(ns.xmlns, 'xmlns:xsi', ns.xsi)
    .att(ns.xsi, 'xsi:schemaLocation', `${ns.oaiDc} http://www.openarchives.org/OAI/2.0/oai_dc.xsd`);
  const add = (name: string, value: string | null | undefined, language?: string) => {
    if (!value) return;
    const element = textElement(dc, `dc:${name}`, value, ns.dc);
    if (language) withLanguage(element, language);
  };
  for (const text of resource.texts) add('title', text.title, text.language);
  for (const code of resource.topics) add('subject', context.topicName(code));
  for (const text of resource.texts) add('description', text.summary, text.language);
  add('publisher', resource.organisationName);
  add('contributor', resource.network);
  add('date', resource.publishedOn);
  add('type', resource.type);
  add('type', dcmiTypes[resource.type]);
  add('identifier', resource.originalUrl);
  if (resource.doi) add('identifier', `https://doi.org/${resource.doi}`);
  add('identifier', context.pageUrl(resource.id));
  const languages = resource.languages.length > 0 ? resource.languages : [resource.sourceLanguage];
  for (const language of languages) add('language', language);
  for (const celex of resource.instruments) add('relation', eurLexUrl(celex));
  for (const country of resource.countries) add('coverage', country);
  add('rights', resource.licence);
}
