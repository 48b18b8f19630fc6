import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { ContactPointRecord } from './contact-points.repo.js';

export interface ContactPointsPageProps {
  readonly ctx: PageContext;
  /** Countries in display order, each with its contact points. */
  readonly groups: readonly {
    readonly country: string;
    readonly contactPoints: readonly ContactPointRecord[];
  }[];
  /** Member States to choose from in the filter, in display order. */
  readonly countries: readonly string[];
  readonly country: string | undefined;
}

/** The multi-agency national contact points, grouped by Member State. */
export function ContactPointsPage({ ctx, groups, countries, country }: ContactPointsPageProps) {
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('organisations.contactPoints.title')}
      description={t('organisations.contactPoints.lead')}
    >
      <div class="container prose">
        <h1>{t('organisations.contactPoints.title')}</h1>
        <p class="lead">{t('organisations.contactPoints.lead')}</p>
        <form method="get" action={localHref(ctx, '/contact-points')} class="form filters">
          <div class="field">
            <label for="filter-country">{t('organisations.field.country')}</label>
            <select id="filter-country" name="country">
              <option value="">{t('organisations.directory.allCountries')}</option>
              {countries.map((code) => (
                <option key={code} value={code} selected={country === code}>
                  {ctx.countryName(code)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button">
            {t('organisations.directory.filter')}
          </button>
        </form>
        {groups.length === 0 ? <p class="muted">{t('organisations.contactPoints.empty')}</p> : null}
        {groups.map((group) => (
          <section key={group.country} aria-labelledby={`country-${group.country}`}>
            <h2 id={`country-${group.country}`}>{ctx.countryName(group.country)}</h2>
            <ul class="card-list">
              {group.contactPoints.map((contactPoint) => (
                <ContactPointCard key={contactPoint.id} ctx={ctx} contactPoint={contactPoint} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}

function ContactPointCard({ ctx, contactPoint }: { ctx: PageContext; contactPoint: ContactPointRecord }) {
  const { t } = ctx;
  return (
    <li class="card">
      <h3 class="card__title">{contactPoint.name}</h3>
      {contactPoint.organisation ? (
        <p class="card__meta">
          <a href={localHref(ctx, `/partners/${contactPoint.organisation.slug}`)}>
            {contactPoint.organisation.name}
          </a>
        </p>
      ) : null}
      {contactPoint.description ? (
        <p lang={contactPoint.descriptionLanguage ?? undefined}>
          {contactPoint.description}
          {contactPoint.descriptionLanguage !== ctx.locale ? (
            <span class="muted" lang={ctx.locale}>
              {' '}
              {t('layout.shownInEnglish')}
            </span>
          ) : null}
        </p>
      ) : null}
      <ul class="link-list">
        {contactPoint.email ? (
          <li>
            {t('organisations.field.email')}:{' '}
            <a href={`mailto:${contactPoint.email}`}>{contactPoint.email}</a>
          </li>
        ) : null}
        {contactPoint.website ? (
          <li>
            <a href={contactPoint.website} rel="noopener noreferrer">
              {t('layout.website', { name: contactPoint.name })}
            </a>
          </li>
        ) : null}
      </ul>
    </li>
  );
}
