import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError, isAppError, type ErrorCode } from '../../platform/http/app-error.js';
import { requireActor } from '../accounts/index.js';
import type { ApplicationAction } from './application-decisions.service.js';
import { moveFromDesk } from './selection-desk.service.js';

/** A problem the desk page shows above its content (translation key and values), with a 4xx status. */
export interface DeskProblem {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly status: number;
  /** The application the problem is about, whose form keeps what was typed. */
  readonly applicationId?: string;
}

/** Refusals a person can act on, as messages; anything else goes to the error pages. */
const problemKeys: Partial<Record<ErrorCode, string>> = {
  'quota-full': 'selectionDesk.problem.quotaFull',
  'deadline-passed': 'selectionDesk.problem.deadlinePassed',
  'invalid-transition': 'selectionDesk.problem.invalidTransition',
  'capacity-full': 'selectionDesk.problem.capacityFull',
  conflict: 'selectionDesk.problem.notNational',
};

/** The message of a refusal shown on the desk page, or undefined when the error page should say it. */
export function deskProblemOf(error: unknown, applicationId?: string): DeskProblem | undefined {
  if (!isAppError(error)) return undefined;
  const key = problemKeys[error.code];
  return key ? { key, status: error.status, applicationId } : undefined;
}

/** What a desk page says after a change (post/redirect/get): `?done=nominated` → a notice. */
export function deskNoticeOf(request: FastifyRequest): string | undefined {
  const done = (request.query as { done?: unknown } | undefined)?.done;
  return typeof done === 'string' && /^[a-z-]+$/.test(done) && doneNotices.has(done)
    ? `selectionDesk.done.${done}`
    : undefined;
}

const doneNotices = new Set(['nominate', 'not-nominate', 'ranked', 'accept', 'reject', 'waitlist']);

/** The optional reason typed with a decision: at most 1,000 characters. */
export const maxReasonLength = 1000;

export function readReason(body: unknown): { reason: string; isTooLong: boolean } {
  const raw = (body as { reason?: unknown } | undefined)?.reason;
  const reason = typeof raw === 'string' ? raw.trim() : '';
  return { reason, isTooLong: reason.length > maxReasonLength };
}

export function parseDeskParams<T>(schema: z.ZodType<T>, request: FastifyRequest): T {
  const parsed = schema.safeParse(request.params);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data;
}

const id = z.string().min(1).max(100);
export const sessionParams = z.object({ sessionId: id });
export const applicationParams = z.object({ sessionId: id, id });

/** Desk pages show other people's applications: never kept by browsers or proxies. */
export function registerNoStore(app: FastifyInstance): void {
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}

/** What a desk page shows again after a refused decision: the reason typed, and why. */
export interface DecisionRefusal {
  readonly typedReason: { readonly applicationId: string; readonly reason: string };
  readonly fieldErrors?: Readonly<Record<string, string>>;
  readonly problem?: DeskProblem;
}

/**
 * A decision posted from a desk (either desk): the reason is checked, the move made, then the browser
 * goes to `donePath`; a refusal a person can act on shows the desk again, with what was typed.
 */
export async function decideFromDesk(
  deps: WebDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  decision: { sessionId: string; applicationId: string; action: ApplicationAction; donePath: string },
  showDesk: (refusal: DecisionRefusal, status: number) => unknown,
): Promise<unknown> {
  const { sessionId, applicationId, action } = decision;
  const { reason, isTooLong } = readReason(request.body);
  const typedReason = { applicationId, reason };
  if (isTooLong) {
    return showDesk(
      { typedReason, fieldErrors: { [`reason-${applicationId}`]: 'selectionDesk.decision.reasonTooLong' } },
      400,
    );
  }
  try {
    await moveFromDesk(deps, requireActor(request), { sessionId, applicationId, action, reason });
  } catch (error) {
    const problem = deskProblemOf(error, applicationId);
    if (!problem) throw error;
    return showDesk({ typedReason, problem }, problem.status);
  }
  return reply.redirect(decision.donePath, 303);
}
