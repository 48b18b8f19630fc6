import type { ComponentChildren } from 'preact';
import { Layout } from './layout.js';
import { localHref, type PageContext } from './page-context.js';

/** A page that only says something: "check your email", "link expired", "done". Keys are translation keys. */
export function MessagePage(props: {
  ctx: PageContext;
  titleKey: string;
  bodyKey: string;
  values?: Record<string, string | number>;
  children?: ComponentChildren;
}) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={ctx.t(props.titleKey)}>
      <div class="container prose">
        <h1>{ctx.t(props.titleKey)}</h1>
        <p class="lead">{ctx.t(props.bodyKey, props.values)}</p>
        {props.children ?? (
          <p>
            <a href={localHref(ctx, '/')}>{ctx.t('error.home')}</a>
          </p>
        )}
      </div>
    </Layout>
  );
}
