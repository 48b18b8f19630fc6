import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import { locales } from '../../platform/i18n/index.js';
import { requireActor, type Actor } from '../accounts/index.js';
import type { ContactPointRecord } from './contact-points.repo.js';
import {
  createContactPoint,
  deleteContactPoint,
  getContactPointForEditing,
  listAdministeredContactPoints,
  updateContactPoint,
} from './contact-points.service.js';
import { AdminContactPointListPage, ContactPointFormPage } from './contact-points.admin.views.js';
import { countriesByName, memberStates } from '../../platform/i18n/countries.js';
import { noticeOf } from './organisations.admin.pages.js';
import { administeredScopes } from './organisations.policy.js';
import { listOrganisationNames } from './organisations.repo.js';
import {
  contactPointFormInputSchema,
  descriptionField,
  type FieldErrors,
  type OrganisationFormInput,
} from './organisations.schema.js';

const idParams = z.object({ id: z.string().min(1).max(100) });

function paramsId(request: FastifyRequest): string {
  const parsed = idParams.safeParse(request.params);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data.id;
}

/** Those who may add contact points at all: the partnership's managers and contact-point users. */
function requireContactPointManager(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  const scopes = administeredScopes(actor);
  if (!scopes.all && scopes.countries.length === 0) throw AppError.forbidden();
  return actor;
}

function formValues(point: ContactPointRecord, descriptions: Record<string, string>): OrganisationFormInput {
  return {
    name: point.name,
    country: point.country,
    organisationId: point.organisation?.id ?? '',
    email: point.email ?? '',
    website: point.website ?? '',
    ...Object.fromEntries(locales.map((locale) => [descriptionField(locale), descriptions[locale] ?? ''])),
  };
}

/** `/{lang}/admin/contact-points…`: national contact points, for the managers and each country's own. */
export function registerContactPointAdminPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const redirect = (request: FastifyRequest, reply: FastifyReply, path: string) =>
    reply.redirect(`/${requestLocale(request)}/admin/contact-points${path}`, 303);

  const sendForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    actor: Actor,
    options: {
      contactPoint?: ContactPointRecord;
      values: OrganisationFormInput;
      errors?: FieldErrors;
      status?: number;
    },
  ) => {
    const scopes = administeredScopes(actor);
    const ctx = pages.context(request, reply);
    const countries = countriesByName(
      ctx.countryName,
      ctx.locale,
      scopes.all ? memberStates : scopes.countries,
    );
    const page = (
      <ContactPointFormPage
        ctx={ctx}
        contactPoint={options.contactPoint}
        values={options.values}
        errors={options.errors ?? {}}
        countries={countries}
        organisations={await listOrganisationNames(deps.db)}
        notice={options.status ? undefined : noticeOf(request)}
      />
    );
    return pages.send(reply, page, options.status ?? 200);
  };

  app.get('/admin/contact-points', async (request, reply) => {
    const actor = requireContactPointManager(request);
    const contactPoints = await listAdministeredContactPoints(deps, actor, requestLocale(request));
    const ctx = pages.context(request, reply);
    return pages.send(
      reply,
      <AdminContactPointListPage ctx={ctx} contactPoints={contactPoints} notice={noticeOf(request)} />,
    );
  });

  app.get('/admin/contact-points/new', (request, reply) =>
    sendForm(request, reply, requireContactPointManager(request), { values: {} }),
  );

  app.post('/admin/contact-points', async (request, reply) => {
    const actor = requireContactPointManager(request);
    const values = contactPointFormInputSchema.parse(request.body ?? {});
    const result = await createContactPoint(deps, actor, values);
    if (result.outcome === 'saved') return redirect(request, reply, `/${result.id}?done=created`);
    return sendForm(request, reply, actor, { values, errors: result.errors, status: 422 });
  });

  app.get('/admin/contact-points/:id', async (request, reply) => {
    const actor = requireActor(request);
    const { contactPoint, descriptions } = await getContactPointForEditing(deps, actor, paramsId(request));
    return sendForm(request, reply, actor, { contactPoint, values: formValues(contactPoint, descriptions) });
  });

  app.post('/admin/contact-points/:id', async (request, reply) => {
    const actor = requireActor(request);
    const id = paramsId(request);
    const values = contactPointFormInputSchema.parse(request.body ?? {});
    const result = await updateContactPoint(deps, actor, id, values);
    if (result.outcome === 'saved') return redirect(request, reply, `/${id}?done=saved`);
    const { contactPoint } = await getContactPointForEditing(deps, actor, id);
    return sendForm(request, reply, actor, { contactPoint, values, errors: result.errors, status: 422 });
  });

  app.post('/admin/contact-points/:id/delete', async (request, reply) => {
    await deleteContactPoint(deps, requireActor(request), paramsId(request));
    return redirect(request, reply, '?done=deleted');
  });
}
