import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { auditQuerySchema } from './audit-log.schema.js';
import { browseAuditLog } from './audit-log.service.js';
import { AuditLogPage } from './audit-log.views.js';

/** `/{lang}/admin/audit`: browse and filter the audit log; the chain's verdict on top. */
export function registerAuditLogPages(app: FastifyInstance, deps: WebDeps): void {
  app.get('/admin/audit', async (request, reply) => {
    const query = auditQuerySchema.parse(request.query);
    const result = await browseAuditLog(deps, request.actor, query);
    return deps.pages.send(
      reply,
      <AuditLogPage ctx={deps.pages.context(request, reply)} query={query} {...result} />,
    );
  });
}
