import { CsrfField } from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { MessagePage } from '../../platform/layout/message-page.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import type { InvitationView, InvitationViewer } from './enrolment.claim.js';

/**
 * The invitation link: who invited the person to what, and — depending on who opened it — links to
 * create an account or sign in, the button that takes the place, or why this account cannot.
 */
export function InvitationPage(props: {
  ctx: PageContext;
  invitation: InvitationView;
  viewer: InvitationViewer;
  /** This page's path, to come back to after signing in. */
  path: string;
}) {
  const { ctx, invitation, viewer } = props;
  const { t } = ctx;
  const values = {
    provider: invitation.providerName,
    course: invitation.courseTitle,
    date: ctx.formatDate(invitation.startsAt, { dateStyle: 'long', timeZone: invitation.timeZone }),
  };
  return (
    <Layout ctx={ctx} title={t('enrolment.invitation.title')}>
      <div class="container prose">
        <h1>{t('enrolment.invitation.title')}</h1>
        <p class="lead">
          {invitation.name
            ? t('enrolment.invitation.greeting', { name: invitation.name })
            : t('enrolment.invitation.greetingNoName')}{' '}
          {t('enrolment.invitation.invited', values)}
        </p>
        <p>
          {t('enrolment.invitation.expires', {
            date: ctx.formatDate(invitation.expiresAt, { dateStyle: 'long', timeZone: 'UTC' }),
          })}
        </p>
        <ViewerActions ctx={ctx} viewer={viewer} path={props.path} />
      </div>
    </Layout>
  );
}

function ViewerActions({ ctx, viewer, path }: { ctx: PageContext; viewer: InvitationViewer; path: string }) {
  const { t } = ctx;
  if (viewer === 'invitee') {
    return (
      <form method="post" action={path} class="form">
        <CsrfField ctx={ctx} />
        <p class="hint">{t('enrolment.invitation.takeHint')}</p>
        <button type="submit" class="button">
          {t('enrolment.invitation.take')}
        </button>
      </form>
    );
  }
  if (viewer === 'visitor') {
    return (
      <>
        <p>{t('enrolment.invitation.visitor')}</p>
        <p class="actions">
          <a class="button" href={localHref(ctx, '/register')}>
            {t('enrolment.invitation.register')}
          </a>{' '}
          <a
            class="button button--secondary"
            href={`${localHref(ctx, '/login')}?next=${encodeURIComponent(path)}`}
          >
            {t('enrolment.invitation.signIn')}
          </a>
        </p>
      </>
    );
  }
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
      <p>
        {t(viewer === 'unverified' ? 'enrolment.invitation.unverified' : 'enrolment.invitation.otherAccount')}
      </p>
    </div>
  );
}

/** Why a link or a claim did not work; each with the page's status. */
export const invitationProblems = {
  unknown: { status: 404, key: 'unknown' },
  expired: { status: 410, key: 'expired' },
  claimed: { status: 410, key: 'claimed' },
  'wrong-account': { status: 403, key: 'otherAccount' },
  unverified: { status: 403, key: 'unverified' },
  'session-closed': { status: 409, key: 'sessionClosed' },
  'session-full': { status: 409, key: 'sessionFull' },
} as const;

export function InvitationProblemPage({
  ctx,
  problem,
}: {
  ctx: PageContext;
  problem: keyof typeof invitationProblems;
}) {
  const { key } = invitationProblems[problem];
  return (
    <MessagePage
      ctx={ctx}
      titleKey="enrolment.invitation.problemTitle"
      bodyKey={`enrolment.invitation.${key}`}
    />
  );
}
