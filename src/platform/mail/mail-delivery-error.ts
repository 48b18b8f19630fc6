import type { NodemailerError } from 'nodemailer';

/** Failures that say nothing about the message itself, so the same message may go through later. */
const transientCodes: ReadonlySet<string> = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'EMAXLIMIT',
  'EPROXY',
]);

/**
 * An SMTP failure reduced to fields that are safe to log. Nodemailer's own errors carry the server's
 * reply text and the rejected addresses (`response`, `rejected`, `rejectedErrors`), and pino's error
 * serializer prints every own property and the `cause` chain, so the original is deliberately not kept.
 */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';

  constructor(
    /** Nodemailer's code, e.g. `ECONNECTION`, `ESOCKET`, `EAUTH`, `EENVELOPE`. */
    readonly code: string,
    /** True when sending the same message again later may succeed (jobs retry these). */
    readonly retryable: boolean,
    readonly responseCode: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

export function toMailDeliveryError(error: unknown): MailDeliveryError {
  const failure: NodemailerError = error instanceof Error ? error : new Error(String(error));
  const code = failure.code ?? 'EUNKNOWN';
  const retryable = failure.permanent === undefined ? transientCodes.has(code) : !failure.permanent;
  const details = [
    code,
    failure.originalCode,
    failure.responseCode === undefined ? undefined : `reply ${failure.responseCode}`,
    failure.command === undefined ? undefined : `during ${failure.command}`,
  ].filter((detail) => detail !== undefined);
  return new MailDeliveryError(
    code,
    retryable,
    failure.responseCode,
    `Mail delivery over SMTP failed (${details.join(', ')})`,
  );
}
