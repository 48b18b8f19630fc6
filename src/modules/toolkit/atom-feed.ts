import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { isLocale, labelOrCode } from '../../platform/i18n/index.js';
import { rootElement, serialize, textElement, withLanguage } from './oai/oai-xml.js';
import { findResources, type Resource } from './resource-reads.repo.js';

type Deps = Pick<AppDeps, 'db' | 'config' | 'translators'>;

const atom = 'http://www.w3.org/2005/Atom';
/** Entries in the feed: the latest published resources. */
export const feedSize = 50;

/** `GET /feeds/toolkit.atom`: an Atom 1.0 feed (RFC 4287) of the latest published toolkit resources. */
export function registerToolkitFeed(app: FastifyInstance, deps: Deps): void {
  app.get('/feeds/toolkit.atom', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('content-type', 'application/atom+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(await toolkitFeed(deps)),
  );
}

export async function toolkitFeed(deps: Deps, now = new Date()): Promise<string> {
  const rows = await deps.db
    .selectFrom('toolkit_resource')
    .select('id')
    .where('status', '=', 'published')
    .where('deleted_at', 'is', null)
    .orderBy('datestamp', 'desc')
    .orderBy('id', 'desc')
    .limit(feedSize)
    .execute();
  const resources = await findResources(
    deps.db,
    rows.map((row) => row.id),
  );
  return renderFeed(deps, resources, now);
}

function renderFeed(deps: Deps, resources: readonly Resource[], now: Date): string {
  const publicUrl = deps.config.publicUrl;
  const english = deps.translators('en');
  const feed = withLanguage(rootElement(atom, 'feed'), 'en');
  textElement(feed, 'id', `${publicUrl}/feeds/toolkit.atom`);
  textElement(feed, 'title', 'JP-COOPS Toolkit of the Toolkits: latest resources');
  textElement(
    feed,
    'subtitle',
    'Toolkits, handbooks, guidelines, practices and training materials for justice practitioners.',
  );
  textElement(feed, 'updated', resources[0]?.datestamp ?? now.toISOString());
  feed
    .ele('link')
    .att('rel', 'self')
    .att('type', 'application/atom+xml')
    .att('href', `${publicUrl}/feeds/toolkit.atom`);
  feed.ele('link').att('rel', 'alternate').att('type', 'text/html').att('href', `${publicUrl}/en/toolkit`);
  textElement(feed.ele('author'), 'name', 'JP-COOPS Training Network');
  textElement(feed, 'generator', 'JP-COOPS');
  for (const resource of resources) {
    const text =
      resource.texts.find((candidate) => candidate.language === 'en') ??
      resource.texts.find((candidate) => candidate.language === resource.sourceLanguage) ??
      resource.texts[0];
    const pageLocale = text && isLocale(text.language) ? text.language : 'en';
    const entry = feed.ele('entry');
    textElement(entry, 'id', `urn:uuid:${resource.id}`);
    withLanguage(textElement(entry, 'title', text?.title ?? resource.id), text?.language ?? 'en');
    if (text?.summary) withLanguage(textElement(entry, 'summary', text.summary), text.language);
    textElement(entry, 'updated', resource.datestamp);
    entry
      .ele('link')
      .att('rel', 'alternate')
      .att('type', 'text/html')
      .att('hreflang', pageLocale)
      .att('href', `${publicUrl}/${pageLocale}/toolkit/resources/${encodeURIComponent(resource.id)}`);
    if (resource.organisationName) textElement(entry.ele('author'), 'name', resource.organisationName);
    for (const code of resource.topics) {
      entry
        .ele('category')
        .att('term', code)
        .att('scheme', `${publicUrl}/oai?verb=ListSets`)
        .att('label', labelOrCode(english, `topic.${code}.name`, code));
    }
  }
  return serialize(feed);
}
