import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { effectiveGrants, isAdmin, type Actor } from '../accounts/index.js';
import type { CourseStatus } from './catalogue.table.js';
import {
  findManagedCourses,
  findProviders,
  type ManagedCourse,
  type ProviderScope,
} from './course-management.repo.js';

type Deps = Pick<AppDeps, 'db'>;

/** The providers whose courses `actor` manages: all for admins and unscoped managers. */
export function managedProviderScope(actor: Actor): ProviderScope {
  if (isAdmin(actor)) return 'all';
  const grants = effectiveGrants(actor).filter((grant) => grant.role === 'provider-manager');
  if (grants.some((grant) => grant.scopeType === null)) return 'all';
  return grants
    .filter((grant) => grant.scopeType === 'organisation' && grant.scopeId)
    .map((grant) => grant.scopeId ?? '');
}

function requireManager(actor: Actor): ProviderScope {
  const scope = managedProviderScope(actor);
  if (scope !== 'all' && scope.length === 0)
    throw AppError.forbidden('Only provider managers manage courses.');
  return scope;
}

/** The courses of the providers `actor` manages, for the managers' list. */
export async function listManagedCourses(
  deps: Deps,
  actor: Actor,
  options: { status: CourseStatus | undefined; locale: string },
): Promise<ManagedCourse[]> {
  const scope = requireManager(actor);
  return findManagedCourses(deps.db, { scope, ...options });
}

/** The providers `actor` may add courses for. */
export async function listManagedProviders(
  deps: Deps,
  actor: Actor,
): Promise<{ id: string; name: string }[]> {
  return findProviders(deps.db, requireManager(actor));
}
