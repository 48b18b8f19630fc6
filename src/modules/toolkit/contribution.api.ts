import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { requireActor } from '../accounts/index.js';
import { resourceRecordSchema } from './resource-record.js';
import {
  contributionInputSchema,
  contributionPatchSchema,
  contributionViewSchema,
  reviewInputSchema,
  type ContributionView,
} from './contribution.schema.js';
import {
  createContribution,
  submitContribution,
  updateContribution,
  type Contribution,
} from './contribution.service.js';
import { changeSchema, presentVersions } from './resource-versions.present.js';
import { listResourceVersions } from './resource-versions.service.js';
import { reviewContribution } from './review.service.js';

const params = z.object({ id: z.string().min(1).max(100).describe('The resource’s id.') });

/** A contribution as the API answers it. */
export function presentContribution(contribution: Contribution, publicUrl: string): ContributionView {
  const { resource } = contribution;
  return {
    id: resource.id,
    status: resource.status,
    version: resource.version,
    editStatus: contribution.revision?.status ?? null,
    organisationId: resource.organisationId,
    content: contribution.content,
    reviews: contribution.reviews.map((review) => ({ ...review })),
    attachments: contribution.attachments.map((attachment) => ({
      id: attachment.id,
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      byteSize: attachment.byteSize,
      sha256: attachment.sha256,
      url: `${publicUrl}/toolkit/files/${attachment.id}`,
      hasExtractedText: attachment.hasExtractedText,
      pendingChange: attachment.pendingChange,
    })),
  };
}

/**
 * Contributions to the Super Toolkit: partner members write and submit resources, reviewers decide,
 * everyone reads the published versions and what changed between them.
 */
export function registerContributionApi(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const present = (contribution: Contribution) => presentContribution(contribution, deps.config.publicUrl);

  api.post(
    '/api/v1/resources',
    {
      schema: {
        tags: ['toolkit'],
        summary: 'Contribute a toolkit resource, saved as a draft (members of partner organisations)',
        body: contributionInputSchema,
        response: { 201: contributionViewSchema },
      },
    },
    async (request, reply) => {
      const contribution = await createContribution(deps, requireActor(request), request.body);
      return reply.status(201).send(present(contribution));
    },
  );

  api.patch(
    '/api/v1/resources/:id',
    {
      schema: {
        tags: ['toolkit'],
        summary: 'Change one’s contribution; once published, the change waits for a review',
        params,
        body: contributionPatchSchema,
        response: { 200: contributionViewSchema },
      },
    },
    async (request) =>
      present(
        await updateContribution(deps, requireActor(request), { id: request.params.id, patch: request.body }),
      ),
  );

  api.post(
    '/api/v1/resources/:id/submit',
    {
      schema: {
        tags: ['toolkit'],
        summary: 'Submit one’s contribution (or one’s edit of a published resource) for review',
        params,
        response: { 200: contributionViewSchema },
      },
    },
    async (request) => present(await submitContribution(deps, requireActor(request), request.params.id)),
  );

  api.post(
    '/api/v1/resources/:id/reviews',
    {
      schema: {
        tags: ['toolkit'],
        summary: 'Approve, ask for changes or reject a submitted contribution (reviewers)',
        params,
        body: reviewInputSchema,
        response: { 200: contributionViewSchema },
      },
    },
    async (request) =>
      present(
        await reviewContribution(deps, requireActor(request), { id: request.params.id, input: request.body }),
      ),
  );

  api.get(
    '/api/v1/resources/:id/versions',
    {
      schema: {
        tags: ['toolkit'],
        summary: 'Published versions of a resource, latest first, with the changes from each previous one',
        params,
        response: {
          200: z.object({
            id: z.string(),
            items: z.array(
              z.object({
                version: z.number().int(),
                publishedAt: z.string(),
                snapshot: resourceRecordSchema,
                changes: z.array(changeSchema),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { resource, versions } = await listResourceVersions(deps, request.actor, request.params.id);
      return { id: resource.id, items: presentVersions(versions) };
    },
  );
}
