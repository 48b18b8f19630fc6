/**
 * The one error type use cases throw. `code` is part of the public contract: API clients branch on
 * it, so codes are only ever added, never renamed.
 */
export const errorCodes = {
  'bad-request': 400,
  'validation-failed': 400,
  unauthenticated: 401,
  forbidden: 403,
  'csrf-invalid': 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  internal: 500,
  unavailable: 503,
  // Applications to course sessions.
  'consent-required': 400,
  'country-required': 400,
  'applications-closed': 409,
  'deadline-passed': 409,
  'already-applied': 409,
  'no-quota-for-country': 409,
  'quota-full': 409,
  'capacity-full': 409,
  'invalid-transition': 409,
  'offer-expired': 409,
  // Attendance registers.
  'not-a-session-day': 400,
  'not-a-participant': 400,
  'session-not-started': 409,
  'register-closed': 409,
  // The cross-border case helper.
  'unknown-need': 400,
  'unknown-state': 400,
  'not-cross-border': 400,
  'invalid-date': 400,
  // Idempotency-Key on API requests.
  'idempotency-key-reused': 409,
  'idempotency-key-in-use': 409,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `email` or `items.0.name`. */
  readonly field: string;
  readonly message: string;
}

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
    /** For `rate-limited`: when the client may try again (sent as `Retry-After`). */
    readonly details: { readonly retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = errorCodes[code];
  }

  static notFound(message = 'The requested resource does not exist.'): AppError {
    return new AppError('not-found', message);
  }

  static forbidden(message = 'You are not allowed to do this.'): AppError {
    return new AppError('forbidden', message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
