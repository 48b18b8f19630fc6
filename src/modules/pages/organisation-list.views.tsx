import type { OrganisationSummary } from '../organisations/index.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';

/** Organisations as cards; a description shown in another language carries that language's `lang`. */
export function OrganisationList(props: {
  ctx: PageContext;
  organisations: readonly OrganisationSummary[];
  empty: string;
}) {
  const { ctx } = props;
  if (props.organisations.length === 0) return <p class="muted">{props.empty}</p>;
  return (
    <ul class="card-list">
      {props.organisations.map((organisation) => (
        <li key={organisation.slug} class="card">
          <h4 class="card__title">
            <a href={localHref(ctx, `/partners/${organisation.slug}`)}>{organisation.name}</a>
            {organisation.isDemo ? <span class="badge">{ctx.t('layout.demoLabel')}</span> : null}
          </h4>
          <p class="card__meta">{ctx.countryName(organisation.country)}</p>
          {organisation.description ? (
            <p lang={organisation.descriptionLanguage ?? undefined}>
              {organisation.description}
              {organisation.descriptionLanguage !== ctx.locale ? (
                <span class="muted" lang={ctx.locale}>
                  {' '}
                  {ctx.t('layout.shownInEnglish')}
                </span>
              ) : null}
            </p>
          ) : null}
          {organisation.website ? (
            <p>
              <a href={organisation.website} rel="noopener">
                {ctx.t('layout.website', { name: organisation.acronym ?? organisation.name })}
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
