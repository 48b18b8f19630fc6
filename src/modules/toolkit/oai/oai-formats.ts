import type { Resource } from '../resource-reads.repo.js';
import { writeOaiDc } from './oai-dc.js';
import { jpcoopsNamespace, writeJpcoops } from './oai-jpcoops.js';
import { ns, type XmlElement } from './oai-xml.js';

/** What a metadata format needs besides the resource. */
export interface FormatContext {
  readonly publicUrl: string;
  /** A topic's English name (its code when it has none). */
  readonly topicName: (code: string) => string;
  /** The resource's public page. */
  readonly pageUrl: (id: string) => string;
}

export interface MetadataFormat {
  readonly prefix: string;
  readonly namespace: string;
  readonly schema: (publicUrl: string) => string;
  /** Appends the record's metadata element to `<metadata>`. */
  readonly write: (parent: XmlElement, resource: Resource, context: FormatContext) => void;
}

/** The formats every live record is disseminated in. */
export const metadataFormats: readonly MetadataFormat[] = [
  {
    prefix: 'oai_dc',
    namespace: ns.oaiDc,
    schema: () => 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
    write: writeOaiDc,
  },
  {
    prefix: 'jpcoops',
    namespace: jpcoopsNamespace,
    schema: (publicUrl) => `${publicUrl}/oai/jpcoops.xsd`,
    write: writeJpcoops,
  },
];

export function formatOf(prefix: string): MetadataFormat | undefined {
  return metadataFormats.find((format) => format.prefix === prefix);
}
