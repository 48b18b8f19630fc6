import { describe, expect, it } from 'vitest';
import {
  applicationStatuses,
  canMove,
  initialStatus,
  selectionModeOf,
  type ApplicationStatus,
  type DecidingRole,
} from './applications.states.js';

describe('the application state machine', () => {
  it('reads the selection mode from quotas and the selection deadline', () => {
    expect(selectionModeOf({ quotaCount: 2, selectionDeadline: null })).toBe('national');
    expect(selectionModeOf({ quotaCount: 0, selectionDeadline: '2027-01-01T00:00:00.000Z' })).toBe(
      'provider',
    );
    expect(selectionModeOf({ quotaCount: 0, selectionDeadline: null })).toBe('open');
  });

  it('starts open sessions accepted while places are free, then waitlisted; others submitted', () => {
    expect(initialStatus('open', true)).toBe('accepted');
    expect(initialStatus('open', false)).toBe('waitlisted');
    expect(initialStatus('national', true)).toBe('submitted');
    expect(initialStatus('provider', false)).toBe('submitted');
  });

  it.each([
    ['submitted', 'nominated', 'contact-point', 'national'],
    ['submitted', 'not-nominated', 'contact-point', 'national'],
    ['nominated', 'not-nominated', 'contact-point', 'national'],
    ['nominated', 'accepted', 'provider', 'national'],
    ['nominated', 'waitlisted', 'provider', 'national'],
    ['nominated', 'rejected', 'provider', 'national'],
    ['submitted', 'accepted', 'provider', 'provider'],
    ['submitted', 'waitlisted', 'provider', 'provider'],
    ['submitted', 'rejected', 'provider', 'provider'],
    ['waitlisted', 'accepted', 'provider', 'open'],
    ['waitlisted', 'accepted', 'platform', 'provider'],
    ['accepted', 'rejected', 'provider', 'national'],
    ['accepted', 'confirmed', 'applicant', 'national'],
    ['confirmed', 'attended', 'provider', 'national'],
    ['confirmed', 'no-show', 'provider', 'national'],
    ['attended', 'completed', 'platform', 'national'],
    ['submitted', 'withdrawn', 'applicant', 'national'],
    ['confirmed', 'withdrawn', 'applicant', 'open'],
    ['accepted', 'withdrawn', 'platform', 'open'],
  ] as const)('allows %s → %s by %s (%s selection)', (from, to, by, mode) => {
    expect(canMove(from, to, by, mode)).toBe(true);
  });

  it.each([
    // Sessions without quotas skip nomination; with quotas the provider waits for it.
    ['submitted', 'nominated', 'contact-point', 'provider'],
    ['submitted', 'accepted', 'provider', 'national'],
    // The wrong person.
    ['submitted', 'nominated', 'provider', 'national'],
    ['nominated', 'accepted', 'contact-point', 'national'],
    ['accepted', 'confirmed', 'provider', 'national'],
    ['submitted', 'withdrawn', 'provider', 'national'],
    // Out of order, or after the end.
    ['submitted', 'confirmed', 'applicant', 'provider'],
    ['not-nominated', 'nominated', 'contact-point', 'national'],
    ['rejected', 'accepted', 'provider', 'provider'],
    ['withdrawn', 'submitted', 'applicant', 'provider'],
    ['attended', 'withdrawn', 'applicant', 'provider'],
    ['no-show', 'withdrawn', 'applicant', 'provider'],
    ['completed', 'withdrawn', 'applicant', 'provider'],
    ['accepted', 'nominated', 'contact-point', 'national'],
  ] as const)('refuses %s → %s by %s (%s selection)', (from, to, by, mode) => {
    expect(canMove(from, to, by, mode)).toBe(false);
  });

  it('lets nothing follow withdrawn, rejected, not-nominated or completed', () => {
    const roles: DecidingRole[] = ['applicant', 'contact-point', 'provider', 'platform'];
    for (const from of ['withdrawn', 'rejected', 'not-nominated', 'completed'] as ApplicationStatus[]) {
      for (const to of applicationStatuses) {
        for (const by of roles) expect(canMove(from, to, by, 'national'), `${from}→${to}`).toBe(false);
      }
    }
  });
});
