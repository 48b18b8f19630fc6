import type { FacetValue } from '../../platform/http/list-query.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { NetworkSource } from './resource-page.repo.js';
import { toolkitHref } from './toolkit-links.js';

export interface NetworksView {
  /** Published resources per network, labelled, largest first. */
  readonly networks: readonly FacetValue[];
  readonly sources: ReadonlyMap<string, readonly NetworkSource[]>;
}

/** `/{lang}/toolkit/networks`: the toolkit of toolkits, one row per source network with its count. */
export function NetworksPage({ ctx, view }: { ctx: PageContext; view: NetworksView }) {
  const { t } = ctx;
  const total = view.networks.reduce((sum, network) => sum + network.count, 0);
  return (
    <Layout ctx={ctx} title={t('toolkit.networks.title')} description={t('toolkit.networks.lead')}>
      <div class="container prose">
        <p class="eyebrow">
          <a href={localHref(ctx, '/toolkit')}>{t('toolkit.list.title')}</a>
        </p>
        <h1>{t('toolkit.networks.title')}</h1>
        <p class="lead">{t('toolkit.networks.lead')}</p>
        {view.networks.length === 0 ? (
          <p class="muted">{t('toolkit.list.empty')}</p>
        ) : (
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="networks-caption">
            <table class="table">
              <caption id="networks-caption">{t('toolkit.networks.caption', { count: total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('toolkit.networks.network')}</th>
                  <th scope="col">{t('toolkit.networks.resources')}</th>
                  <th scope="col">{t('toolkit.networks.sources')}</th>
                </tr>
              </thead>
              <tbody>
                {view.networks.map((network) => (
                  <tr key={network.value}>
                    <th scope="row">
                      <a href={toolkitHref(ctx, [{ kind: 'facet', facet: 'source', value: network.value }])}>
                        {network.label}
                      </a>
                    </th>
                    <td data-label={t('toolkit.networks.resources')}>{ctx.formatNumber(network.count)}</td>
                    <td data-label={t('toolkit.networks.sources')}>
                      <SourcesOf
                        ctx={ctx}
                        network={network.value}
                        sources={view.sources.get(network.value)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Layout>
  );
}

/** The harvest sources a network's resources come from; the platform's own are contributed on it. */
function SourcesOf({
  ctx,
  network,
  sources = [],
}: {
  ctx: PageContext;
  network: string;
  sources: readonly NetworkSource[] | undefined;
}) {
  if (sources.length > 0) return <>{sources.map((source) => source.name).join(', ')}</>;
  return <>{network === 'JP-COOPS' ? ctx.t('toolkit.networks.contributed') : '—'}</>;
}
