import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { isAppError } from '../../platform/http/app-error.js';
import { needsSecondFactor } from '../accounts/index.js';
import { allowedSections, authorize } from './admin.policy.js';
import { DashboardPage, SecondFactorRequiredPage } from './admin.views.js';
import { registerAuditLogPages } from './audit-log.pages.js';
import { registerInboxPages } from './inbox.pages.js';
import { registerUserPages } from './users.pages.js';

/**
 * `/{lang}/admin/…`, in a plugin scope of its own so that its error handler only sees admin pages: staff
 * whose roles wait for a second factor get told how to enrol one instead of a bare 403.
 */
export function registerAdminPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register((admin, _options, done) => {
    admin.setErrorHandler((error, request, reply) => {
      if (
        isAppError(error) &&
        error.code === 'forbidden' &&
        request.actor &&
        needsSecondFactor(request.actor)
      ) {
        const ctx = deps.pages.context(request, reply);
        return deps.pages.send(reply, <SecondFactorRequiredPage ctx={ctx} />, 403);
      }
      // Thrown on, the error reaches the application's handler (sign-in redirect, error pages).
      throw error;
    });
    // Pages here show other people's personal data: never kept by browsers or proxies.
    admin.addHook('onSend', (_request, reply, payload, hookDone) => {
      reply.header('cache-control', 'no-store');
      hookDone(null, payload);
    });

    admin.get('/admin', (request, reply) => {
      const actor = authorize(request.actor, (candidate) => allowedSections(candidate).length > 0);
      const ctx = deps.pages.context(request, reply);
      return deps.pages.send(reply, <DashboardPage ctx={ctx} sections={allowedSections(actor)} />);
    });
    registerUserPages(admin, deps);
    registerInboxPages(admin, deps);
    registerAuditLogPages(admin, deps);
    done();
  });
}
