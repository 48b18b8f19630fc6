/**
 * The life of an application, as a pure state machine: which status may follow which, and who may
 * make each move. Services check the rest (quotas, capacity, deadlines, scopes).
 *
 *   submitted → nominated | not-nominated            (contact point of the applicant's country)
 *   submitted | nominated → accepted | waitlisted | rejected   (provider; `submitted` only without quotas)
 *   waitlisted → accepted | rejected, accepted → rejected      (provider; the platform offers freed places)
 *   accepted → confirmed (applicant) → attended | no-show (provider) → completed (platform)
 *   withdrawn (applicant) from any status before attendance that is not already final.
 */

export const applicationStatuses = [
  'submitted',
  'nominated',
  'not-nominated',
  'accepted',
  'waitlisted',
  'rejected',
  'confirmed',
  'attended',
  'no-show',
  'completed',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Who makes a move: the applicant, the contact point, the provider's manager, or the platform itself. */
export const decidingRoles = ['applicant', 'contact-point', 'provider', 'platform'] as const;
export type DecidingRole = (typeof decidingRoles)[number];

/**
 * How a session selects its participants (read from the session, no column of its own):
 * - `national`: it has per-country quotas; contact points nominate, then the provider decides;
 * - `provider`: no quotas but a selection deadline; the provider decides on every application;
 * - `open`: no quotas and no selection deadline — nobody selects, so places go in order of
 *   application up to capacity, then to the waiting list.
 * Applications are taken only while the session's status is `open` ("open for applications").
 */
export type SelectionMode = 'national' | 'provider' | 'open';

export function selectionModeOf(session: {
  readonly quotaCount: number;
  readonly selectionDeadline: string | null;
}): SelectionMode {
  if (session.quotaCount > 0) return 'national';
  return session.selectionDeadline === null ? 'open' : 'provider';
}

/** The status of a new application; `open` sessions are decided by `hasFreePlace`. */
export function initialStatus(mode: SelectionMode, hasFreePlace: boolean): ApplicationStatus {
  if (mode !== 'open') return 'submitted';
  return hasFreePlace ? 'accepted' : 'waitlisted';
}

/** Statuses that are over: nothing follows them (besides `completed` ← `attended`). */
const finalStatuses: readonly ApplicationStatus[] = ['not-nominated', 'rejected', 'withdrawn', 'completed'];

/** Statuses after which an application no longer blocks a new one for the same session. */
export const inactiveStatuses = ['withdrawn', 'rejected', 'not-nominated'] as const;

/** Statuses that hold one of the session's places. */
export const placeHoldingStatuses = ['accepted', 'confirmed', 'attended', 'no-show', 'completed'] as const;

/** Statuses that use one of the country's quota places (nominated and not dropped since). */
export const quotaHoldingStatuses = [
  'nominated',
  'waitlisted',
  ...placeHoldingStatuses,
] as const satisfies readonly ApplicationStatus[];

export const holdsPlace = (status: ApplicationStatus): boolean =>
  (placeHoldingStatuses as readonly ApplicationStatus[]).includes(status);

interface Move {
  readonly from: readonly ApplicationStatus[];
  readonly by: DecidingRole;
}

const providerFrom = (mode: SelectionMode): readonly ApplicationStatus[] =>
  mode === 'national' ? ['nominated'] : ['submitted'];

/** Every move to `to`, by whom, from which statuses. */
function movesTo(to: ApplicationStatus, mode: SelectionMode): readonly Move[] {
  switch (to) {
    case 'nominated':
    case 'not-nominated':
      // A contact point may change their mind on a nomination until the provider has decided.
      return mode === 'national'
        ? [{ from: to === 'nominated' ? ['submitted'] : ['submitted', 'nominated'], by: 'contact-point' }]
        : [];
    case 'accepted':
      return [
        { from: [...providerFrom(mode), 'waitlisted'], by: 'provider' },
        { from: ['waitlisted'], by: 'platform' },
      ];
    case 'waitlisted':
      return [{ from: providerFrom(mode), by: 'provider' }];
    case 'rejected':
      return [{ from: [...providerFrom(mode), 'waitlisted', 'accepted'], by: 'provider' }];
    case 'confirmed':
      return [{ from: ['accepted'], by: 'applicant' }];
    case 'attended':
    case 'no-show':
      return [{ from: ['confirmed'], by: 'provider' }];
    case 'completed':
      return [{ from: ['attended'], by: 'platform' }];
    case 'withdrawn':
      return [
        { from: withdrawableStatuses, by: 'applicant' },
        // An offered place whose time to confirm ran out.
        { from: ['accepted'], by: 'platform' },
      ];
    case 'submitted':
      return [];
  }
}

/** The applicant may withdraw at any point before attendance. */
const withdrawableStatuses: readonly ApplicationStatus[] = [
  'submitted',
  'nominated',
  'accepted',
  'waitlisted',
  'confirmed',
];

/** Whether `by` may move an application from `from` to `to` in a session selecting by `mode`. */
export function canMove(
  from: ApplicationStatus,
  to: ApplicationStatus,
  by: DecidingRole,
  mode: SelectionMode,
): boolean {
  if (finalStatuses.includes(from)) return false;
  return movesTo(to, mode).some((move) => move.by === by && move.from.includes(from));
}
