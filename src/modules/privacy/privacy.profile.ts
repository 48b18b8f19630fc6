import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { countRowsOf } from './personal-data.repo.js';
import { giveConsent, listConsentStates, type ConsentState } from './privacy.consents.js';
import { canManageOwnData } from './privacy.policy.js';
import {
  findAccountProfile,
  findActiveConsent,
  listOrganisationChoices,
  organisationExists,
  updateAccountProfile,
  type AccountProfileRow,
  type OrganisationChoice,
} from './privacy.repo.js';
import { profileFormSchema, type ProfileFormInput } from './privacy.schema.js';
import { personalDataSources } from './privacy.sources.js';

export interface Holding {
  /** Translation key of what the table holds. */
  readonly label: string;
  readonly count: number;
}

export interface MyData {
  readonly profile: AccountProfileRow;
  readonly consents: readonly ConsentState[];
  /** How many records of each kind we hold about the person. */
  readonly holdings: readonly Holding[];
  readonly organisations: readonly OrganisationChoice[];
}

const forbidden = () => AppError.forbidden('Only the person, signed in, manages their own data.');

/** Everything the "My data" page shows: the profile, consents, and a count per kind of record. */
export async function loadMyData(deps: { db: Kysely<Database> }, actor: Actor | undefined): Promise<MyData> {
  if (!canManageOwnData(actor)) throw forbidden();
  const { db } = deps;
  const profile = await findAccountProfile(db, actor.userId);
  if (!profile) throw new AppError('unauthenticated', 'Please sign in to continue.');
  const subject = { userId: profile.id, email: profile.email };
  const visible = personalDataSources.filter((source) => source.exported !== false);
  const [consents, organisations, counts] = await Promise.all([
    listConsentStates(db, actor.userId),
    listOrganisationChoices(db),
    Promise.all(visible.map((source) => countRowsOf(db, source, subject))),
  ]);
  const holdings = visible
    .map((source, index) => ({ label: source.label, count: counts[index] ?? 0 }))
    .filter((holding) => holding.count > 0);
  return { profile, consents, holdings, organisations };
}

export type ProfileErrors = Partial<Record<keyof ProfileFormInput, string>>;
export type CorrectProfileResult =
  { readonly outcome: 'saved' } | { readonly outcome: 'invalid'; readonly errors: ProfileErrors };

/**
 * The person corrects their profile. Giving their sex (female or male) is consenting to its use for EU
 * statistics, as the form says: the consent is recorded with the policy version when not yet given.
 */
export async function correctOwnProfile(
  deps: { db: Kysely<Database> },
  actor: Actor | undefined,
  input: ProfileFormInput,
): Promise<CorrectProfileResult> {
  if (!canManageOwnData(actor)) throw forbidden();
  const parsed = profileFormSchema.safeParse(input);
  const errors: ProfileErrors = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    errors[issue.path[0] as keyof ProfileFormInput] ??= issue.message;
  }
  const organisationId = parsed.success ? parsed.data.organisation : null;
  if (organisationId && !(await organisationExists(deps.db, organisationId))) {
    errors.organisation = 'privacy.error.organisationUnknown';
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { outcome: 'invalid', errors };
  const form = parsed.data;
  await deps.db.transaction().execute(async (trx) => {
    await updateAccountProfile(trx, actor.userId, {
      name: form.name,
      profession: form.profession,
      country: form.country,
      organisationId: form.organisation,
      preferredLanguages: [...new Set(form.languages)],
      sex: form.sex,
    });
    const isSexGiven = form.sex === 'female' || form.sex === 'male';
    if (isSexGiven && !(await findActiveConsent(trx, actor.userId, 'sex-reporting'))) {
      await giveConsent(trx, actor.userId, 'sex-reporting');
    }
  });
  return { outcome: 'saved' };
}
