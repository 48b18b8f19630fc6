import type { Translator } from '../../platform/i18n/translator.js';
import { labelOrCode } from '../../platform/i18n/index.js';
import { languageName } from '../../platform/layout/language-names.js';
import type { InstrumentName } from '../legal/instrument-names.js';
import type { CourseFacet } from './catalogue.search.js';

/**
 * Labels of facet values in the reader's language; a code without a translation shows as itself, an
 * instrument of the reference as its number.
 */
export function facetLabeller(
  translator: Translator,
  providerNames: ReadonlyMap<string, string>,
  instruments: ReadonlyMap<string, InstrumentName> = new Map(),
): (facet: CourseFacet, value: string) => string {
  return (facet, value) => {
    switch (facet) {
      case 'topic':
        return labelOrCode(translator, `topic.${value}.name`, value);
      case 'profession':
        return labelOrCode(translator, `profession.${value}`, value);
      case 'country':
        return translator.countryName(value);
      case 'provider':
        return providerNames.get(value) ?? value;
      case 'language':
        return languageName(translator, value);
      case 'format':
        return labelOrCode(translator, `catalogue.format.${value}`, value);
      case 'hasCredits':
        return labelOrCode(translator, `catalogue.hasCredits.${value}`, value);
      case 'instrument':
        return instruments.get(value)?.number ?? value;
    }
  };
}
