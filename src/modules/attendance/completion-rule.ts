/** A course's completion rule, as set in the catalogue. */
export interface CompletionRule {
  readonly minAttendancePercent: number;
  readonly assessmentRequired: boolean;
}

/** What the register knows of one participant when it closes. */
export interface AttendanceResult {
  readonly attendedDays: number;
  readonly totalDays: number;
  /** Null when no result was recorded. */
  readonly assessmentPassed: boolean | null;
}

/**
 * Whether a participant completed the course: attended days / total days ≥ the rule's percentage,
 * and a passed assessment where the course requires one. Compared in whole numbers, so that exactly
 * 80% (4 days of 5) meets an 80% rule without rounding surprises.
 */
export function meetsCompletionRule(rule: CompletionRule, result: AttendanceResult): boolean {
  if (result.totalDays === 0 || result.attendedDays === 0) return false;
  if (result.attendedDays * 100 < rule.minAttendancePercent * result.totalDays) return false;
  return !rule.assessmentRequired || result.assessmentPassed === true;
}
