/** When to try a failed job again, and what of its error to keep. */

export interface RetryBackoff {
  /** Delay before the first retry; each further retry doubles it. */
  readonly baseMs: number;
  /** The delay never grows past this. */
  readonly maxMs: number;
}

export const defaultRetryBackoff: RetryBackoff = { baseMs: 10_000, maxMs: 60 * 60_000 };

/**
 * Exponential backoff with jitter: after attempt n the delay is between half and all of
 * min(max, base · 2^(n−1)). The jitter spreads retries of jobs that failed together (an outage)
 * so they do not all come back at the same instant.
 */
export function retryDelayMs(
  attempt: number,
  backoff: RetryBackoff,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attempt - 1);
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

const maxErrorLength = 2000;

/**
 * The error text stored in `last_error` and logged: name and message only, credentials in URLs
 * masked, cut to a bounded length. Stack traces stay out of the table; payloads never get in.
 */
export function describeJobError(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name}: ${error.message}` : `Non-error thrown: ${String(error)}`;
  const masked = text.replace(/\/\/[^/\s:@]+:[^/\s@]+@/g, '//***:***@');
  return masked.length > maxErrorLength ? `${masked.slice(0, maxErrorLength - 1)}…` : masked;
}
