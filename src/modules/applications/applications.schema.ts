import { z } from 'zod';
import { professions } from '../accounts/index.js';
import { applicationStatuses, decidingRoles } from './applications.states.js';

export const applyInputSchema = z.object({
  motivation: z.string().trim().min(1).max(5000).describe('Why the applicant wants to take part.'),
  profession: z.enum(professions).nullish().describe('Profession code; the profile’s when absent.'),
  organisation: z.string().trim().max(200).nullish().describe('Employer; the profile’s when absent.'),
  position: z.string().trim().max(200).nullish().describe('Position held.'),
  consentShare: z
    .boolean()
    .describe('Consent to share the application with the contact point and the provider (required).'),
});
export type ApplyInput = z.infer<typeof applyInputSchema>;

export const decisionInputSchema = z
  .object({
    reason: z.string().trim().max(1000).optional().describe('Why, as the applicant will read it.'),
    rank: z.number().int().min(1).max(10_000).optional().describe('The contact point’s ranking (nominate).'),
  })
  .describe('Optional: a reason, and the ranking when nominating.');
export type DecisionInput = z.infer<typeof decisionInputSchema>;

const eventSchema = z.object({
  from: z.enum(applicationStatuses).nullable(),
  to: z.enum(applicationStatuses),
  decidedBy: z.enum(decidingRoles),
  reason: z.string().nullable(),
  at: z.string(),
});

export const applicationSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  status: z.enum(applicationStatuses),
  country: z.string().nullable(),
  motivation: z.string(),
  profession: z.string().nullable(),
  organisation: z.string().nullable(),
  position: z.string().nullable(),
  consentShareAt: z.string(),
  rank: z.number().nullable(),
  waitlistPosition: z.number().nullable(),
  offerExpiresAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ApplicationView = z.infer<typeof applicationSchema>;

/** The applicant's own view: the session's course and who decided what and when. */
export const myApplicationSchema = applicationSchema.extend({
  courseId: z.string(),
  courseTitle: z.string(),
  startsAt: z.string(),
  history: z.array(eventSchema),
});
export type MyApplicationView = z.infer<typeof myApplicationSchema>;

/** What staff see: the application and who applied. */
export const staffApplicationSchema = applicationSchema.extend({
  applicant: z.object({ id: z.string(), name: z.string(), email: z.string() }),
});
export type StaffApplicationView = z.infer<typeof staffApplicationSchema>;

export const sessionApplicationsSchema = z.object({
  sessionId: z.string(),
  scope: z.enum(['all', 'provider', 'countries']),
  applications: z.array(staffApplicationSchema),
});

interface Row {
  id: string;
  session_id: string;
  status: (typeof applicationStatuses)[number];
  country: string | null;
  motivation: string;
  profession: string | null;
  organisation: string | null;
  position: string | null;
  consent_share_at: string;
  rank: number | null;
  waitlist_position: number | null;
  offer_expires_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Rows never leave the module raw. */
export function presentApplication(row: Row): ApplicationView {
  return {
    id: row.id,
    sessionId: row.session_id,
    status: row.status,
    country: row.country,
    motivation: row.motivation,
    profession: row.profession,
    organisation: row.organisation,
    position: row.position,
    consentShareAt: row.consent_share_at,
    rank: row.rank,
    waitlistPosition: row.waitlist_position,
    offerExpiresAt: row.offer_expires_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
