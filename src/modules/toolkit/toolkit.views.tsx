import type { FacetValue } from '../../platform/http/list-query.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { ResourceCard } from './resource-card.views.js';
import { toolkitFilters, toolkitHref, type ToolkitFilter } from './toolkit-links.js';
import { resourceSorts } from './toolkit.schema.js';
import { resourceFacets, type ResourceFacet } from './toolkit.search.js';
import type { ResourceList, ResourceListQuery } from './toolkit.service.js';

export interface ToolkitView {
  readonly query: ResourceListQuery;
  readonly list: ResourceList;
  /** Labels of the active facet values, `facet:value` → label, also for values no longer counted. */
  readonly labels: ReadonlyMap<string, string>;
}

const resultsId = 'toolkit-results';
const facetsId = 'toolkit-facets';
/** Values shown per facet, the most frequent first; chosen values are always shown. */
const shownValues = 12;

const checkboxId = (facet: ResourceFacet, value: string) =>
  `toolkit-${facet}-${value.replace(/[^A-Za-z0-9_-]/g, (character) => `_${character.codePointAt(0)}`)}`;

/** `/{lang}/toolkit`: a plain GET form, which htmx (when present) submits live into the results region. */
export function ToolkitPage({ ctx, view }: { ctx: PageContext; view: ToolkitView }) {
  const { t } = ctx;
  const action = localHref(ctx, '/toolkit');
  return (
    <Layout ctx={ctx} title={t('toolkit.list.title')} description={t('toolkit.list.lead')}>
      <div class="container">
        <h1>{t('toolkit.list.title')}</h1>
        <p class="lead">{t('toolkit.list.lead')}</p>
        <p>
          <a href={localHref(ctx, '/toolkit/networks')}>{t('toolkit.networks.link')}</a>
        </p>
        <div class="catalogue">
          <form
            method="get"
            action={action}
            class="form catalogue__filters"
            role="search"
            aria-label={t('toolkit.list.searchLabel')}
            hx-get={action}
            hx-target={`#${resultsId}`}
            hx-push-url="true"
            hx-trigger="change, submit, keyup changed delay:500ms from:#toolkit-q"
          >
            <div class="field">
              <label for="toolkit-q">{t('toolkit.field.q')}</label>
              <input id="toolkit-q" name="q" type="search" maxLength={200} value={view.query.q ?? ''} />
            </div>
            <div class="field">
              <label for="toolkit-sort">{t('toolkit.field.sort')}</label>
              <select id="toolkit-sort" name="sort">
                {resourceSorts.map((sort) => (
                  <option key={sort} value={sort} selected={sort === view.list.sort}>
                    {t(`toolkit.sort.${sort}`)}
                  </option>
                ))}
              </select>
            </div>
            <ToolkitFacets ctx={ctx} view={view} />
            <button type="submit" class="button">
              {t('toolkit.list.apply')}
            </button>
          </form>
          <div id={resultsId} class="catalogue__results" aria-live="polite">
            <ToolkitResults ctx={ctx} view={view} />
          </div>
        </div>
      </div>
    </Layout>
  );
}

/** The facets with their counts; an htmx answer carries them out of band so the counts follow the results. */
export function ToolkitFacets({
  ctx,
  view,
  outOfBand = false,
}: {
  ctx: PageContext;
  view: ToolkitView;
  outOfBand?: boolean;
}) {
  return (
    <div id={facetsId} {...(outOfBand ? { 'hx-swap-oob': 'true' } : {})}>
      {resourceFacets.map((facet) => (
        <FacetFieldset key={facet} ctx={ctx} view={view} facet={facet} />
      ))}
    </div>
  );
}

