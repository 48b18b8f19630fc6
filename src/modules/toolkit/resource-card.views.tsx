import { languageName, ShownIn } from '../../platform/layout/language-names.js';
import { labelOrCode } from '../../platform/i18n/index.js';
import type { PageContext } from '../../platform/layout/page-context.js';
import { networkName } from './toolkit-labels.js';
import { resourcePath, type ListedResource } from './toolkit.schema.js';

/** A resource in the result list; the snippet (HTML-safe, from the index) marks the words searched. */
export function ResourceCard({ ctx, item }: { ctx: PageContext; item: ListedResource }) {
  const { t } = ctx;
  return (
    <li class="card resource-card">
      <h3 class="card__title">
        <a href={resourcePath(ctx.locale, item.id)} lang={item.language}>
          {item.title}
        </a>
        <ShownIn ctx={ctx} language={item.language} />
      </h3>
      <p
        class="resource-card__snippet"
        lang={item.language}
        dangerouslySetInnerHTML={{ __html: item.snippet }}
      />
      <dl class="definition-list">
        <dt>{t('toolkit.resource.type')}</dt>
        <dd>{labelOrCode(ctx, `toolkit.type.${item.type}`, item.type)}</dd>
        <dt>{t('toolkit.resource.network')}</dt>
        <dd>{networkName(ctx, item.network)}</dd>
        {item.languages.length > 0 ? (
          <>
            <dt>{t('toolkit.resource.languages')}</dt>
            <dd>{item.languages.map((code) => languageName(ctx, code)).join(', ')}</dd>
          </>
        ) : null}
        {item.evidence ? (
          <>
            <dt>{t('toolkit.resource.evidence')}</dt>
            <dd>{labelOrCode(ctx, `toolkit.evidence.${item.evidence}`, item.evidence)}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
