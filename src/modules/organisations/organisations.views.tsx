import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { OrganisationRecord } from './organisations.repo.js';
import { logoPath } from './organisations.presenters.js';
import { organisationTypes, type OrganisationType } from './organisations.table.js';

export interface DirectoryPageProps {
  readonly ctx: PageContext;
  readonly organisations: readonly OrganisationRecord[];
  readonly total: number;
  readonly typeCounts: ReadonlyMap<OrganisationType, number>;
  /** Countries to choose from, already in the order to show. */
  readonly countries: readonly string[];
  readonly filters: { readonly type?: OrganisationType | undefined; readonly country?: string | undefined };
}

/** The Knowledge Partnership directory: a plain GET form, so that the address holds the filters. */
export function DirectoryPage({
  ctx,
  organisations,
  total,
  typeCounts,
  countries,
  filters,
}: DirectoryPageProps) {
  const { t } = ctx;
  const allTypes = [...typeCounts.values()].reduce((sum, count) => sum + count, 0);
  return (
    <Layout
      ctx={ctx}
      title={t('organisations.directory.title')}
      description={t('organisations.directory.lead')}
    >
      <div class="container prose">
        <h1>{t('organisations.directory.title')}</h1>
        <p class="lead">{t('organisations.directory.lead')}</p>
        <p>
          <a href={localHref(ctx, '/contact-points')}>{t('organisations.directory.contactPointsLink')}</a>
        </p>
        <form method="get" action={localHref(ctx, '/partners')} class="form filters">
          <div class="field">
            <label for="filter-type">{t('organisations.field.type')}</label>
            <select id="filter-type" name="type">
              <option value="">{t('organisations.directory.allTypes', { count: allTypes })}</option>
              {organisationTypes.map((type) => (
                <option key={type} value={type} selected={filters.type === type}>
                  {t('organisations.directory.typeWithCount', {
                    type: t(`organisations.type.${type}`),
                    count: typeCounts.get(type) ?? 0,
                  })}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-country">{t('organisations.field.country')}</label>
            <select id="filter-country" name="country">
              <option value="">{t('organisations.directory.allCountries')}</option>
              {countries.map((code) => (
                <option key={code} value={code} selected={filters.country === code}>
                  {ctx.countryName(code)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button">
            {t('organisations.directory.filter')}
          </button>
        </form>
        <h2 id="results">{t('organisations.directory.count', { count: total })}</h2>
        {organisations.length === 0 ? (
          <p class="muted">{t('organisations.directory.empty')}</p>
        ) : (
          <ul class="card-list">
            {organisations.map((organisation) => (
              <OrganisationCard key={organisation.id} ctx={ctx} organisation={organisation} />
            ))}
          </ul>
        )}
      </div>
    </Layout>
  );
}

function OrganisationCard({ ctx, organisation }: { ctx: PageContext; organisation: OrganisationRecord }) {
  return (
    <li class="card organisation-card">
      {organisation.logoFile ? <Logo ctx={ctx} organisation={organisation} size={64} /> : null}
      <h3 class="card__title">
        <a href={localHref(ctx, `/partners/${organisation.slug}`)}>{organisation.name}</a>
      </h3>
      <p class="card__meta">
        {ctx.t(`organisations.type.${organisation.type}`)} · {ctx.countryName(organisation.country)}
      </p>
      <Badges ctx={ctx} organisation={organisation} />
      <Description ctx={ctx} organisation={organisation} />
    </li>
  );
}

function Logo({
  ctx,
  organisation,
  size,
}: {
  ctx: PageContext;
  organisation: OrganisationRecord;
  size: number;
}) {
  if (!organisation.logoFile) return null;
  return (
    <img
      class="organisation-logo"
      src={logoPath(organisation.logoFile)}
      alt={ctx.t('organisations.logoAlt', { name: organisation.name })}
      height={size}
      loading="lazy"
    />
  );
}

function Badges({ ctx, organisation }: { ctx: PageContext; organisation: OrganisationRecord }) {
  const badges = [
    organisation.isConsortiumMember ? 'organisations.badge.consortium' : '',
    organisation.isProvider ? 'organisations.badge.provider' : '',
    organisation.isDemo ? 'layout.demoLabel' : '',
  ].filter(Boolean);
  if (badges.length === 0) return null;
  return (
    <p class="badges">
      {badges.map((key) => (
        <span key={key} class="badge">
          {ctx.t(key)}
        </span>
      ))}
    </p>
  );
}

/** The description in the reader's language, or in English marked as such (with its own `lang`). */
function Description({ ctx, organisation }: { ctx: PageContext; organisation: OrganisationRecord }) {
  if (!organisation.description) return null;
  return (
    <p lang={organisation.descriptionLanguage ?? undefined}>
      {organisation.description}
      {organisation.descriptionLanguage !== ctx.locale ? (
        <span class="muted" lang={ctx.locale}>
          {' '}
          {ctx.t('layout.shownInEnglish')}
        </span>
      ) : null}
    </p>
  );
}

/** One organisation of the Knowledge Partnership. */
export function OrganisationPage({
  ctx,
  organisation,
}: {
  ctx: PageContext;
  organisation: OrganisationRecord;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={organisation.name} description={organisation.description ?? undefined}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, '/partners')}>{t('organisations.directory.title')}</a>
        </p>
        <Logo ctx={ctx} organisation={organisation} size={96} />
        <h1>
          {organisation.name}
          {organisation.acronym ? <span class="muted"> ({organisation.acronym})</span> : null}
        </h1>
        <Badges ctx={ctx} organisation={organisation} />
        <dl class="definition-list">
          <dt>{t('organisations.field.type')}</dt>
          <dd>
            <a href={`${localHref(ctx, '/partners')}?type=${organisation.type}`}>
              {t(`organisations.type.${organisation.type}`)}
            </a>
          </dd>
          <dt>{t('organisations.field.country')}</dt>
          <dd>
            <a href={`${localHref(ctx, '/partners')}?country=${organisation.country}`}>
              {ctx.countryName(organisation.country)}
            </a>
          </dd>
          {organisation.website ? (
            <>
              <dt>{t('organisations.field.website')}</dt>
              <dd>
                <a href={organisation.website} rel="noopener noreferrer">
                  {organisation.website}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        <Description ctx={ctx} organisation={organisation} />
      </div>
    </Layout>
  );
}
