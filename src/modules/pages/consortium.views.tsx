import type { OrganisationSummary } from '../organisations/index.js';
import { Layout } from '../../platform/layout/layout.js';
import type { PageContext } from '../../platform/layout/page-context.js';
import { OrganisationList } from './organisation-list.views.js';

export function ConsortiumPage({
  ctx,
  members,
}: {
  ctx: PageContext;
  members: readonly OrganisationSummary[];
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('consortium.title')}>
      <div class="container prose">
        <h1>{t('consortium.title')}</h1>
        <p class="lead">{t('consortium.lead')}</p>
        <p>{t('consortium.network')}</p>
        <h2>{t('consortium.siblings.title')}</h2>
        <dl class="definition-list">
          <dt>J-SAFE</dt>
          <dd>{t('consortium.siblings.jsafe')}</dd>
          <dt>MINDb4ACT</dt>
          <dd>{t('consortium.siblings.mindb4act')}</dd>
        </dl>
        <h2>{t('consortium.members.title')}</h2>
        <OrganisationList ctx={ctx} organisations={members} empty={t('consortium.members.empty')} />
      </div>
    </Layout>
  );
}
