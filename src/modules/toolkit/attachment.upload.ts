import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { discardFile, maxAttachmentBytes, receiveFile, type ReceivedFile } from './attachment-store.js';

/**
 * Multipart bodies for attachment uploads, in the caller's scope only (as on the course import).
 * `keyValues` puts `_csrf` in `request.body` before the CSRF check; the file is streamed to a temporary
 * file (never held in memory) and one byte over the limit is read, so that it is told, not thrown.
 * Whatever happens to the request, the temporary file is removed once it is answered.
 */
export async function acceptAttachmentUploads(scope: FastifyInstance, dataDir: string): Promise<void> {
  await scope.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: maxAttachmentBytes + 1, files: 1, fields: 5, fieldSize: 1_024, parts: 6 },
    async onFile(part: MultipartFile) {
      const received = await receiveFile(dataDir, part.filename, part.file, () => part.file.truncated);
      (part as unknown as { value: ReceivedFile }).value = received;
    },
  });
  scope.addHook('onResponse', async (request) => {
    const file = uploadedFile(request);
    if (file) await discardFile(file);
  });
}

/** The uploaded `file` field of a request, when there is one. */
export function uploadedFile(request: FastifyRequest): ReceivedFile | undefined {
  const value = (request.body as Record<string, unknown> | undefined)?.file as ReceivedFile | undefined;
  return value && typeof value.temporaryPath === 'string' ? value : undefined;
}
