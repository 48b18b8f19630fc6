import { z } from 'zod';
import { resourceRecordSchema } from './resource-record.js';
import { evidenceLabels, resourceStatuses, revisionStatuses } from './toolkit.table.js';

/** The network of resources contributed on the platform (harvested ones carry their source's). */
export const platformNetwork = 'JP-COOPS';

/**
 * What a contributor writes: the resource record without what is not theirs to say — the network (the
 * platform's), the organisation's name (that of the organisation they contribute for) and the evidence
 * label (the reviewer's, on approval).
 */
export const contributionInputSchema = resourceRecordSchema
  .omit({ network: true, organisationName: true, evidence: true })
  .extend({ organisationId: z.string().trim().min(1).max(100) })
  .refine((input) => input.texts.some((text) => text.language === input.sourceLanguage), {
    message: 'The title and summary in the source language are required.',
    path: ['texts'],
  })
  .superRefine((input, context) => {
    input.texts.forEach((text, index) => {
      if (input.texts.findIndex((other) => other.language === text.language) !== index) {
        context.addIssue({
          code: 'custom',
          message: 'One text per language.',
          path: ['texts', index, 'language'],
        });
      }
    });
  });
export type ContributionInput = z.infer<typeof contributionInputSchema>;

/** A partial change: the fields given replace the current ones. The organisation is chosen once. */
export const contributionPatchSchema = resourceRecordSchema
  .omit({ network: true, organisationName: true, evidence: true })
  .partial();
export type ContributionPatch = z.infer<typeof contributionPatchSchema>;

export const reviewDecisions = ['approve', 'request-changes', 'reject'] as const;
export type ReviewDecisionInput = (typeof reviewDecisions)[number];

export const reviewInputSchema = z.object({
  decision: z.enum(reviewDecisions),
  /** Required unless approving: the contributor needs to know why. */
  comment: z.string().trim().max(5000).default(''),
  /** Required when approving. */
  evidence: z.enum(evidenceLabels).optional(),
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const reviewViewSchema = z.object({
  id: z.string(),
  decision: z.enum(['approved', 'changes-requested', 'rejected', 'comment']),
  comment: z.string(),
  createdAt: z.string(),
});

export const attachmentViewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  sha256: z.string(),
  url: z.string(),
  hasExtractedText: z.boolean(),
  /** What the pending edit of a published resource does with the file: `add` it, `remove` it, or null. */
  pendingChange: z.enum(['add', 'remove']).nullable(),
});

export const contributionViewSchema = z.object({
  id: z.string(),
  status: z.enum(resourceStatuses),
  version: z.number().int(),
  /** State of a pending edit of a published resource; null without one. */
  editStatus: z.enum(revisionStatuses).nullable(),
  organisationId: z.string().nullable(),
  /** The content as the contributor last saved it (the pending edit, when there is one). */
  content: resourceRecordSchema,
  reviews: z.array(reviewViewSchema),
  attachments: z.array(attachmentViewSchema),
});
export type ContributionView = z.infer<typeof contributionViewSchema>;
