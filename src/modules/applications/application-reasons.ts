/**
 * Reasons the platform records as codes, shown in the reader's language; any other reason was
 * written by a person and is shown as written.
 */
export const platformReasons = [
  'in-order-of-application',
  'place-offered',
  'offer-expired',
  'enrolled-by-provider',
  'register-closed',
  'completion-rule-met',
] as const;
export type PlatformReason = (typeof platformReasons)[number];

export const isPlatformReason = (reason: string): reason is PlatformReason =>
  (platformReasons as readonly string[]).includes(reason);
