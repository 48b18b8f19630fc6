import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export interface OpenApiOptions {
  readonly publicUrl: string;
  readonly version: string;
}

/**
 * The OpenAPI 3.1 document is generated from the zod schemas of the routes, so it cannot drift from
 * what the API validates. Register before any route.
 */
export async function registerOpenApi(app: FastifyInstance, options: OpenApiOptions): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'JP-COOPS Training Network API',
        version: options.version,
        description:
          'Public and partner API of the JP-COOPS Training Network. Errors are `application/problem+json` (RFC 9457) with a stable `code`.',
      },
      servers: [{ url: options.publicUrl }],
    },
    transform: jsonSchemaTransform,
    hideUntagged: true,
  });
}

/** `/api/v1/openapi.json` and readable documentation at `/api/docs`, both from our own origin. */
export async function registerOpenApiDocs(app: FastifyInstance): Promise<void> {
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, () => app.swagger());
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, url: '/api/v1/openapi.json' },
    // The same strict policy as the rest of the site (swagger-ui's default would allow any https: host).
    staticCSP: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
    },
  });
}
