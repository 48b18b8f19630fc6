import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { AppDeps, WebDeps } from './app-deps.js';
import { buildAssetManifest, registerAssetRoutes } from './platform/http/assets.js';
import { AppError } from './platform/http/app-error.js';
import { registerErrorHandlers } from './platform/http/error-handler.js';
import { generateRequestId, httpLoggerOptions } from './platform/http/logging.js';
import { registerMetrics } from './platform/http/metrics.js';
import { registerOpenApi, registerOpenApiDocs } from './platform/http/openapi.js';
import { createPageRenderer } from './platform/http/pages.js';
import { registerSecurity } from './platform/http/security.js';
import { registerHealthRoutes } from './platform/http/health.js';
import { isLocale, negotiateLocale } from './platform/i18n/index.js';
import { renderErrorPage } from './platform/layout/render-error-page.js';
import { registerContactRoutes } from './modules/contact/index.js';
import { registerPublicPages } from './modules/pages/index.js';
import { registerSetupRoutes } from './modules/setup/index.js';
import { registerAccountPages } from './modules/accounts/accounts.pages.js';
import { registerActorResolution } from './modules/accounts/index.js';
import { registerAdminPages } from './modules/admin/index.js';
import { registerApiTokenApi, registerApiTokenPages, resolveApiToken } from './modules/api-tokens/index.js';
import { registerOrganisationApi, registerOrganisationPages } from './modules/organisations/index.js';
import {
  registerCatalogueApi,
  registerCataloguePages,
  registerCourseImportPages,
  registerCourseManagementPages,
} from './modules/catalogue/index.js';
import { registerPrivacyApi, registerPrivacyPages } from './modules/privacy/index.js';
import {
  registerApplicationPages,
  registerApplications,
  registerEnrolmentPages,
  registerProviderDeskPages,
  registerSelectionDeskPages,
} from './modules/applications/index.js';
import { registerAttendanceApi, registerAttendancePages } from './modules/attendance/index.js';
import {
  registerCredentialsApi,
  registerMyCredentialsApi,
  registerMyCredentialsPages,
  registerSessionCredentialPages,
  registerVerifyApi,
  registerVerifyPages,
} from './modules/credentials/index.js';
import { registerRecognitionApi, registerRecognitionPages } from './modules/recognition/index.js';
import {
  registerAttachmentRoutes,
  registerContributionApi,
  registerContributionPages,
  registerHarvestApi,
  registerHarvestPages,
  registerOaiRoutes,
  registerReviewPages,
  registerToolkitApi,
  registerToolkitFeed,
  registerToolkitPages,
} from './modules/toolkit/index.js';
import {
  registerCaseHelperApi,
  registerCaseHelperPages,
  registerLegalAdminPages,
  registerLegalApi,
  registerLegalPages,
} from './modules/legal/index.js';
import { registerIdempotency } from './platform/http/idempotency.js';
import { registerTwoFactorPages } from './modules/two-factor/index.js';
import { registerSessionCookies } from './platform/sessions/index.js';
import { registerRouteAccess } from './platform/http/route-access.js';
import { accessOf } from './route-access.js';
import { packageVersion } from './platform/package-version.js';

export interface BuildAppOptions extends AppDeps {
  /** Whether the demo content set is in the database: pages then say so. */
  readonly hasDemoContent: boolean;
}

