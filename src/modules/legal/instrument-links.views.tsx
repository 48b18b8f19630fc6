import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { InstrumentName } from './instrument-names.js';
import { instrumentPath } from './instrument-text.js';

/**
 * The instruments a course or resource applies, as links: an instrument of the reference goes to its
 * page under its short title (English, as the reference is) and number; any other CELEX number to
 * EUR-Lex in the reader's language.
 */
export function InstrumentLinks({
  ctx,
  celexes,
  names,
}: {
  ctx: PageContext;
  celexes: readonly string[];
  names: ReadonlyMap<string, InstrumentName>;
}) {
  return (
    <ul class="inline-list">
      {celexes.map((celex) => {
        const name = names.get(celex);
        return (
          <li key={celex}>
            {name ? (
              <a href={localHref(ctx, instrumentPath(celex))}>
                <span lang="en">{name.shortTitle}</span> ({name.number})
              </a>
            ) : (
              <a
                href={`https://eur-lex.europa.eu/legal-content/${ctx.locale.toUpperCase()}/TXT/?uri=CELEX:${celex}`}
                rel="noopener noreferrer external"
              >
                CELEX {celex}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
