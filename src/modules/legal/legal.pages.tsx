import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { groupInstruments } from './instrument-groups.js';
import { InstrumentPage } from './instrument-page.views.js';
import { celexParamsSchema } from './legal.schema.js';
import { getInstrumentPage, listAllInstruments } from './legal.service.js';
import { InstrumentsPage } from './legal.views.js';

/** `/{lang}/instruments` and `/{lang}/instruments/{celex}`: the same for every visitor, so shared. */
export function registerLegalPages(app: FastifyInstance, deps: WebDeps): void {
  app.get('/instruments', (request, reply) =>
    deps.pages.sendShared(request, reply, async (ctx) => (
      <InstrumentsPage ctx={ctx} groups={groupInstruments(await listAllInstruments(deps))} />
    )),
  );

  app.get('/instruments/:celex', async (request, reply) => {
    const params = celexParamsSchema.safeParse(request.params);
    if (!params.success) throw AppError.notFound();
    const { celex } = params.data;
    const ctx = deps.pages.context(request, reply);
    // Read before rendering, so that an unknown CELEX number is a 404 page rather than a cached one.
    const page = await getInstrumentPage(deps, { celex, language: ctx.locale });
    return deps.pages.sendShared(request, reply, (shared) => <InstrumentPage ctx={shared} page={page} />);
  });
}
