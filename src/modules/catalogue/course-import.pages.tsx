import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import { requireActor } from '../accounts/index.js';
import { importTemplateCsv } from './course-import.columns.js';
import { maxImportBytes } from './course-import.parse.js';
import {
  commitCourseImport,
  getCourseImport,
  listImportProviders,
  uploadCourseImport,
} from './course-import.uploads.js';
import { ImportReportPage, ImportUploadPage } from './course-import.views.js';

const importParams = z.object({ importId: z.string().min(1).max(100) });

/** A file field of the upload as `onFile` leaves it in the body. */
interface UploadedFile {
  readonly fileName: string;
  readonly content: Buffer;
}

const uploadBody = z.object({
  providerId: z.string().max(100).catch(''),
  file: z.custom<UploadedFile>((value) => Buffer.isBuffer((value as UploadedFile | undefined)?.content)),
});

/** `/{lang}/manage/courses/import…`: upload, dry-run report, then the commit, all or nothing. */
export function registerCourseImportPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register(async (scope) => {
    // One person's uploads and reports: never kept by browsers or proxies.
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('cache-control', 'no-store');
      return payload;
    });
    // Multipart bodies are accepted in this scope only. `keyValues` puts `_csrf` in `request.body`
    // before the global CSRF check; one byte over the limit is read so that it is told, not thrown.
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: maxImportBytes + 1, files: 1, fields: 10, fieldSize: 1_024, parts: 11 },
      async onFile(part: MultipartFile) {
        const content = await part.toBuffer();
        (part as unknown as { value: UploadedFile }).value = { fileName: part.filename, content };
      },
    });
    registerRoutes(scope, deps);
  });
}

function registerRoutes(app: FastifyInstance, deps: WebDeps): void {
  const base = (request: FastifyRequest) => `/${requestLocale(request)}/manage/courses/import`;

  const sendUploadPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: { providerId?: string; errors?: Record<string, string>; status?: number } = {},
  ) => {
    const providers = await listImportProviders(deps, requireActor(request));
    const ctx = deps.pages.context(request, reply);
    const page = (
      <ImportUploadPage
        ctx={ctx}
        providers={providers}
        providerId={form.providerId ?? ''}
        errors={form.errors ?? {}}
      />
    );
    return deps.pages.send(reply, page, form.status ?? 200);
  };

  app.get('/manage/courses/import', (request, reply) => sendUploadPage(request, reply));

  app.get('/manage/courses/import/template.csv', async (_request, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="course-import-template.csv"')
      .send(importTemplateCsv()),
  );

  app.post('/manage/courses/import', async (request, reply) => {
    const actor = requireActor(request);
    const parsed = uploadBody.safeParse(request.body ?? {});
    const providerId = parsed.success ? parsed.data.providerId : '';
    const file = parsed.success ? parsed.data.file : undefined;
    const errors: Record<string, string> = {};
    if (!providerId) errors.providerId = 'courseImport.error.providerRequired';
    if (!file || file.content.length === 0) errors.file = 'courseImport.error.fileMissing';
    else if (file.content.length > maxImportBytes) errors.file = 'courseImport.error.fileTooLarge';
    if (!file || Object.keys(errors).length > 0) {
      const status = errors.file === 'courseImport.error.fileTooLarge' ? 413 : 422;
      return sendUploadPage(request, reply, { providerId, errors, status });
    }
    const id = await uploadCourseImport(deps, actor, { providerId, ...file });
    return reply.redirect(`${base(request)}/${id}`, 303);
  });

  app.get('/manage/courses/import/:importId', async (request, reply) => {
    const { importId } = parseImportParams(request);
    const upload = await getCourseImport(deps, requireActor(request), importId);
    return deps.pages.send(
      reply,
      <ImportReportPage ctx={deps.pages.context(request, reply)} upload={upload} />,
    );
  });

  app.post('/manage/courses/import/:importId/commit', async (request, reply) => {
    const { importId } = parseImportParams(request);
    await commitCourseImport(deps, requireActor(request), importId);
    return reply.redirect(`${base(request)}/${importId}`, 303);
  });
}

function parseImportParams(request: FastifyRequest): z.infer<typeof importParams> {
  const parsed = importParams.safeParse(request.params);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data;
}
