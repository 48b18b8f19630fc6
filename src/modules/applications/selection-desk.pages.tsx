import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { requestLocale } from '../../platform/http/pages.js';
import { isAppError } from '../../platform/http/app-error.js';
import { requireActor } from '../accounts/index.js';
import {
  applicationParams,
  deskNoticeOf,
  decideFromDesk,
  deskProblemOf,
  parseDeskParams,
  registerNoStore,
  sessionParams,
} from './selection-desk.http.js';
import { getSelectionDeskSession, listSelectionDesk } from './selection-desk.service.js';
import {
  SelectionListPage,
  SelectionSessionPage,
  type SelectionSessionPageProps,
} from './selection-desk.views.js';
import { saveRanking } from './selection-ranking.service.js';

type PageExtras = Omit<SelectionSessionPageProps, 'ctx' | 'desk' | 'now'>;

/**
 * `/{lang}/desk/selection…`: the national contact point's desk. Sessions where their countries have
 * places, then per session their own countries' applicants to rank and nominate.
 */
export function registerSelectionDeskPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register((scope, _options, done) => {
    registerNoStore(scope);
    registerRoutes(scope, deps);
    done();
  });
}

function registerRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const deskPath = (request: FastifyRequest, path = '') => `/${requestLocale(request)}/desk/selection${path}`;

  const sendSession = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extras: PageExtras,
    status = 200,
  ) => {
    const { sessionId } = parseDeskParams(sessionParams, request);
    const now = new Date();
    const ctx = pages.context(request, reply);
    const desk = await getSelectionDeskSession(deps, requireActor(request), {
      sessionId,
      locale: ctx.locale,
      now,
    });
    return pages.send(reply, <SelectionSessionPage ctx={ctx} desk={desk} now={now} {...extras} />, status);
  };

  app.get('/desk/selection', async (request, reply) => {
    const now = new Date();
    const ctx = pages.context(request, reply);
    const rows = await listSelectionDesk(deps, requireActor(request), { locale: ctx.locale, now });
    return pages.send(reply, <SelectionListPage ctx={ctx} rows={rows} now={now} />);
  });

  app.get('/desk/selection/:sessionId', (request, reply) =>
    sendSession(request, reply, { notice: deskNoticeOf(request) }),
  );

  app.post('/desk/selection/:sessionId/ranking', async (request, reply) => {
    const { sessionId } = parseDeskParams(sessionParams, request);
    const { ranks, typedRanks, fieldErrors } = readRankingForm(request.body);
    if (Object.keys(fieldErrors).length > 0)
      return sendSession(request, reply, { typedRanks, fieldErrors }, 400);
    if (ranks.length > 0) {
      try {
        await saveRanking(deps, requireActor(request), { sessionId, ranks });
      } catch (error) {
        const duplicates = duplicateRankErrors(error, ranks);
        if (duplicates) return sendSession(request, reply, { typedRanks, fieldErrors: duplicates }, 400);
        const problem = deskProblemOf(error);
        if (!problem) throw error;
        return sendSession(request, reply, { typedRanks, problem }, problem.status);
      }
    }
    return reply.redirect(deskPath(request, `/${sessionId}?done=ranked`), 303);
  });

  for (const action of ['nominate', 'not-nominate'] as const) {
    app.post(`/desk/selection/:sessionId/applications/:id/${action}`, async (request, reply) => {
      const { sessionId, id } = parseDeskParams(applicationParams, request);
      return decideFromDesk(
        deps,
        request,
        reply,
        {
          sessionId,
          applicationId: id,
          action,
          donePath: deskPath(request, `/${sessionId}?done=${action}#application-${id}`),
        },
        (refusal, status) => sendSession(request, reply, refusal, status),
      );
    });
  }
}

const rankPattern = /^\d{1,5}$/;

/** The ranking form's `rank-{applicationId}` fields: a whole number from 1, or empty for no rank. */
function readRankingForm(body: unknown) {
  const ranks: { applicationId: string; rank: number | null }[] = [];
  const typedRanks: Record<string, string> = {};
  const fieldErrors: Record<string, string> = {};
  for (const [name, raw] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (!name.startsWith('rank-') || typeof raw !== 'string') continue;
    const applicationId = name.slice('rank-'.length);
    const value = raw.trim();
    typedRanks[applicationId] = value;
    const rank = value === '' ? null : Number(value);
    if (rank !== null && (!rankPattern.test(value) || rank < 1 || rank > 10_000)) {
      fieldErrors[name] = 'selectionDesk.ranking.error.number';
    } else ranks.push({ applicationId, rank });
  }
  return { ranks, typedRanks, fieldErrors };
}

/** The service's "same rank twice" refusal, as errors on the ranking form's fields. */
function duplicateRankErrors(
  error: unknown,
  ranks: readonly { applicationId: string }[],
): Record<string, string> | undefined {
  if (!isAppError(error) || error.code !== 'validation-failed') return undefined;
  const fieldErrors: Record<string, string> = {};
  for (const problem of error.fields) {
    const index = /^ranks\.(\d+)\./.exec(problem.field)?.[1];
    const entry = index === undefined ? undefined : ranks[Number(index)];
    if (entry) fieldErrors[`rank-${entry.applicationId}`] = 'selectionDesk.ranking.error.duplicate';
  }
  return Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined;
}
