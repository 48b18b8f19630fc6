import {
  canManageUsers,
  canReadAuditLog,
  canReadContactMessages,
  hasRole,
  type Actor,
} from '../accounts/index.js';
import { AppError } from '../../platform/http/app-error.js';

/** Sections of the administration area, in the order the dashboard lists them. */
export const adminSections = [
  'users',
  'messages',
  'audit',
  'organisations',
  'courses',
  'selection',
  'recognitions',
  'instruments',
  'toolkitSources',
  'toolkitReview',
  'toolkitContribute',
] as const;
export type AdminSection = (typeof adminSections)[number];

/** Organisations are administered by the organisations module; the dashboard only links to it. */
export const canAdministerOrganisations = (actor: Actor | undefined) => hasRole(actor, 'coordinator');
/** Courses are managed by the catalogue module (`/manage/courses`), for any provider one manages. */
export const canManageSomeCourses = (actor: Actor | undefined) => hasRole(actor, 'provider-manager');
/** National selection is the applications module's desk (`/desk/selection`), for any country one selects for. */
export const canSelectSomewhere = (actor: Actor | undefined) => hasRole(actor, 'contact-point');
/** Recognitions of credits are the recognition module's desk (`/manage/recognitions`), for academic bodies' partner admins. */
export const canRecogniseCredits = (actor: Actor | undefined) => hasRole(actor, 'partner-admin');

/** The legal instruments reference (the legal module, `/admin/instruments`) is corrected by coordinators. */
export const canCorrectInstruments = (actor: Actor | undefined) => hasRole(actor, 'coordinator');

/** Toolkit harvest sources are the toolkit module's desk (`/toolkit/sources`), for coordinators. */
export const canManageToolkitSources = (actor: Actor | undefined) => hasRole(actor, 'coordinator');

/** The toolkit's review queue (`/toolkit/review`), for its reviewers; the use cases check the rest. */
export const canReviewToolkit = (actor: Actor | undefined) =>
  (['provider-manager', 'partner-admin', 'coordinator'] as const).some((role) => hasRole(actor, role));

/** Contributing to the toolkit (`/toolkit/contribute`): members of partner organisations, coordinators. */
export const canContributeToToolkit = (actor: Actor | undefined) =>
  (['trainer', 'provider-manager', 'partner-admin', 'coordinator'] as const).some((role) =>
    hasRole(actor, role),
  );

const sectionPolicies: Record<AdminSection, (actor: Actor | undefined) => boolean> = {
  toolkitReview: canReviewToolkit,
  toolkitContribute: canContributeToToolkit,
  toolkitSources: canManageToolkitSources,
  users: canManageUsers,
  messages: canReadContactMessages,
  audit: canReadAuditLog,
  organisations: canAdministerOrganisations,
  courses: canManageSomeCourses,
  selection: canSelectSomewhere,
  recognitions: canRecogniseCredits,
  instruments: canCorrectInstruments,
};

/** The sections `actor` may use; empty for everyone without an effective staff role. */
export function allowedSections(actor: Actor | undefined): AdminSection[] {
  return adminSections.filter((section) => sectionPolicies[section](actor));
}

/**
 * The first line of every admin use case: the actor, when `isAllowed` says yes. Anonymous visitors get
 * a 401 (the sign-in page), signed-in people without the right a 403.
 */
export function authorize(actor: Actor | undefined, isAllowed: (actor: Actor) => boolean): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Please sign in to continue.');
  if (!isAllowed(actor)) throw AppError.forbidden();
  return actor;
}
