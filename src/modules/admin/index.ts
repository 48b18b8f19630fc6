// Module skeleton: the admin area module fills this in.
import type { FastifyInstance } from 'fastify';
import type { AppDeps, WebDeps } from '../../app-deps.js';

/** `/{lang}/admin/…`: users, roles, organisations, audit log, messages. */
export function registerAdminPages(_app: FastifyInstance, _deps: WebDeps): void {}

export function createAdminJobs(_deps: Omit<AppDeps, 'jobs'>) {
  return {};
}
