import { z } from 'zod';

export const credentialParams = z.object({
  id: z.uuid().describe('Credential id (the last part of the credential’s `id` URL).'),
});

export const credentialQuery = z.object({
  format: z
    .enum(['json', 'jwt'])
    .optional()
    .describe(
      '`jwt` for the VC-JWT; default: the JSON-LD credential (or as `Accept: application/jwt` asks).',
    ),
  share: z.string().min(16).max(200).optional().describe('The token of the holder’s share link.'),
});

export const revokeInputSchema = z.object({
  reason: z.string().trim().min(3).max(1000).describe('Why the credential is revoked, kept with it.'),
});

export const revokedSchema = z.object({
  id: z.string(),
  revokedAt: z.string().describe('When it was revoked; the status list says so from then on.'),
  reason: z.string(),
});
