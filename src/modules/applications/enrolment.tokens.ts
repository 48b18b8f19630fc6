import crypto from 'node:crypto';

/** How long an enrolment invitation can be claimed. */
export const invitationLifetimeMs = 30 * 24 * 60 * 60 * 1000;

/** A fresh secret for an invitation link; only `hashInvitationToken` of it is stored. */
export const makeInvitationToken = (): string => crypto.randomBytes(32).toString('base64url');

export const hashInvitationToken = (token: string): string =>
  crypto.createHash('sha256').update(token).digest('hex');

/** Tokens as made above: anything else is not looked up at all. */
export const isWellFormedToken = (token: string): boolean => /^[\w-]{43}$/.test(token);