function FacetFieldset({ ctx, view, facet }: { ctx: PageContext; view: ToolkitView; facet: ResourceFacet }) {
  const chosen = view.query.filters[facet];
  const counted = view.list.facets[facet];
  const top = counted.filter((entry, index) => index < shownValues || chosen.includes(entry.value));
  const missing: FacetValue[] = chosen
    .filter((value) => !counted.some((entry) => entry.value === value))
    .map((value) => ({ value, label: view.labels.get(`${facet}:${value}`) ?? value, count: 0 }));
  const values = [...top, ...missing];
  if (values.length === 0) return null;
  return (
    <fieldset class="field facet">
      <legend>{ctx.t(`toolkit.facet.${facet}`)}</legend>
      <ul class="facet__values">
        {values.map((entry) => (
          <li key={entry.value}>
            <input
              type="checkbox"
              id={checkboxId(facet, entry.value)}
              name={facet}
              value={entry.value}
              checked={chosen.includes(entry.value)}
            />{' '}
            <label for={checkboxId(facet, entry.value)}>
              {ctx.t('toolkit.facet.valueWithCount', { label: entry.label, count: entry.count })}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The results region's content: also the whole answer to an htmx request. */
export function ToolkitResults({ ctx, view }: { ctx: PageContext; view: ToolkitView }) {
  const { list } = view;
  const filters = toolkitFilters(view.query);
  return (
    <>
      <h2>{ctx.t('toolkit.list.count', { count: list.total })}</h2>
      {list.items.length === 0 ? (
        <NoResults ctx={ctx} view={view} filters={filters} />
      ) : (
        <ul class="card-list">
          {list.items.map((item) => (
            <ResourceCard key={item.id} ctx={ctx} item={item} />
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} view={view} filters={filters} />
    </>
  );
}

function filterLabel(ctx: PageContext, view: ToolkitView, filter: ToolkitFilter): string {
  if (filter.kind === 'q') return `${ctx.t('toolkit.field.q')}: ${filter.value}`;
  const label = view.labels.get(`${filter.facet}:${filter.value}`) ?? filter.value;
  return `${ctx.t(`toolkit.facet.${filter.facet}`)}: ${label}`;
}

function NoResults({
  ctx,
  view,
  filters,
}: {
  ctx: PageContext;
  view: ToolkitView;
  filters: ToolkitFilter[];
}) {
  if (filters.length === 0) return <p class="muted">{ctx.t('toolkit.list.empty')}</p>;
  return (
    <div class="catalogue__empty">
      <p>{ctx.t('toolkit.list.noMatch')}</p>
      <ul class="drop-filters">
        {filters.map((filter) => (
          <li key={`${filter.kind}:${filter.kind === 'facet' ? filter.facet : ''}:${filter.value}`}>
            <a
              href={toolkitHref(
                ctx,
                filters.filter((other) => other !== filter),
                { sort: view.query.sort },
              )}
              rel="nofollow"
            >
              {ctx.t('toolkit.drop.link', { filter: filterLabel(ctx, view, filter) })}
            </a>
          </li>
        ))}
        {filters.length > 1 ? (
          <li>
            <a href={toolkitHref(ctx, [])}>{ctx.t('toolkit.drop.all')}</a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function Pagination({
  ctx,
  view,
  filters,
}: {
  ctx: PageContext;
  view: ToolkitView;
  filters: ToolkitFilter[];
}) {
  const { list } = view;
  const sort = view.query.sort;
  const pages = Math.ceil(list.total / list.pageSize);
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={ctx.t('toolkit.pagination.label')}>
      {list.page > 1 ? (
        <a href={toolkitHref(ctx, filters, { page: list.page - 1, sort })} rel="prev">
          {ctx.t('toolkit.pagination.previous')}
        </a>
      ) : null}{' '}
      <span>{ctx.t('toolkit.pagination.status', { page: list.page, pages })}</span>{' '}
      {list.page < pages ? (
        <a href={toolkitHref(ctx, filters, { page: list.page + 1, sort })} rel="next">
          {ctx.t('toolkit.pagination.next')}
        </a>
      ) : null}
    </nav>
  );
}
