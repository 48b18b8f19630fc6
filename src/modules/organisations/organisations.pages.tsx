import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import {
  countriesByName,
  isMemberState,
  isOrganisationCountryCode as isCountryCode,
  memberStates,
} from '../../platform/i18n/countries.js';
import { listNationalContactPoints } from './contact-points.service.js';
import { ContactPointsPage } from './contact-points.views.js';
import { listOrganisationCountries } from './organisations.repo.js';
import { slugPattern } from './organisations.schema.js';
import { getOrganisation, listPartnerDirectory } from './organisations.service.js';
import { organisationTypes } from './organisations.table.js';
import { DirectoryPage, OrganisationPage } from './organisations.views.js';

/** Filters from the address; anything unknown is ignored rather than refused, as for any visitor's link. */
const directoryQuery = z.object({
  type: z.enum(organisationTypes).optional().catch(undefined),
  country: z.string().refine(isCountryCode).optional().catch(undefined),
});
const contactPointsQuery = z.object({
  country: z.string().refine(isMemberState).optional().catch(undefined),
});

/** The directory lists every partner on one page: the partnership counts in tens, not thousands. */
const directoryPageSize = 1000;

/** `/{lang}/partners`, `/{lang}/partners/{slug}` and `/{lang}/contact-points`: public, shared pages. */
export function registerPublicOrganisationPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages, db } = deps;

  app.get('/partners', (request, reply) => {
    const filters = directoryQuery.parse(request.query ?? {});
    return pages.sendShared(request, reply, async (ctx) => {
      const [{ items, total, typeCounts }, present] = await Promise.all([
        listPartnerDirectory(deps, { filters, language: ctx.locale, page: 1, pageSize: directoryPageSize }),
        listOrganisationCountries(db),
      ]);
      const choices = new Set([...present, ...(filters.country ? [filters.country] : [])]);
      const countries = countriesByName(ctx.countryName, ctx.locale, [...choices]);
      return (
        <DirectoryPage
          ctx={ctx}
          organisations={items}
          total={total}
          typeCounts={typeCounts}
          countries={countries}
          filters={filters}
        />
      );
    });
  });

  app.get('/partners/:slug', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    if (!slugPattern.test(slug)) throw AppError.notFound();
    const organisation = await getOrganisation(deps, { slug }, requestLocale(request));
    return pages.sendShared(request, reply, (ctx) => (
      <OrganisationPage ctx={ctx} organisation={organisation} />
    ));
  });

  app.get('/contact-points', (request, reply) => {
    const { country } = contactPointsQuery.parse(request.query ?? {});
    return pages.sendShared(request, reply, async (ctx) => {
      const contactPoints = await listNationalContactPoints(deps, { country, language: ctx.locale });
      const countries = countriesByName(ctx.countryName, ctx.locale, memberStates);
      const groups = countries
        .map((code) => ({
          country: code,
          contactPoints: contactPoints.filter((point) => point.country === code),
        }))
        .filter((group) => group.contactPoints.length > 0);
      return <ContactPointsPage ctx={ctx} groups={groups} countries={countries} country={country} />;
    });
  });
}
