import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import { locales } from '../../platform/i18n/index.js';
import { requireActor } from '../accounts/index.js';
import { maxLogoBytes } from './logo-content.js';
import { removeOrganisationLogo, replaceOrganisationLogo } from './organisation-logo.service.js';
import {
  administeredScopes,
  canManagePartnership,
  canOpenPartnershipAdministration,
} from './organisations.policy.js';
import type { OrganisationRecord } from './organisations.repo.js';
import {
  descriptionField,
  organisationFormInputSchema,
  type FieldErrors,
  type OrganisationFormInput,
} from './organisations.schema.js';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisationForEditing,
  listAdministeredOrganisations,
  updateOrganisation,
} from './organisations.service.js';
import { AdminOrganisationListPage, OrganisationFormPage } from './organisations.admin.views.js';

const idParams = z.object({ id: z.string().min(1).max(100) });

/** What the page says after a change (post/redirect/get): `?done=saved` → a translated notice. */
const notices: Record<string, string> = {
  created: 'organisations.notice.created',
  saved: 'organisations.notice.saved',
  logo: 'organisations.notice.logo',
  logoRemoved: 'organisations.notice.logoRemoved',
  deleted: 'organisations.notice.deleted',
};
export const noticeOf = (request: FastifyRequest) => notices[(request.query as { done?: string }).done ?? ''];

function paramsId(request: FastifyRequest): string {
  const parsed = idParams.safeParse(request.params);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data.id;
}

/** The form filled in with what is stored. */
function formValues(
  organisation: OrganisationRecord,
  descriptions: Record<string, string>,
): OrganisationFormInput {
  return {
    name: organisation.name,
    acronym: organisation.acronym ?? '',
    slug: organisation.slug,
    type: organisation.type,
    country: organisation.country,
    website: organisation.website ?? '',
    isProvider: organisation.isProvider ? 'yes' : '',
    isConsortiumMember: organisation.isConsortiumMember ? 'yes' : '',
    awardsCredits: organisation.awardsCredits ? 'yes' : '',
    ...Object.fromEntries(locales.map((locale) => [descriptionField(locale), descriptions[locale] ?? ''])),
  };
}

/** `/{lang}/admin/organisations…`: the partnership managers', partner admins' and provider managers' pages. */
export function registerOrganisationAdminPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const redirect = (request: FastifyRequest, reply: FastifyReply, path: string) =>
    reply.redirect(`/${requestLocale(request)}/admin/organisations${path}`, 303);

  app.get('/admin/organisations', async (request, reply) => {
    const actor = requireActor(request);
    if (!canOpenPartnershipAdministration(actor)) throw AppError.forbidden();
    const scopes = administeredScopes(actor);
    const organisations = await listAdministeredOrganisations(deps, actor);
    const ctx = pages.context(request, reply);
    return pages.send(
      reply,
      <AdminOrganisationListPage
        ctx={ctx}
        organisations={organisations}
        canCreate={canManagePartnership(actor)}
        canManageContactPoints={scopes.all || scopes.countries.length > 0}
        notice={noticeOf(request)}
      />,
    );
  });

  app.get('/admin/organisations/new', (request, reply) => {
    if (!canManagePartnership(requireActor(request))) throw AppError.forbidden();
    const ctx = pages.context(request, reply);
    return pages.send(reply, <OrganisationFormPage ctx={ctx} values={{}} errors={{}} canManage />);
  });

  app.post('/admin/organisations', async (request, reply) => {
    const actor = requireActor(request);
    const values = organisationFormInputSchema.parse(request.body ?? {});
    const result = await createOrganisation(deps, actor, values);
    if (result.outcome === 'saved') return redirect(request, reply, `/${result.id}?done=created`);
    const ctx = pages.context(request, reply);
    return pages.send(
      reply,
      <OrganisationFormPage ctx={ctx} values={values} errors={result.errors} canManage />,
      422,
    );
  });

  const sendEditPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      values?: OrganisationFormInput;
      errors?: FieldErrors;
      logoError?: string;
      status?: number;
    } = {},
  ) => {
    const actor = requireActor(request);
    const { organisation, descriptions } = await getOrganisationForEditing(deps, actor, paramsId(request));
    const ctx = pages.context(request, reply);
    const page = (
      <OrganisationFormPage
        ctx={ctx}
        organisation={organisation}
        values={options.values ?? formValues(organisation, descriptions)}
        errors={options.errors ?? {}}
        canManage={canManagePartnership(actor)}
        logoError={options.logoError}
        notice={options.status ? undefined : noticeOf(request)}
      />
    );
    return pages.send(reply, page, options.status ?? 200);
  };

  app.get('/admin/organisations/:id', (request, reply) => sendEditPage(request, reply));

  app.post('/admin/organisations/:id', async (request, reply) => {
    const values = organisationFormInputSchema.parse(request.body ?? {});
    const result = await updateOrganisation(deps, requireActor(request), paramsId(request), values);
    if (result.outcome === 'saved') return redirect(request, reply, `/${result.id}?done=saved`);
    return sendEditPage(request, reply, { values, errors: result.errors, status: 422 });
  });

  app.post('/admin/organisations/:id/delete', async (request, reply) => {
    await deleteOrganisation(deps, requireActor(request), paramsId(request));
    return redirect(request, reply, '?done=deleted');
  });

  app.post('/admin/organisations/:id/logo/delete', async (request, reply) => {
    const id = paramsId(request);
    await removeOrganisationLogo(deps, requireActor(request), id);
    return redirect(request, reply, `/${id}?done=logoRemoved`);
  });

  void app.register(async (uploads) => {
    // Multipart bodies are accepted here only. `keyValues` puts the fields, `_csrf` included, in
    // `request.body` before the global CSRF check runs. One byte over the limit is read, not thrown
    // on, so that an oversized logo comes back as a field error on the form.
    await uploads.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: maxLogoBytes + 1, files: 1, fields: 50, fieldSize: 16_384, parts: 51 },
    });
    uploads.post('/admin/organisations/:id/logo', async (request, reply) => {
      const id = paramsId(request);
      const upload = (request.body as Record<string, unknown> | undefined)?.logo;
      const result = await replaceOrganisationLogo(
        deps,
        requireActor(request),
        id,
        Buffer.isBuffer(upload) ? upload : undefined,
      );
      if (result.outcome === 'saved') return redirect(request, reply, `/${id}?done=logo`);
      const status = result.error === 'organisations.error.logoTooLarge' ? 413 : 422;
      return sendEditPage(request, reply, { logoError: result.error, status });
    });
  });
}
