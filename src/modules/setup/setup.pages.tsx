import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { requestLocale } from '../../platform/http/pages.js';
import { firstAdministratorInputSchema } from './setup.schema.js';
import { createFirstAdministrator, isSetupTokenUsable } from './setup.service.js';
import { SetupMessagePage, SetupPage } from './setup.views.js';

// The token travels in the query string and the form body, never in the path: paths are logged.
const tokenSchema = z.object({ token: z.string().max(200).catch('') }).catch({ token: '' });

/** `/{lang}/setup?token=…`: creating the first administrator with the one-time link printed at first start. */
export function registerSetupPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages, db } = deps;

  app.get('/setup', async (request, reply) => {
    const { token } = tokenSchema.parse(request.query);
    const ctx = pages.context(request, reply);
    reply.header('cache-control', 'no-store');
    if (!token || !(await isSetupTokenUsable(db, token))) {
      return pages.send(reply, <SetupMessagePage ctx={ctx} messageKey="setup.expired" />, 404);
    }
    return pages.send(reply, <SetupPage ctx={ctx} token={token} values={{}} errors={{}} />);
  });

  app.post('/setup', async (request, reply) => {
    const { token } = tokenSchema.parse(request.body);
    const input = firstAdministratorInputSchema.parse(request.body ?? {});
    const result = await createFirstAdministrator(db, { token, input, language: requestLocale(request) });
    const ctx = pages.context(request, reply);
    reply.header('cache-control', 'no-store');
    if (result.outcome === 'invalid') {
      return pages.send(
        reply,
        <SetupPage ctx={ctx} token={token} values={input} errors={result.errors} />,
        422,
      );
    }
    request.log.info({ event: 'first-administrator-created' }, 'first administrator created');
    return pages.send(reply, <SetupMessagePage ctx={ctx} messageKey="setup.done" />);
  });
}
