import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { requireActor } from '../accounts/index.js';
import { maxEnrolmentBytes, parseEnrolmentCsv, type EnrolmentFileProblem } from './enrolment.parse.js';
import {
  commitEnrolment,
  describeEnrolmentSession,
  previewEnrolment,
  type EnrolmentSessionView,
} from './enrolment.service.js';
import { registerEnrolmentInvitationPages } from './enrolment.invitation.pages.js';
import { EnrolmentPreviewPage, EnrolmentResultPage, EnrolmentUploadPage } from './enrolment.views.js';

const sessionParams = z.object({ id: z.string().min(1).max(100) });

/** A file field as `onFile` leaves it in the body. */
interface UploadedFile {
  readonly content: Buffer;
}

const previewBody = z.object({
  file: z.custom<UploadedFile>((value) => Buffer.isBuffer((value as UploadedFile | undefined)?.content)),
});
const commitBody = z.object({ content: z.base64().max(2 * maxEnrolmentBytes) });

const problemKeys: Record<EnrolmentFileProblem, string> = {
  unreadable: 'enrolment.error.unreadable',
  'no-email-column': 'enrolment.error.noEmailColumn',
  'no-rows': 'enrolment.error.noRows',
  'too-many-rows': 'enrolment.error.tooManyRows',
};

/**
 * `/{lang}/manage/sessions/:id/enrolment`: upload a CSV, see what it would do, then enrol, all or
 * nothing; and `/{lang}/enrolment/:token`, where invited people take their place.
 */
export function registerEnrolmentPages(app: FastifyInstance, deps: WebDeps): void {
  registerEnrolmentInvitationPages(app, deps);
  void app.register(async (scope) => {
    // Other people's addresses: never kept by browsers or proxies.
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('cache-control', 'no-store');
      return payload;
    });
    // As on the course import: multipart in this scope only, `_csrf` in the body before the CSRF
    // check, one byte over the limit read so that it is told. The commit sends the file back as base64.
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: {
        fileSize: maxEnrolmentBytes + 1,
        files: 1,
        fields: 5,
        fieldSize: 2 * maxEnrolmentBytes,
        parts: 6,
      },
      async onFile(part: MultipartFile) {
        const content = await part.toBuffer();
        (part as unknown as { value: UploadedFile }).value = { content };
      },
    });
    registerRoutes(scope, deps);
  });
}

function registerRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const sessionOf = (request: FastifyRequest) =>
    describeEnrolmentSession(deps, requireActor(request), {
      sessionId: parseParams(request).id,
      locale: requestLocale(request),
    });
  const sendUpload = (
    request: FastifyRequest,
    reply: FastifyReply,
    session: EnrolmentSessionView,
    errors: FormErrors = {},
    status = 200,
  ) =>
    pages.send(
      reply,
      <EnrolmentUploadPage ctx={pages.context(request, reply)} session={session} errors={errors} />,
      status,
    );

  app.get('/manage/sessions/:id/enrolment', async (request, reply) =>
    sendUpload(request, reply, await sessionOf(request)),
  );

  app.post('/manage/sessions/:id/enrolment/preview', async (request, reply) => {
    const session = await sessionOf(request);
    const parsed = previewBody.safeParse(request.body ?? {});
    const content = parsed.success ? parsed.data.file.content : Buffer.alloc(0);
    if (content.length === 0)
      return sendUpload(request, reply, session, { file: 'enrolment.error.fileMissing' }, 422);
    if (content.length > maxEnrolmentBytes) {
      return sendUpload(request, reply, session, { file: 'enrolment.error.fileTooLarge' }, 413);
    }
    const file = parseEnrolmentCsv(content);
    if (!file.ok) return sendUpload(request, reply, session, { file: problemKeys[file.problem] }, 400);
    const report = await previewEnrolment(deps, requireActor(request), {
      sessionId: session.id,
      rows: file.rows,
    });
    const page = (
      <EnrolmentPreviewPage
        ctx={pages.context(request, reply)}
        session={session}
        report={report}
        content={content.toString('base64')}
      />
    );
    return pages.send(reply, page);
  });

  app.post('/manage/sessions/:id/enrolment', async (request, reply) => {
    const actor = requireActor(request);
    const session = await sessionOf(request);
    const parsed = commitBody.safeParse(request.body ?? {});
    if (!parsed.success)
      throw new AppError('bad-request', 'The enrolment form is incomplete: upload the file again.');
    const file = parseEnrolmentCsv(Buffer.from(parsed.data.content, 'base64'));
    if (!file.ok) return sendUpload(request, reply, session, { file: problemKeys[file.problem] }, 400);
    const command = { sessionId: session.id, rows: file.rows };
    const ctx = pages.context(request, reply);
    try {
      const report = await commitEnrolment(deps, actor, { ...command, locale: ctx.locale });
      return pages.send(
        reply,
        <EnrolmentResultPage ctx={ctx} session={await sessionOf(request)} report={report} />,
      );
    } catch (error) {
      if (!isAppError(error) || !['capacity-full', 'validation-failed'].includes(error.code)) throw error;
      // Things changed since the preview: show what the file would do now, and why nothing was done.
      const report = await previewEnrolment(deps, actor, command);
      const page = (
        <EnrolmentPreviewPage ctx={ctx} session={session} report={report} content={parsed.data.content} />
      );
      return pages.send(reply, page, error.status === 409 ? 409 : 400);
    }
  });
}

function parseParams(request: FastifyRequest): z.infer<typeof sessionParams> {
  const parsed = sessionParams.safeParse(request.params);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data;
}