/** Builds the web application with every platform plugin and module. Never listens. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    // Typed as Fastify's base logger so that the instance stays assignable to plain `FastifyInstance`
    // (the lint rule sees the option's type, not the inferred instance type).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    loggerInstance: options.logger.child({}, httpLoggerOptions()) as FastifyBaseLogger,
    genReqId: generateRequestId,
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    bodyLimit: 1_048_576,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  const assets = buildAssetManifest();
  const pages = createPageRenderer({
    translators: options.translators,
    assets,
    publicUrl: config.publicUrl,
    hasDemoContent: () => options.hasDemoContent,
  });
  const { hasDemoContent: _, ...deps } = options;

  await registerPlatform(app, config, options.secret);
  registerRouteAccess(app, {
    accessOf,
    isSignedIn: (request) => request.actor !== undefined,
    // Raw grants: a staff member without a second factor reaches the page, which explains what to do.
    holdsAnyRole: (request, roles) =>
      request.actor?.grants.some((grant) => grant.role === 'admin' || roles.includes(grant.role)) ?? false,
  });
  const sessions = registerSessionCookies(app, {
    db: options.db,
    publicUrl: config.publicUrl,
    policy: config.sessions,
  });
  registerActorResolution(app, { db: options.db, resolveBearerToken: resolveApiToken });
  registerIdempotency(app, { db: options.db, identityOf: (request) => request.actor?.userId });
  const web: WebDeps = { ...deps, pages, sessions };
  registerErrorHandlers(app, renderErrorPage(pages));
  registerAssetRoutes(app, assets);
  registerMetrics(app, config.metricsToken);
  registerHealthRoutes(app, web);
  registerOrganisationApi(app, web);
  registerCatalogueApi(app, web);
  registerApplications(app, web);
  registerAttendanceApi(app, web);
  registerCredentialsApi(app, web);
  registerMyCredentialsApi(app, web);
  registerVerifyApi(app, web);
  registerRecognitionApi(app, web);
  registerToolkitApi(app, web);
  registerContributionApi(app, web);
  registerAttachmentRoutes(app, web);
  registerOaiRoutes(app, web);
  registerToolkitFeed(app, web);
  registerHarvestApi(app, web);
  registerCaseHelperApi(app, web);
  registerLegalApi(app, web);
  registerApiTokenApi(app, web);
  registerPrivacyApi(app, web);
  await registerOpenApiDocs(app);

  app.get('/', { schema: { hide: true } }, (request, reply) =>
    reply
      .header('vary', 'Accept-Language')
      .redirect(`/${negotiateLocale(request.headers['accept-language'])}`, 302),
  );
  await app.register(
    (localised, _options, done) => {
      localised.addHook('onRequest', (request, _reply, done) => {
        const { lang } = request.params as { lang?: string };
        done(isLocale(lang) ? undefined : AppError.notFound());
      });
      registerPublicPages(localised, web);
      registerContactRoutes(localised, web);
      registerSetupRoutes(localised, web);
      registerAccountPages(localised, web);
      registerMyCredentialsPages(localised, web);
      registerTwoFactorPages(localised, web);
      registerApiTokenPages(localised, web);
      registerPrivacyPages(localised, web);
      registerOrganisationPages(localised, web);
      registerCataloguePages(localised, web);
      registerCourseManagementPages(localised, web);
      registerAttendancePages(localised, web);
      registerSessionCredentialPages(localised, web);
      registerCourseImportPages(localised, web);
      registerAdminPages(localised, web);
      registerApplicationPages(localised, web);
      registerEnrolmentPages(localised, web);
      registerSelectionDeskPages(localised, web);
      registerProviderDeskPages(localised, web);
      registerRecognitionPages(localised, web);
      registerToolkitPages(localised, web);
      registerContributionPages(localised, web);
      registerReviewPages(localised, web);
      registerHarvestPages(localised, web);
      registerCaseHelperPages(localised, web);
      registerLegalPages(localised, web);
      registerLegalAdminPages(localised, web);
      registerVerifyPages(localised, web);
      done();
    },
    { prefix: '/:lang' },
  );
  return app;
}

async function registerPlatform(app: FastifyInstance, config: Config, secret: string): Promise<void> {
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  await app.register(formbody);
  await registerSecurity(app, { publicUrl: config.publicUrl, cookieSecret: secret });
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'rate-limited',
        `Too many requests. Please try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
        [],
        {
          retryAfterSeconds: Math.ceil(context.ttl / 1000),
        },
      ),
  });
  await registerOpenApi(app, { publicUrl: config.publicUrl, version: packageVersion });
}
