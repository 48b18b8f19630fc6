import { uuidv7 } from 'uuidv7';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import {
  deleteContactPointById,
  findContactPoint,
  insertContactPoint,
  listContactPointDescriptions,
  listContactPoints,
  replaceContactPointDescriptions,
  updateContactPointFields,
  type ContactPointRecord,
} from './contact-points.repo.js';
import {
  administeredScopes,
  canManageContactPoints,
  canOpenPartnershipAdministration,
} from './organisations.policy.js';
import { findOrganisation } from './organisations.repo.js';
import {
  contactPointFormSchema,
  fieldErrorsOf,
  type ContactPointForm,
  type OrganisationFormInput,
} from './organisations.schema.js';
import { auditEvent, type OrganisationsDeps, type SaveResult } from './organisations.service.js';

/** The public list of national contact points, of one country or of all. */
export async function listNationalContactPoints(
  deps: OrganisationsDeps,
  query: { country?: string | undefined; language: string },
): Promise<ContactPointRecord[]> {
  return listContactPoints(deps.db, {
    language: query.language,
    countries: query.country ? [query.country] : undefined,
  });
}

/** The contact points an actor may manage: all for the partnership's managers, else their countries'. */
export async function listAdministeredContactPoints(
  deps: OrganisationsDeps,
  actor: Actor,
  language: string,
): Promise<ContactPointRecord[]> {
  const scopes = administeredScopes(actor);
  return listContactPoints(deps.db, { language, countries: scopes.all ? undefined : scopes.countries });
}

export async function getContactPointForEditing(
  deps: OrganisationsDeps,
  actor: Actor,
  id: string,
): Promise<{ contactPoint: ContactPointRecord; descriptions: Record<string, string> }> {
  if (!canOpenPartnershipAdministration(actor)) throw AppError.forbidden();
  const contactPoint = await findContactPoint(deps.db, id, 'en');
  // Someone who may not manage it learns nothing, not even whether it exists.
  if (!contactPoint) {
    if (!administeredScopes(actor).all) throw AppError.forbidden();
    throw AppError.notFound('There is no such contact point.');
  }
  if (!canManageContactPoints(actor, contactPoint.country)) throw AppError.forbidden();
  return { contactPoint, descriptions: await listContactPointDescriptions(deps.db, id) };
}

async function validate(
  deps: OrganisationsDeps,
  actor: Actor,
  input: OrganisationFormInput,
): Promise<{ ok: true; form: ContactPointForm } | { ok: false; errors: Record<string, string> }> {
  const parsed = contactPointFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) as Record<string, string> };
  const form = parsed.data;
  if (!canManageContactPoints(actor, form.country)) throw AppError.forbidden();
  if (form.organisationId && !(await findOrganisation(deps.db, { id: form.organisationId }, 'en')))
    return { ok: false, errors: { organisationId: 'organisations.error.organisationInvalid' } };
  return { ok: true, form };
}

export async function createContactPoint(
  deps: OrganisationsDeps,
  actor: Actor,
  input: OrganisationFormInput,
): Promise<SaveResult> {
  const scopes = administeredScopes(actor);
  if (!scopes.all && scopes.countries.length === 0) throw AppError.forbidden();
  const result = await validate(deps, actor, input);
  if (!result.ok) return { outcome: 'invalid', errors: result.errors };
  const id = uuidv7();
  await deps.db.transaction().execute(async (trx) => {
    await insertContactPoint(trx, { ...result.form, id });
    await replaceContactPointDescriptions(trx, id, result.form.descriptions);
    await appendAudit(trx, auditEvent(actor, id, 'created', 'national-contact-point'));
  });
  return { outcome: 'saved', id };
}

/** Saves a contact point; moving it to another country needs the right to act for that one too. */
export async function updateContactPoint(
  deps: OrganisationsDeps,
  actor: Actor,
  id: string,
  input: OrganisationFormInput,
): Promise<SaveResult> {
  await getContactPointForEditing(deps, actor, id);
  const result = await validate(deps, actor, input);
  if (!result.ok) return { outcome: 'invalid', errors: result.errors };
  await deps.db.transaction().execute(async (trx) => {
    await updateContactPointFields(trx, id, result.form);
    await replaceContactPointDescriptions(trx, id, result.form.descriptions);
    await appendAudit(trx, auditEvent(actor, id, 'updated', 'national-contact-point'));
  });
  return { outcome: 'saved', id };
}

export async function deleteContactPoint(deps: OrganisationsDeps, actor: Actor, id: string): Promise<void> {
  await getContactPointForEditing(deps, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    await deleteContactPointById(trx, id);
    await appendAudit(trx, auditEvent(actor, id, 'deleted', 'national-contact-point'));
  });
}
