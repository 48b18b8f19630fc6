import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requireActor } from '../accounts/index.js';
import { eraseOwnAccount } from './privacy.erasure.js';
import { exportOwnData } from './privacy.export.js';
import { eraseRequestSchema, exportQuerySchema, personalDataExportSchema } from './privacy.schema.js';

const tags = ['account'];

/** The download's file name: the day, never the person's name. */
export const exportFileName = (exportedAt: string) => `jpcoops-my-data-${exportedAt.slice(0, 10)}.json`;

/** `GET /api/v1/me/export` and `DELETE /api/v1/me`: the caller's own data, never anyone else's. */
export function registerPrivacyApiRoutes(app: FastifyInstance, deps: WebDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/api/v1/me/export',
    {
      schema: {
        tags,
        summary: 'Download everything the platform holds about me',
        description:
          'The caller’s rows from every table that refers to them, as JSON (sent as an attachment). ' +
          'Secrets (password and token hashes, second-factor secrets) are never included. Answers with a ' +
          'session cookie or an API token with the `read` scope. Each export is recorded in the audit log.',
        querystring: exportQuerySchema,
        response: { 200: personalDataExportSchema },
      },
    },
    async (request, reply) => {
      const exported = await exportOwnData(deps, requireActor(request));
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${exportFileName(exported.exportedAt)}"`)
        .send(exported);
    },
  );

  typed.delete(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary: 'Erase my account',
        description:
          'Only with a signed-in session (cookie), and the account’s password. Deletes the account and ' +
          'the personal data about it in one go, ends every session and token, and clears the session ' +
          'cookie. A wrong password is refused with 403 and changes nothing; the only administrator is ' +
          'refused with 409. Five attempts per quarter hour.',
        body: eraseRequestSchema,
        response: { 204: z.null().describe('Erased') },
      },
    },
    async (request, reply) => {
      const outcome = await eraseOwnAccount(deps, requireActor(request), request.body.password);
      if (outcome === 'wrong-password') throw AppError.forbidden('The password is not correct.');
      if (outcome === 'only-administrator') {
        throw new AppError(
          'conflict',
          'You are the only administrator: grant the role to someone else first.',
        );
      }
      await deps.sessions.end(request, reply);
      return reply.status(204).send(null);
    },
  );
}
