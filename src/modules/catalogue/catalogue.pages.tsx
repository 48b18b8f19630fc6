import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { instrumentNames } from '../legal/instrument-names.js';
import type { Locale } from '../../platform/i18n/index.js';
import type { PageContext } from '../../platform/layout/page-context.js';
import { listCoursesQuery } from './catalogue.api-schemas.js';
import { listCourses, type CourseListQuery } from './catalogue.list.js';
import { courseFacets } from './catalogue.search.js';
import { sendCatalogueFeed, sendCourseCalendar } from './catalogue-ical.js';
import { getCourse } from './catalogue.service.js';
import { CatalogueFacets, CataloguePage, CatalogueResults, type CatalogueView } from './catalogue.views.js';
import { findProviderNames } from './course-list.repo.js';
import { findNextSessions, findProviderSlug, findRecognisedCredits } from './course-page.repo.js';
import { facetLabeller } from './facet-labels.js';
import { CoursePage } from './course-page.views.js';

const pageSize = 20;
/** Parameters of the page's address; `lang` and `pageSize` belong to the API only. */
const pageParameters = ['q', ...courseFacets, 'from', 'to', 'sort', 'page'] as const;

/** `/{lang}/courses` and `/{lang}/courses/{slug}`: the public catalogue, over the API's list service. */
export function registerCataloguePages(app: FastifyInstance, deps: WebDeps): void {
  app.get('/courses', async (request, reply) => {
    const ctx = deps.pages.context(request, reply);
    const view = await catalogueView(deps, ctx, request.query);
    // htmx asks for the results only, except when it restores a page missing from its history cache.
    const fragment =
      request.headers['hx-request'] === 'true' && request.headers['hx-history-restore-request'] !== 'true';
    const page = fragment ? (
      <>
        <CatalogueResults ctx={ctx} view={view} />
        <CatalogueFacets ctx={ctx} view={view} outOfBand />
      </>
    ) : (
      <CataloguePage ctx={ctx} view={view} />
    );
    reply.header('vary', 'HX-Request');
    return fragment ? deps.pages.sendFragment(reply, page) : deps.pages.send(reply, page);
  });

  // Static routes win over `/courses/:slug` in Fastify's router, whatever the order of registration.
  app.get('/courses/feed.ics', async (request, reply) =>
    sendCatalogueFeed(deps, (request.params as { lang: Locale }).lang, reply),
  );
  app.get('/courses/:slug/sessions.ics', async (request, reply) => {
    const { lang, slug } = request.params as { lang: Locale; slug: string };
    return sendCourseCalendar(deps, lang, slug, reply);
  });

  app.get('/courses/:slug', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const course = await getCourse(deps, request.actor, slug);
    // Drafts and archived courses are not in the public catalogue, even for their managers.
    if (course.slug !== slug || course.status !== 'published') throw AppError.notFound();
    const providerSlug = await findProviderSlug(deps.db, course.providerId);
    const ctx = deps.pages.context(request, reply);
    const now = new Date();
    const [recognitions, names] = await Promise.all([
      findRecognisedCredits(deps.db, course.id, now, ctx.locale),
      course.instruments.length > 0 ? instrumentNames(deps.db) : undefined,
    ]);
    // The JSON-LD carries this response's nonce: the page is never shared between responses.
    return deps.pages.send(
      reply,
      <CoursePage
        ctx={ctx}
        course={course}
        providerSlug={providerSlug}
        now={now}
        recognitions={recognitions}
        instrumentNames={names}
      />,
    );
  });
}

/**
 * The list for the address's filters. A visitor's link may hold anything: invalid parameters are
 * dropped (one by one, as the validation names them) rather than refused.
 */
async function catalogueView(deps: WebDeps, ctx: PageContext, rawQuery: unknown): Promise<CatalogueView> {
  const raw = pickParameters(rawQuery);
  for (let attempt = 0; attempt <= pageParameters.length; attempt += 1) {
    const parsed = listCoursesQuery.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
      continue;
    }
    const { q, from, to, sort, page, lang: _lang, pageSize: _size, ...filters } = parsed.data;
    const query: CourseListQuery = {
      q: q || undefined,
      filters,
      from,
      to,
      sort,
      page,
      pageSize,
      lang: ctx.locale,
    };
    try {
      const list = await listCourses(deps, query);
      const [nextSessions, labels] = await Promise.all([
        findNextSessions(
          deps.db,
          list.items.map((item) => item.id),
          new Date(),
        ),
        activeLabels(deps, ctx, query),
      ]);
      return { query, list, nextSessions, labels };
    } catch (error) {
      if (!(error instanceof AppError) || error.fields.length === 0) throw error;
      for (const problem of error.fields) delete raw[problem.field];
    }
  }
  throw new AppError('bad-request', 'The filters could not be read.');
}

/** Labels of the chosen facet values, in the reader's language. */
async function activeLabels(
  deps: WebDeps,
  ctx: PageContext,
  query: CourseListQuery,
): Promise<Map<string, string>> {
  const [providers, instruments] = await Promise.all([
    findProviderNames(deps.db, query.filters.provider),
    query.filters.instrument.length > 0 ? instrumentNames(deps.db) : undefined,
  ]);
  const label = facetLabeller(ctx, providers, instruments);
  return new Map(
    courseFacets.flatMap((facet) =>
      query.filters[facet].map((value) => [`${facet}:${value}`, label(facet, value)] as const),
    ),
  );
}

function pickParameters(query: unknown): Record<string, unknown> {
  const source = (query ?? {}) as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const name of pageParameters) {
    if (source[name] !== undefined && source[name] !== '') picked[name] = source[name];
  }
  return picked;
}
