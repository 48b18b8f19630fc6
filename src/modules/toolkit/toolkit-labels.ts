import { labelOrCode } from '../../platform/i18n/index.js';
import type { Translator } from '../../platform/i18n/translator.js';
import { languageName } from '../../platform/layout/language-names.js';
import type { InstrumentName } from '../legal/instrument-names.js';
import type { ResourceFacet } from './toolkit.search.js';

type Labels = Pick<Translator, 't' | 'countryName' | 'locale'>;

/** The name of a source network in the reader's language; unknown networks show their code. */
export const networkName = (translator: Pick<Translator, 't'>, network: string) =>
  labelOrCode(translator, `toolkit.network.${network}.name`, network);

/** Labels of facet values in the reader's language; an instrument of the reference shows its number. */
export function resourceFacetLabeller(
  translator: Labels,
  instruments: ReadonlyMap<string, InstrumentName> = new Map(),
): (facet: ResourceFacet, value: string) => string {
  return (facet, value) => {
    switch (facet) {
      case 'type':
        return labelOrCode(translator, `toolkit.type.${value}`, value);
      case 'topic':
        return labelOrCode(translator, `topic.${value}.name`, value);
      case 'profession':
        return labelOrCode(translator, `profession.${value}`, value);
      case 'country':
        return translator.countryName(value);
      case 'language':
        return languageName(translator, value);
      case 'evidence':
        return labelOrCode(translator, `toolkit.evidence.${value}`, value);
      case 'source':
        return networkName(translator, value);
      case 'instrument':
        return instruments.get(value)?.number ?? value;
    }
  };
}
