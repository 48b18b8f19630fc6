import type { PageContext } from '../../../platform/layout/page-context.js';
import type { HarvestRun } from './harvest-runs.repo.js';

const when = (ctx: PageContext, at: string) =>
  ctx.formatDate(at, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * The running run's pages and counts. Without JavaScript a link reloads the page; with htmx the
 * region refreshes itself every two seconds while the run goes on.
 */
export function RunProgress({
  ctx,
  run,
  refreshHref,
}: {
  ctx: PageContext;
  run: HarvestRun | undefined;
  refreshHref: string;
}) {
  const { t } = ctx;
  if (!run) return <div id="harvest-progress" />;
  return (
    <section
      id="harvest-progress"
      aria-labelledby="harvest-progress-heading"
      aria-live="polite"
      hx-get={refreshHref}
      hx-trigger="every 2s"
      hx-select="#harvest-progress"
      hx-swap="outerHTML"
    >
      <h2 id="harvest-progress-heading">{t('toolkit-harvest.progress.title')}</h2>
      <p>
        {t('toolkit-harvest.progress.pages', { pages: run.pagesDone })}{' '}
        {t('toolkit-harvest.counts', { ...run.counts, newCount: run.counts.new })}
      </p>
      <p>
        <a href={refreshHref}>{t('toolkit-harvest.progress.refresh')}</a>
      </p>
    </section>
  );
}

/** Every run of the source, latest first, each with its report. */
export function RunHistory({ ctx, runs }: { ctx: PageContext; runs: readonly HarvestRun[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="run-history">
      <h2 id="run-history">{t('toolkit-harvest.runs.title')}</h2>
      {runs.length === 0 ? (
        <p>{t('toolkit-harvest.sources.never')}</p>
      ) : (
        <table class="table">
          <caption>{t('toolkit-harvest.runs.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('toolkit-harvest.runs.started')}</th>
              <th scope="col">{t('toolkit-harvest.runs.status')}</th>
              <th scope="col">{t('toolkit-harvest.runs.pages')}</th>
              <th scope="col">{t('toolkit-harvest.runs.new')}</th>
              <th scope="col">{t('toolkit-harvest.runs.updated')}</th>
              <th scope="col">{t('toolkit-harvest.runs.unchanged')}</th>
              <th scope="col">{t('toolkit-harvest.runs.deleted')}</th>
              <th scope="col">{t('toolkit-harvest.runs.failed')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id}>
                <th scope="row">{when(ctx, run.startedAt)}</th>
                <td data-label={t('toolkit-harvest.runs.status')}>
                  {t(`toolkit-harvest.status.${run.status}`)} ({t(`toolkit-harvest.trigger.${run.trigger}`)})
                </td>
                <td data-label={t('toolkit-harvest.runs.pages')}>{ctx.formatNumber(run.pagesDone)}</td>
                <td data-label={t('toolkit-harvest.runs.new')}>{ctx.formatNumber(run.counts.new)}</td>
                <td data-label={t('toolkit-harvest.runs.updated')}>{ctx.formatNumber(run.counts.updated)}</td>
                <td data-label={t('toolkit-harvest.runs.unchanged')}>
                  {ctx.formatNumber(run.counts.unchanged)}
                </td>
                <td data-label={t('toolkit-harvest.runs.deleted')}>{ctx.formatNumber(run.counts.deleted)}</td>
                <td data-label={t('toolkit-harvest.runs.failed')}>{ctx.formatNumber(run.counts.failed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {runs
        .filter((run) => run.error || run.failures.length > 0 || run.notes.length > 0)
        .map((run) => (
          <details key={run.id}>
            <summary>{t('toolkit-harvest.runs.report', { started: when(ctx, run.startedAt) })}</summary>
            {run.error ? <p>{t('toolkit-harvest.runs.error', { error: run.error })}</p> : null}
            {run.failures.length > 0 ? (
              <>
                <h3>{t('toolkit-harvest.runs.failures')}</h3>
                <ul>
                  {run.failures.map((failure, index) => (
                    <li key={index}>
                      <code>{failure.identifier}</code>: {failure.reason}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {run.notes.length > 0 ? (
              <>
                <h3>{t('toolkit-harvest.runs.notes')}</h3>
                <ul>
                  {run.notes.map((note, index) => (
                    <li key={index}>
                      <code>{note.identifier}</code>: {note.note}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </details>
        ))}
    </section>
  );
}
