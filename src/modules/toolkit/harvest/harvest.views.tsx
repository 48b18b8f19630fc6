import type { PageContext } from '../../../platform/layout/page-context.js';
import { localHref } from '../../../platform/layout/page-context.js';
import type { FormErrors } from '../../../platform/layout/form-fields.js';
import { AdminPage } from '../../admin/index.js';
import { RunHistory, RunProgress } from './harvest-runs.views.js';
import { SourceForm } from './harvest-source-form.views.js';
import type { SourceFormValues } from './harvest.form.js';
import type { HarvestRun } from './harvest-runs.repo.js';
import type { SourceWithLastRun } from './harvest.service.js';

const sourcesPath = '/toolkit/sources';

function Notice({ ctx, notice }: { ctx: PageContext; notice: string | undefined }) {
  if (!notice) return null;
  return (
    <p class="notice notice--success" role="status">
      {ctx.t(notice)}
    </p>
  );
}

/** `/{lang}/toolkit/sources`: every source with its last run, and the form to add one. */
export function SourcesPage(props: {
  ctx: PageContext;
  sources: readonly SourceWithLastRun[];
  values: SourceFormValues;
  errors: FormErrors;
}) {
  const { ctx, sources } = props;
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('toolkit-harvest.sources.title')}>
      <p class="lead">{t('toolkit-harvest.sources.lead')}</p>
      {sources.length === 0 ? (
        <p>{t('toolkit-harvest.sources.none')}</p>
      ) : (
        <table class="table">
          <caption>{t('toolkit-harvest.sources.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('toolkit-harvest.field.name')}</th>
              <th scope="col">{t('toolkit-harvest.field.network')}</th>
              <th scope="col">{t('toolkit-harvest.field.kind')}</th>
              <th scope="col">{t('toolkit-harvest.sources.lastRun')}</th>
              <th scope="col">{t('toolkit-harvest.sources.nextHarvest')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id}>
                <th scope="row">
                  <a href={localHref(ctx, `${sourcesPath}/${source.id}`)}>{source.name}</a>
                  {source.isEnabled ? null : <> ({t('toolkit-harvest.sources.disabled')})</>}
                </th>
                <td data-label={t('toolkit-harvest.field.network')}>{source.network}</td>
                <td data-label={t('toolkit-harvest.field.kind')}>
                  {t(`toolkit-harvest.kind.${source.kind}`)}
                </td>
                <td data-label={t('toolkit-harvest.sources.lastRun')}>
                  {source.lastRun ? (
                    <RunSummary ctx={ctx} run={source.lastRun} />
                  ) : (
                    t('toolkit-harvest.sources.never')
                  )}
                </td>
                <td data-label={t('toolkit-harvest.sources.nextHarvest')}>
                  {source.nextHarvestAt
                    ? ctx.formatDate(source.nextHarvestAt, { dateStyle: 'medium', timeStyle: 'short' })
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="add-source">
        <h2 id="add-source">{t('toolkit-harvest.sources.add')}</h2>
        <SourceForm
          ctx={ctx}
          action={localHref(ctx, sourcesPath)}
          values={props.values}
          errors={props.errors}
          submitLabel={t('toolkit-harvest.sources.addButton')}
        />
      </section>
    </AdminPage>
  );
}

function RunSummary({ ctx, run }: { ctx: PageContext; run: HarvestRun }) {
  const { t } = ctx;
  return (
    <>
      {t(`toolkit-harvest.status.${run.status}`)},{' '}
      {ctx.formatDate(run.finishedAt ?? run.startedAt, { dateStyle: 'medium', timeStyle: 'short' })}
      <br />
      {t('toolkit-harvest.counts', { ...run.counts, newCount: run.counts.new })}
    </>
  );
}

/** `/{lang}/toolkit/sources/:id`: harvest now, progress of a running run, the source's settings, its runs. */
export function SourcePage(props: {
  ctx: PageContext;
  source: SourceWithLastRun;
  runs: readonly HarvestRun[];
  values: SourceFormValues;
  errors: FormErrors;
  notice: string | undefined;
}) {
  const { ctx, source } = props;
  const { t } = ctx;
  const path = localHref(ctx, `${sourcesPath}/${source.id}`);
  const running = props.runs.find((run) => run.status === 'running');
  return (
    <AdminPage
      ctx={ctx}
      title={source.name}
      crumbs={[{ label: t('toolkit-harvest.sources.title'), href: localHref(ctx, sourcesPath) }]}
    >
      <Notice ctx={ctx} notice={props.notice} />
      <p>
        {source.network} · {t(`toolkit-harvest.kind.${source.kind}`)}
        {source.kind === 'oai-pmh' ? ` (${t(`toolkit-harvest.format.${source.metadataPrefix}`)})` : ''} ·{' '}
        <code>{source.url}</code>
      </p>
      <RunProgress ctx={ctx} run={running} refreshHref={path} />
      <form method="post" action={`${path}/harvest`}>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <button type="submit" class="button" disabled={running !== undefined}>
          {t('toolkit-harvest.source.harvestNow')}
        </button>
      </form>
      <RunHistory ctx={ctx} runs={props.runs} />
      <section aria-labelledby="edit-source">
        <h2 id="edit-source">{t('toolkit-harvest.source.edit')}</h2>
        <SourceForm
          ctx={ctx}
          action={path}
          values={props.values}
          errors={props.errors}
          submitLabel={t('toolkit-harvest.source.save')}
        />
      </section>
    </AdminPage>
  );
}
