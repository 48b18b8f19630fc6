import type { Translator } from '../../platform/i18n/translator.js';
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
  const translated = (key: string, value: string) => {
    const text = translator.t(key);
    return text === key ? value : text;
  };
  return (facet, value) => {
    switch (facet) {
      case 'topic':
        return translated(`topic.${value}.name`, value);
      case 'profession':
        return translated(`profession.${value}`, value);
      case 'country':
        return translator.countryName(value);
      case 'provider':
        return providerNames.get(value) ?? value;
      case 'language':
        return languageName(translator, value);
      case 'format':
        return translated(`catalogue.format.${value}`, value);
      case 'hasCredits':
        return translated(`catalogue.hasCredits.${value}`, value);
      case 'instrument':
        return instruments.get(value)?.number ?? value;
    }
  };
}
