import type { PageContext } from './page-context.js';

const displayNamesByLocale = new Map<string, Intl.DisplayNames>();

/** Names of languages in the reader's language (`de` → “Deutsch” on a German page). */
export function languageName(ctx: Pick<PageContext, 'locale'>, code: string): string {
  let names = displayNamesByLocale.get(ctx.locale);
  if (!names) {
    // Building one costs more than a whole facet count: one per locale, kept.
    names = new Intl.DisplayNames([ctx.locale], { type: 'language' });
    displayNamesByLocale.set(ctx.locale, names);
  }
  return names.of(code) ?? code;
}

/** “Shown in Italian” beside a text that is not in the reader's language. */
export function ShownIn({ ctx, language }: { ctx: PageContext; language: string }) {
  if (language === ctx.locale) return null;
  return (
    <span class="muted shown-in" lang={ctx.locale}>
      {' '}
      {ctx.t('layout.shownIn', { language: languageName(ctx, language) })}
    </span>
  );
}
