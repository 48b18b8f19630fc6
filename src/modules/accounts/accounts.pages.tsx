import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';

/** `/{lang}/register`, `/login`, `/logout`, `/verify-email`, `/password-reset…`, `/account…`. */
export function registerAccountPages(_app: FastifyInstance, _deps: WebDeps): void {}
