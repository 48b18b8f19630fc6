import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';

/**
 * Who may reach a route, declared for every route in one table (src/route-access.ts) and enforced
 * before any handler runs. Use cases still authorise in detail (scopes, ownership): this is the outer
 * wall, and the table is what the route × role test reads.
 */
export type RouteAccess =
  /** Anyone, signed in or not. */
  | 'public'
  /** Any signed-in person, or an API token. */
  | 'signed-in'
  /** Someone holding one of these roles (in any scope; the use case checks the scope). */
  | { readonly anyRole: readonly string[] };

export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every route with its access, as registered. */
    routeTable: RouteEntry[];
  }
}

export interface RouteAccessOptions {
  /** The declared access of a route, or undefined when the table does not name it. */
  readonly accessOf: (method: string, url: string) => RouteAccess | undefined;
  readonly isSignedIn: (request: FastifyRequest) => boolean;
  readonly holdsAnyRole: (request: FastifyRequest, roles: readonly string[]) => boolean;
}

/** Attaches each route's access as it is registered (refusing undeclared routes) and enforces it. */
export function registerRouteAccess(app: FastifyInstance, options: RouteAccessOptions): void {
  app.decorate('routeTable', []);
  app.addHook('onRoute', (route) => {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter(
      (method) => method !== 'HEAD',
    );
    for (const method of methods) {
      const access = options.accessOf(method, route.url);
      if (!access)
        throw new Error(`No access is declared for ${method} ${route.url}: add it to src/route-access.ts`);
      app.routeTable.push({ method, url: route.url, access });
      route.config = { ...route.config, access };
    }
  });
  // Before validation, so that a visitor learns nothing about a route's inputs, only that they may not use it.
  app.addHook('preValidation', (request, _reply, done) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return done();
    if (!options.isSignedIn(request))
      return done(new AppError('unauthenticated', 'Please sign in to continue.'));
    if (access === 'signed-in' || options.holdsAnyRole(request, access.anyRole)) return done();
    done(AppError.forbidden());
  });
}
