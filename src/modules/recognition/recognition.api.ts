import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { requireActor } from '../accounts/index.js';
import type { RecognitionRecord } from './recognition.repo.js';
import { recognitionInputSchema, recognitionSchema, type RecognitionView } from './recognition.schema.js';
import { listCourseRecognitions, recordRecognition, withdrawRecognition } from './recognition.service.js';

const id = (what: string) => z.string().min(1).max(200).describe(what);

/** A recognition as the API answers it. */
export function presentRecognition(record: RecognitionRecord, publicUrl: string): RecognitionView {
  return {
    id: record.id,
    courseId: record.courseId,
    courseSlug: record.courseSlug,
    organisation: {
      id: record.organisationId,
      slug: record.organisationSlug,
      name: record.organisationName,
      url: `${publicUrl}/en/partners/${record.organisationSlug}`,
    },
    creditSystem: record.creditSystem,
    amount: record.amount,
    conditions: record.conditions,
    validFrom: record.validFrom,
    validUntil: record.validUntil,
    recordedAt: record.recordedAt,
    withdrawnAt: record.withdrawnAt,
  };
}

/** Recognitions of courses' credits: read by everyone, recorded and withdrawn by academic bodies. */
export function registerRecognitionApi(app: FastifyInstance, deps: WebDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const present = (record: RecognitionRecord) => presentRecognition(record, deps.config.publicUrl);

  api.get(
    '/api/v1/courses/:idOrSlug/recognitions',
    {
      schema: {
        tags: ['recognitions'],
        summary: 'Recognitions of a published course’s credits in force today (public)',
        params: z.object({ idOrSlug: id('The course’s id or slug.') }),
        response: { 200: z.object({ items: z.array(recognitionSchema) }) },
      },
    },
    async (request) => {
      const records = await listCourseRecognitions(deps, {
        courseIdOrSlug: request.params.idOrSlug,
        at: new Date(),
        language: 'en',
      });
      return { items: records.map(present) };
    },
  );

  api.post(
    '/api/v1/courses/:id/recognitions',
    {
      schema: {
        tags: ['recognitions'],
        summary: 'Record that an academic body recognises a course’s credits (its partner admin)',
        params: z.object({ id: id('The published course’s id.') }),
        body: recognitionInputSchema,
        response: { 201: recognitionSchema },
      },
    },
    async (request, reply) => {
      const record = await recordRecognition(deps, requireActor(request), {
        courseIdOrSlug: request.params.id,
        input: request.body,
      });
      return reply.status(201).send(present(record));
    },
  );

  api.post(
    '/api/v1/recognitions/:id/withdraw',
    {
      schema: {
        tags: ['recognitions'],
        summary: 'Withdraw a recognition in force (the academic body’s partner admin)',
        params: z.object({ id: id('The recognition’s id.') }),
        response: { 200: recognitionSchema },
      },
    },
    async (request) =>
      present(await withdrawRecognition(deps, requireActor(request), { id: request.params.id })),
  );
}
