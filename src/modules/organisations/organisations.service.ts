import { uuidv7 } from 'uuidv7';
import type { AppDeps } from '../../app-deps.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import {
  deleteOrganisationById,
  insertOrganisation,
  isLogoFileInUse,
  isSlugTaken,
  replaceOrganisationDescriptions,
  updateOrganisationFields,
} from './organisation-writes.repo.js';
import { administeredScopes, canEditOrganisation, canManagePartnership } from './organisations.policy.js';
import {
  countOrganisations,
  countOrganisationsByType,
  findOrganisation,
  listOrganisationDescriptions,
  listOrganisationNames,
  listOrganisations,
  type OrganisationFilters,
  type OrganisationRecord,
} from './organisations.repo.js';
import {
  fieldErrorsOf,
  organisationFormSchema,
  type FieldErrors,
  type OrganisationForm,
  type OrganisationFormInput,
} from './organisations.schema.js';
import { removeLogoFile } from './logo-store.js';
import type { OrganisationType } from './organisations.table.js';

export type OrganisationsDeps = Pick<AppDeps, 'db' | 'config'>;

export type SaveResult =
  | { readonly outcome: 'saved'; readonly id: string }
  | { readonly outcome: 'invalid'; readonly errors: FieldErrors };

/** One page of the Knowledge Partnership directory, with how many organisations each type has. */
export async function listPartnerDirectory(
  deps: OrganisationsDeps,
  query: { filters: OrganisationFilters; language: string; page: number; pageSize: number },
): Promise<{ items: OrganisationRecord[]; total: number; typeCounts: Map<OrganisationType, number> }> {
  const { filters, language, page, pageSize } = query;
  const [items, total, typeCounts] = await Promise.all([
    listOrganisations(deps.db, { ...filters, language, limit: pageSize, offset: (page - 1) * pageSize }),
    countOrganisations(deps.db, filters),
    countOrganisationsByType(deps.db, filters),
  ]);
  return { items, total, typeCounts };
}

/** A public organisation by id or slug, described in `language` or else in English. */
export async function getOrganisation(
  deps: OrganisationsDeps,
  key: { slug: string } | { idOrSlug: string },
  language: string,
): Promise<OrganisationRecord> {
  const organisation = await findOrganisation(deps.db, key, language);
  if (!organisation) throw AppError.notFound('There is no such organisation.');
  return organisation;
}

/** The organisations an actor may edit: all of them for the partnership's managers. */
export async function listAdministeredOrganisations(deps: OrganisationsDeps, actor: Actor) {
  const scopes = administeredScopes(actor);
  if (!scopes.all && scopes.organisationIds.length === 0) return [];
  return listOrganisationNames(deps.db, scopes.all ? undefined : scopes.organisationIds);
}

export async function getOrganisationForEditing(
  deps: OrganisationsDeps,
  actor: Actor,
  id: string,
): Promise<{ organisation: OrganisationRecord; descriptions: Record<string, string> }> {
  if (!canEditOrganisation(actor, id)) throw AppError.forbidden();
  const organisation = await findOrganisation(deps.db, { id }, 'en');
  if (!organisation) throw AppError.notFound('There is no such organisation.');
  return { organisation, descriptions: await listOrganisationDescriptions(deps.db, id) };
}

function validate(
  input: OrganisationFormInput,
): { ok: true; form: OrganisationForm } | { ok: false; errors: FieldErrors } {
  const parsed = organisationFormSchema.safeParse(input);
  return parsed.success
    ? { ok: true, form: parsed.data }
    : { ok: false, errors: fieldErrorsOf(parsed.error) };
}

/** A new partner organisation; its address (slug) comes from the acronym or name unless one is given. */
export async function createOrganisation(
  deps: OrganisationsDeps,
  actor: Actor,
  input: OrganisationFormInput,
): Promise<SaveResult> {
  if (!canManagePartnership(actor)) throw AppError.forbidden();
  const result = validate(input);
  if (!result.ok) return { outcome: 'invalid', errors: result.errors };
  const { form } = result;
  if (form.slug && (await isSlugTaken(deps.db, form.slug)))
    return { outcome: 'invalid', errors: { slug: 'organisations.error.slugTaken' } };
  const slug = form.slug ?? (await freeSlug(deps, slugify(form.acronym ?? form.name)));
  const id = uuidv7();
  await deps.db.transaction().execute(async (trx) => {
    await insertOrganisation(trx, { ...form, slug, id });
    await replaceOrganisationDescriptions(trx, id, form.descriptions);
    await appendAudit(trx, auditEvent(actor, id, 'created'));
  });
  return { outcome: 'saved', id };
}

/**
 * Saves an organisation. Partner admins and provider managers edit their own organisation's details;
 * its address and its consortium and provider memberships stay the partnership managers' decision.
 */
export async function updateOrganisation(
  deps: OrganisationsDeps,
  actor: Actor,
  id: string,
  input: OrganisationFormInput,
): Promise<SaveResult> {
  const { organisation: current } = await getOrganisationForEditing(deps, actor, id);
  const result = validate(input);
  if (!result.ok) return { outcome: 'invalid', errors: result.errors };
  const form = canManagePartnership(actor)
    ? result.form
    : {
        ...result.form,
        slug: current.slug,
        isProvider: current.isProvider,
        isConsortiumMember: current.isConsortiumMember,
        awardsCredits: current.awardsCredits,
      };
  const slug = form.slug ?? current.slug;
  if (slug !== current.slug && (await isSlugTaken(deps.db, slug, id)))
    return { outcome: 'invalid', errors: { slug: 'organisations.error.slugTaken' } };
  await deps.db.transaction().execute(async (trx) => {
    await updateOrganisationFields(trx, id, { ...form, slug });
    await replaceOrganisationDescriptions(trx, id, form.descriptions);
    await appendAudit(trx, auditEvent(actor, id, 'updated'));
  });
  return { outcome: 'saved', id };
}

export async function deleteOrganisation(deps: OrganisationsDeps, actor: Actor, id: string): Promise<void> {
  if (!canManagePartnership(actor)) throw AppError.forbidden();
  const { organisation } = await getOrganisationForEditing(deps, actor, id);
  const course = await deps.db
    .selectFrom('course')
    .select('id')
    .where('provider_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  if (course) {
    throw new AppError(
      'conflict',
      'This organisation still provides courses in the catalogue: delete or move them first.',
    );
  }
  await deps.db.transaction().execute(async (trx) => {
    await deleteOrganisationById(trx, id);
    await appendAudit(trx, auditEvent(actor, id, 'deleted'));
  });
  if (organisation.logoFile) await removeUnusedLogo(deps, organisation.logoFile);
}

export function auditEvent(
  actor: Actor,
  id: string,
  change: 'created' | 'updated' | 'deleted' | 'logo',
  targetType: 'organisation' | 'national-contact-point' = 'organisation',
) {
  return {
    action: 'organisation-changed',
    actorId: actor.userId,
    targetType,
    targetId: id,
    details: { change },
  } as const;
}

/** `Université de Liège` → `universite-de-liege`. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'organisation';
}

async function freeSlug(deps: OrganisationsDeps, base: string): Promise<string> {
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await isSlugTaken(deps.db, candidate))) return candidate;
  }
}

/** Identical uploads share one file: it goes only when no organisation shows it any more. */
export async function removeUnusedLogo(deps: OrganisationsDeps, file: string): Promise<void> {
  if (!(await isLogoFileInUse(deps.db, file))) await removeLogoFile(deps.config.dataDir, file);
}
