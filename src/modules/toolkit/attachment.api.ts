import type { FastifyInstance } from 'fastify';
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requireActor } from '../accounts/index.js';
import { acceptAttachmentUploads, uploadedFile } from './attachment.upload.js';
import { removeAttachment } from './attachment-edit.service.js';
import { addAttachment, contentDisposition, getAttachmentDownload } from './attachment.service.js';
import { presentContribution } from './contribution.api.js';
import { attachmentViewSchema, contributionViewSchema } from './contribution.schema.js';

const resourceParams = z.object({ id: z.string().min(1).max(100) });
const fileParams = z.object({ attachmentId: z.string().min(1).max(100) });
const resourceFileParams = resourceParams.extend(fileParams.shape);

/**
 * Attachments: uploaded and removed by contributors (multipart), downloaded by whoever may see the
 * resource.
 */
export function registerAttachmentRoutes(app: FastifyInstance, deps: WebDeps): void {
  void app.register(async (scope) => {
    await acceptAttachmentUploads(scope, deps.config.dataDir);
    scope.post(
      '/api/v1/resources/:id/attachments',
      {
        schema: {
          tags: ['toolkit'],
          summary: 'Attach a PDF, DOCX, ODT, EPUB or MP4 file (up to 50 MB) to one’s contribution',
          description: 'multipart/form-data with one file field named `file`.',
          consumes: ['multipart/form-data'],
          response: { 201: attachmentViewSchema },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { id } = parse(resourceParams, request.params);
        const file = uploadedFile(request);
        if (!file) {
          throw new AppError('bad-request', 'Send the file as multipart/form-data in a field named "file".', [
            { field: 'file', message: 'A file is required.' },
          ]);
        }
        const attachment = await addAttachment(deps, actor, { resourceId: id, file });
        return reply.status(201).send({
          id: attachment.id,
          fileName: attachment.fileName,
          mediaType: attachment.mediaType,
          byteSize: attachment.byteSize,
          sha256: attachment.sha256,
          url: `${deps.config.publicUrl}/toolkit/files/${attachment.id}`,
          hasExtractedText: attachment.hasExtractedText,
          pendingChange: attachment.pendingChange,
        });
      },
    );
  });

  app.delete(
    '/api/v1/resources/:id/attachments/:attachmentId',
    {
      schema: {
        tags: ['toolkit'],
        summary:
          'Remove a file from one’s contribution; from a published resource, once the edit is approved',
        response: { 200: contributionViewSchema },
      },
    },
    async (request) => {
      const { id, attachmentId } = parse(resourceFileParams, request.params);
      const contribution = await removeAttachment(deps, requireActor(request), {
        resourceId: id,
        attachmentId,
      });
      return presentContribution(contribution, deps.config.publicUrl);
    },
  );

  app.get('/toolkit/files/:attachmentId', { schema: { hide: true } }, async (request, reply) => {
    const { attachmentId } = parse(fileParams, request.params);
    const { attachment, path } = await getAttachmentDownload(deps, request.actor, attachmentId);
    // A download, never a page of ours: no sniffing, no scripts, no plugins, even if opened directly.
    return reply
      .type(attachment.mediaType)
      .header('content-length', attachment.byteSize)
      .header('content-disposition', contentDisposition(attachment.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "sandbox; default-src 'none'")
      .header('cache-control', 'private, no-cache')
      .send(createReadStream(path));
  });
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data;
}
