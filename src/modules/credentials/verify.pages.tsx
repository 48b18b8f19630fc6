import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { verifyCredential } from './credential-verification.js';
import { readCredential } from './credentials.service.js';
import {
  credentialFileTypes,
  maxCredentialBytes,
  readVerifiable,
  summariseCredential,
  verifyRateLimit,
} from './verify-checks.js';
import { VerifyPage, type VerifyPageProps } from './verify.views.js';

/** A file field of the upload as `onFile` leaves it in the body. */
interface UploadedFile {
  readonly fileName: string;
  readonly content: Buffer;
}

const formBody = z.object({
  credential: z.string().catch(''),
  file: z
    .custom<UploadedFile>((value) => Buffer.isBuffer((value as UploadedFile | undefined)?.content))
    .optional()
    .catch(undefined),
});

const linkQuery = z.object({
  credential: z.string().max(100).optional().catch(undefined),
  share: z.string().max(200).optional().catch(undefined),
});

/**
 * `/{lang}/verify`: anyone checks a credential, pasted, uploaded (JSON or JWT) or followed from its
 * certificate's QR code (`?credential=<id>&share=<token>`). Works without JavaScript; never cached.
 */
export function registerVerifyPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register(async (scope) => {
    // What one person pasted and its outcome: never kept by browsers or proxies.
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('cache-control', 'no-store');
      return payload;
    });
    // Multipart bodies in this scope only; `keyValues` puts `_csrf` in `request.body` before the CSRF
    // check. One byte over the limit is read so that it is told, not thrown.
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: {
        fileSize: maxCredentialBytes + 1,
        files: 1,
        fields: 5,
        fieldSize: maxCredentialBytes + 1,
        parts: 6,
      },
      async onFile(part: MultipartFile) {
        const content = await part.toBuffer();
        (part as unknown as { value: UploadedFile }).value = { fileName: part.filename, content };
      },
    });
    registerRoutes(scope, deps);
  });
}

function registerRoutes(app: FastifyInstance, deps: WebDeps): void {
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    props: Omit<VerifyPageProps, 'ctx'>,
    status = 200,
  ) => deps.pages.send(reply, <VerifyPage ctx={deps.pages.context(request, reply)} {...props} />, status);

  /** Verifies, or shows the form again saying the address is over its limit. */
  const verifyAndSend = async (
    request: FastifyRequest,
    reply: FastifyReply,
    input: object | string,
    text: string,
  ) => {
    try {
      await deps.rateLimiter.hit(verifyRateLimit, request.ip);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'rate-limited')) throw error;
      reply.header('retry-after', String(error.details.retryAfterSeconds ?? 600));
      return send(request, reply, { text, errors: {}, problem: 'verify.rateLimited' }, 429);
    }
    const result = await verifyCredential(deps, input);
    return send(request, reply, {
      text,
      errors: {},
      verified: { result, summary: summariseCredential(input) },
    });
  };

  app.get('/verify', async (request, reply) => {
    const query = linkQuery.parse(request.query ?? {});
    if (query.credential === undefined) return send(request, reply, { text: '', errors: {} });
    const stored = z.uuid().safeParse(query.credential).success
      ? await readCredential(deps, undefined, query.credential, query.share).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'not-found') return undefined;
          throw error;
        })
      : undefined;
    if (!stored) return send(request, reply, { text: '', errors: {}, problem: 'verify.notFound' }, 404);
    return verifyAndSend(request, reply, stored.document, '');
  });

  app.post('/verify', async (request, reply) => {
    const body = formBody.parse(request.body ?? {});
    const { text, errors } = readSubmission(body);
    if (Object.keys(errors).length > 0) {
      const status = errors.file === 'verify.error.fileTooLarge' ? 413 : 422;
      return send(request, reply, { text: body.credential, errors }, status);
    }
    const input = readVerifiable(text);
    if (input === undefined) {
      const field = body.file ? 'file' : 'credential';
      return send(
        request,
        reply,
        { text: body.credential, errors: { [field]: 'verify.error.unreadable' } },
        422,
      );
    }
    return verifyAndSend(request, reply, input, body.credential);
  });
}

/** The text to verify: the uploaded file when there is one, else what was pasted; or what is wrong. */
function readSubmission(body: z.infer<typeof formBody>): { text: string; errors: FormErrors } {
  const file = body.file && body.file.content.length > 0 ? body.file : undefined;
  if (file) {
    const name = file.fileName.toLowerCase();
    if (!credentialFileTypes.some((extension) => name.endsWith(extension))) {
      return { text: '', errors: { file: 'verify.error.fileType' } };
    }
    if (file.content.length > maxCredentialBytes) {
      return { text: '', errors: { file: 'verify.error.fileTooLarge' } };
    }
    return { text: file.content.toString('utf8').replace(/^\uFEFF/, ''), errors: {} };
  }
  if (body.credential.length > maxCredentialBytes) {
    return { text: '', errors: { credential: 'verify.error.tooLarge' } };
  }
  if (!body.credential.trim()) return { text: '', errors: { credential: 'verify.error.empty' } };
  return { text: body.credential, errors: {} };
}
