import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { requireActor, type Actor } from '../accounts/index.js';
import { moveApplication } from './application-decisions.service.js';
import { applyRefusal, readApplyForm, toApplyInput, type ApplyFormValues } from './application-form.js';
import { listMyApplications } from './application-lists.service.js';
import {
  findApplicationSessionFacts,
  findSessionToApply,
  type SessionToApply,
} from './application-pages.repo.js';
import { ApplyPage, type ApplyUnavailable } from './application-pages.views.js';
import { findActiveApplication, findApplicantProfile } from './applications.repo.js';
import { applyToSession } from './applications.service.js';
import { MyApplicationsPage, type ApplicationActionError } from './my-applications.views.js';

const idParams = z.object({ id: z.string().min(1).max(100) });
const reasonBody = z.object({ reason: z.string().trim().max(1000).catch('') }).catch({ reason: '' });

/** `?done=…` after a change (post/redirect/get) → the notice the list shows. */
const notices: Record<string, string> = {
  applied: 'applicationPages.notice.applied',
  accepted: 'applicationPages.notice.accepted',
  waitlisted: 'applicationPages.notice.waitlisted',
  confirmed: 'applicationPages.notice.confirmed',
  withdrawn: 'applicationPages.notice.withdrawn',
};

/** Refusals of a confirm or withdraw that the list explains beside the application. */
const moveRefusals: Record<string, string> = {
  'invalid-transition': 'applicationPages.error.invalidTransition',
  'offer-expired': 'applicationPages.error.offerExpired',
};

function parseId(request: FastifyRequest): string {
  const parsed = idParams.safeParse(request.params);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data.id;
}

/** The session named in the address, if the public catalogue shows it; a 404 otherwise. */
async function visibleSession(deps: WebDeps, request: FastifyRequest): Promise<SessionToApply> {
  const session = await findSessionToApply(deps.db, parseId(request), requestLocale(request));
  if (!session || session.courseStatus !== 'published' || session.status === 'cancelled') {
    throw AppError.notFound('There is no such session.');
  }
  return session;
}

/** Why the form is not worth showing, told before anyone types a motivation; the service decides on posting. */
async function unavailability(
  deps: WebDeps,
  session: SessionToApply,
  actor: Actor,
  now: Date,
): Promise<ApplyUnavailable | undefined> {
  if (session.status !== 'open' || Date.parse(session.startsAt) <= now.getTime()) return 'closed';
  if (session.applicationDeadline && Date.parse(session.applicationDeadline) < now.getTime()) {
    return 'deadline-passed';
  }
  if (await findActiveApplication(deps.db, session.id, actor.userId)) return 'already-applied';
  return undefined;
}

/** The learner's pages: applying to a session, and "my applications" with confirm and withdraw. */
export function registerApplicationPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const myApplicationsPath = (request: FastifyRequest, done: string) =>
    `/${requestLocale(request)}/account/applications?done=${done}`;

  const sendApplyPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    props: { session: SessionToApply; values?: ApplyFormValues; errors?: FormErrors },
    status = 200,
  ) => {
    const actor = requireActor(request);
    const profile = await findApplicantProfile(deps.db, actor.userId);
    const values = props.values ?? {
      motivation: '',
      profession: profile?.profession ?? '',
      organisation: profile?.organisation_name ?? '',
      position: '',
      consentShare: false,
    };
    const unavailable = props.values
      ? undefined
      : await unavailability(deps, props.session, actor, new Date());
    reply.header('cache-control', 'no-store');
    const page = (
      <ApplyPage
        ctx={pages.context(request, reply)}
        session={props.session}
        applicantCountry={profile?.country ?? null}
        values={values}
        errors={props.errors ?? {}}
        unavailable={unavailable}
      />
    );
    return pages.send(reply, page, status);
  };

  app.get('/sessions/:id/apply', async (request, reply) =>
    sendApplyPage(request, reply, { session: await visibleSession(deps, request) }),
  );

  app.post('/sessions/:id/apply', async (request, reply) => {
    const actor = requireActor(request);
    const session = await visibleSession(deps, request);
    const values = readApplyForm(request.body);
    const mapped = toApplyInput(values);
    if (!mapped.ok) return sendApplyPage(request, reply, { session, values, errors: mapped.errors }, 400);
    try {
      const application = await applyToSession(deps, actor, session.id, mapped.input);
      const done = application.status === 'submitted' ? 'applied' : application.status;
      return reply.redirect(myApplicationsPath(request, done), 303);
    } catch (error) {
      const refusal = applyRefusal(error);
      if (!refusal) throw error;
      return sendApplyPage(request, reply, { session, values, errors: refusal.errors }, refusal.status);
    }
  });

  const sendMyApplications = async (
    request: FastifyRequest,
    reply: FastifyReply,
    props: { notice?: string | undefined; actionError?: ApplicationActionError },
    status = 200,
  ) => {
    const ctx = pages.context(request, reply);
    // Course titles in the language of the page rather than of the profile.
    const actor = { ...requireActor(request), locale: ctx.locale };
    const applications = await listMyApplications(deps, actor);
    const facts = await findApplicationSessionFacts(
      deps.db,
      applications.map((application) => application.sessionId),
    );
    const items = applications.map((application) => ({
      application,
      facts: facts.get(application.sessionId),
    }));
    reply.header('cache-control', 'no-store');
    return pages.send(reply, <MyApplicationsPage ctx={ctx} items={items} {...props} />, status);
  };

  app.get('/account/applications', (request, reply) =>
    sendMyApplications(request, reply, {
      notice: notices[(request.query as { done?: string } | undefined)?.done ?? ''],
    }),
  );

  for (const action of ['confirm', 'withdraw'] as const) {
    app.post(`/account/applications/:id/${action}`, async (request, reply) => {
      const actor = requireActor(request);
      const id = parseId(request);
      const { reason } = reasonBody.parse(request.body ?? {});
      try {
        await moveApplication(deps, actor, { id, action, input: reason ? { reason } : {} });
      } catch (error) {
        const message = isAppError(error) ? moveRefusals[error.code] : undefined;
        if (!message || !isAppError(error)) throw error;
        return sendMyApplications(
          request,
          reply,
          { actionError: { applicationId: id, message } },
          error.status,
        );
      }
      return reply.redirect(
        myApplicationsPath(request, action === 'confirm' ? 'confirmed' : 'withdrawn'),
        303,
      );
    });
  }
}
