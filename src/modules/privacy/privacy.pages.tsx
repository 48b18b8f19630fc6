import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import { requireActor } from '../accounts/index.js';
import { ErasedPage, ErasePage, confirmationWordMatches, type EraseErrors } from './erase.views.js';
import { changeOwnConsent } from './privacy.consents.js';
import { eraseOwnAccount } from './privacy.erasure.js';
import { correctOwnProfile, loadMyData, type MyData, type ProfileErrors } from './privacy.profile.js';
import {
  consentFormSchema,
  eraseFormInputSchema,
  profileFormInputSchema,
  type ProfileFormInput,
} from './privacy.schema.js';
import { MyDataPage, myDataNotices, type MyDataNotice } from './privacy.views.js';

/** The profile form filled with what is stored. */
function storedValues(data: MyData): ProfileFormInput {
  const { profile } = data;
  return {
    name: profile.name,
    profession: profile.profession ?? '',
    country: profile.country ?? '',
    organisation: profile.organisation_id ?? '',
    languages: (profile.preferred_languages ?? '').split(',').filter(Boolean),
    sex: profile.sex ?? '',
  };
}

const isNotice = (value: unknown): value is MyDataNotice =>
  typeof value === 'string' && value in myDataNotices;

/** `/{lang}/account/data…`: "My data", its forms (post/redirect/get), and the erasure confirmation. */
export function registerPrivacyPageRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const back = (request: FastifyRequest, reply: FastifyReply, notice: MyDataNotice, anchor: string) =>
    reply.redirect(`/${requestLocale(request)}/account/data?done=${notice}#${anchor}`, 303);

  app.get('/account/data', async (request, reply) => {
    const data = await loadMyData(deps, requireActor(request));
    const { done } = request.query as { done?: unknown };
    const ctx = pages.context(request, reply);
    reply.header('cache-control', 'no-store');
    const form = { values: storedValues(data), errors: {} };
    return pages.send(
      reply,
      <MyDataPage ctx={ctx} data={data} form={form} notice={isNotice(done) ? done : undefined} />,
    );
  });

  app.post('/account/data/profile', async (request, reply) => {
    const actor = requireActor(request);
    const values = profileFormInputSchema.parse(request.body ?? {});
    const result = await correctOwnProfile(deps, actor, values);
    if (result.outcome === 'saved') return back(request, reply, 'profile', 'profile');
    const data = await loadMyData(deps, actor);
    const errors: ProfileErrors = result.errors;
    const page = <MyDataPage ctx={pages.context(request, reply)} data={data} form={{ values, errors }} />;
    return pages.send(reply, page, 422);
  });

  app.post('/account/data/consents', async (request, reply) => {
    const parsed = consentFormSchema.safeParse(request.body ?? {});
    if (!parsed.success) throw new AppError('bad-request', 'Unknown consent or action.');
    const { kind, action } = parsed.data;
    const changed = await changeOwnConsent(deps, requireActor(request), { kind, give: action === 'give' });
    const notice = !changed ? 'consent-unchanged' : action === 'give' ? 'consent-given' : 'consent-withdrawn';
    return back(request, reply, notice, 'consents');
  });

  app.get('/account/data/erase', (request, reply) => {
    requireActor(request);
    return pages.send(reply, <ErasePage ctx={pages.context(request, reply)} values={{}} errors={{}} />);
  });

  app.post('/account/data/erase', async (request, reply) => {
    const actor = requireActor(request);
    const values = eraseFormInputSchema.parse(request.body ?? {});
    const ctx = pages.context(request, reply);
    const errors: EraseErrors = {};
    if (!values.password) errors.password = 'privacy.error.passwordRequired';
    if (!confirmationWordMatches(ctx, values.confirmation))
      errors.confirmation = 'privacy.error.confirmationWord';
    const again = (status: number, formError?: string, fieldErrors: EraseErrors = errors) =>
      pages.send(
        reply,
        <ErasePage ctx={ctx} values={values} errors={fieldErrors} formError={formError} />,
        status,
      );
    if (Object.keys(errors).length > 0) return again(422);
    const outcome = await eraseOwnAccount(deps, actor, values.password ?? '').catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'rate-limited') return error;
      throw error;
    });
    if (outcome instanceof AppError) {
      reply.header('retry-after', String(outcome.details.retryAfterSeconds ?? 900));
      return again(429, 'privacy.error.tooManyAttempts', {});
    }
    if (outcome === 'wrong-password')
      return again(422, undefined, { password: 'privacy.error.wrongPassword' });
    if (outcome === 'only-administrator') return again(409, 'privacy.error.onlyAdministrator', {});
    await deps.sessions.end(request, reply);
    return reply.redirect(`/${requestLocale(request)}/account/data/erased`, 303);
  });

  app.get('/account/data/erased', (request, reply) =>
    pages.send(reply, <ErasedPage ctx={pages.context(request, reply)} />),
  );
}
