import type { RouteAccess } from './platform/http/route-access.js';

/**
 * Who may reach each route: the route table of the platform. Every route must be named here — the
 * application refuses to start otherwise — and the route × role test proves the table is enforced.
 * Use cases still check scopes and ownership (which organisation, whose token).
 */
const publicAccess: RouteAccess = 'public';
const signedIn: RouteAccess = 'signed-in';
const anyRole = (...roles: string[]): RouteAccess => ({ anyRole: roles });

const staff = anyRole('coordinator', 'partner-admin', 'provider-manager', 'contact-point');
const admins = anyRole('admin');
const inboxReaders = anyRole('coordinator');
const organisationEditors = anyRole('coordinator', 'partner-admin', 'provider-manager');
const contactPointEditors = anyRole('coordinator', 'contact-point');
const courseEditors = anyRole('provider-manager');
const applicationSelectors = anyRole('contact-point', 'provider-manager');
const harvestManagers = anyRole('coordinator');

const table: Record<string, RouteAccess> = {
  // Platform
  'GET /': publicAccess,
  'GET /assets/*': publicAccess,
  'GET /healthz': publicAccess,
  /** Has its own bearer token (METRICS_TOKEN), checked by the route. */
  'GET /metrics': publicAccess,
  'GET /api/v1': publicAccess,
  'GET /api/v1/openapi.json': publicAccess,
  'GET /media/logos/:file': publicAccess,

  // Public pages
  'GET /:lang': publicAccess,
  'GET /:lang/consortium': publicAccess,
  'GET /:lang/privacy': publicAccess,
  'GET /:lang/accessibility': publicAccess,
  'GET /:lang/contact': publicAccess,
  'POST /:lang/contact': publicAccess,
  'GET /:lang/contact/sent': publicAccess,
  'GET /:lang/setup': publicAccess,
  'POST /:lang/setup': publicAccess,

  // Knowledge Partnership
  'GET /:lang/partners': publicAccess,
  'GET /:lang/partners/:slug': publicAccess,
  'GET /:lang/contact-points': publicAccess,
  'GET /:lang/courses': publicAccess,
  'GET /:lang/courses/:slug': publicAccess,
  'GET /:lang/courses/feed.ics': publicAccess,
  'GET /:lang/courses/:slug/sessions.ics': publicAccess,
  'GET /api/v1/organisations': publicAccess,
  'GET /api/v1/organisations/:id': publicAccess,
  'GET /api/v1/contact-points': publicAccess,

  // Joint training catalogue: use cases check which provider the manager acts for.
  'GET /api/v1/courses': publicAccess,
  'GET /api/v1/courses/:idOrSlug': publicAccess,
  'GET /api/v1/export/courses.csv': publicAccess,
  'GET /api/v1/export/courses.json': publicAccess,
  'POST /api/v1/courses': courseEditors,
  'PATCH /api/v1/courses/:id': courseEditors,
  'DELETE /api/v1/courses/:id': courseEditors,
  'POST /api/v1/courses/:id/publish': courseEditors,
  'POST /api/v1/courses/:id/archive': courseEditors,
  'POST /api/v1/courses/:id/sessions': courseEditors,
  'PATCH /api/v1/courses/:id/sessions/:sessionId': courseEditors,
  'DELETE /api/v1/courses/:id/sessions/:sessionId': courseEditors,

  // Super Toolkit, public side: published resources only (the use cases hide the others).
  'GET /:lang/toolkit': publicAccess,
  'GET /:lang/toolkit/networks': publicAccess,
  'GET /:lang/toolkit/resources/:id': publicAccess,
  'GET /api/v1/resources': publicAccess,
  'GET /api/v1/resources/:id': publicAccess,
  'GET /api/v1/export/resources.csv': publicAccess,
  'GET /api/v1/export/resources.json': publicAccess,
  // Serving the toolkit back: OAI-PMH 2.0 (harvesters POST forms without cookies or CSRF tokens) and Atom.
  'GET /oai': publicAccess,
  'POST /oai': publicAccess,
  'GET /oai/jpcoops.xsd': publicAccess,
  'GET /feeds/toolkit.atom': publicAccess,
  // Toolkit contributions: members of partner organisations (scoped trainer, provider-manager or
  // partner-admin grants) and coordinators contribute; the use cases check that only the contributor
  // changes a resource. Reviewers never decide on their own contribution. Versions and files are
  // public once published; before, only the contributor and reviewers see them (404 otherwise).
  'POST /api/v1/resources': anyRole('trainer', 'provider-manager', 'partner-admin', 'coordinator'),
  'PATCH /api/v1/resources/:id': anyRole('trainer', 'provider-manager', 'partner-admin', 'coordinator'),
  'POST /api/v1/resources/:id/submit': anyRole('trainer', 'provider-manager', 'partner-admin', 'coordinator'),
  'POST /api/v1/resources/:id/attachments': anyRole(
    'trainer',
    'provider-manager',
    'partner-admin',
    'coordinator',
  ),
  'DELETE /api/v1/resources/:id/attachments/:attachmentId': anyRole(
    'trainer',
    'provider-manager',
    'partner-admin',
    'coordinator',
  ),
  'POST /api/v1/resources/:id/reviews': anyRole('provider-manager', 'partner-admin', 'coordinator'),
  'GET /api/v1/resources/:id/versions': publicAccess,
  'GET /toolkit/files/:attachmentId': publicAccess,
  'GET /:lang/toolkit/contribute': anyRole('trainer', 'provider-manager', 'partner-admin', 'coordinator'),
  'POST /:lang/toolkit/contribute': anyRole('trainer', 'provider-manager', 'partner-admin', 'coordinator'),
  'GET /:lang/toolkit/resources/:id/edit': anyRole(
    'trainer',
    'provider-manager',
    'partner-admin',
    'coordinator',
  ),
  'POST /:lang/toolkit/resources/:id/edit': anyRole(
    'trainer',
    'provider-manager',
    'partner-admin',
    'coordinator',
  ),
  'POST /:lang/toolkit/resources/:id/submit': anyRole(
    'trainer',
    'provider-manager',
    'partner-admin',
    'coordinator',
  ),
  'POST /:lang/toolkit/resources/:id/attachments': anyRole(
    'trainer',
    'provider-manager',
    'partner-admin',
    'coordinator',
  ),
  'POST /:lang/toolkit/resources/:id/attachments/:attachmentId/remove': anyRole(
    'trainer',
    'provider-manager',
    'partner-admin',
    'coordinator',
  ),
  'GET /:lang/toolkit/review': anyRole('provider-manager', 'partner-admin', 'coordinator'),
  'POST /:lang/toolkit/review/:id': anyRole('provider-manager', 'partner-admin', 'coordinator'),
  'GET /:lang/toolkit/resources/:id/versions': publicAccess,
  // Toolkit harvest sources: coordinators (and administrators) only, checked again by the use cases.
  'GET /api/v1/toolkit/sources': harvestManagers,
  'POST /api/v1/toolkit/sources': harvestManagers,
  'GET /api/v1/toolkit/sources/:id': harvestManagers,
  'PATCH /api/v1/toolkit/sources/:id': harvestManagers,
  'POST /api/v1/toolkit/sources/:id/harvest': harvestManagers,
  'GET /api/v1/toolkit/sources/:id/runs': harvestManagers,
  'GET /:lang/toolkit/sources': harvestManagers,
  'POST /:lang/toolkit/sources': harvestManagers,
  'GET /:lang/toolkit/sources/:id': harvestManagers,
  'POST /:lang/toolkit/sources/:id': harvestManagers,
  'POST /:lang/toolkit/sources/:id/harvest': harvestManagers,

  // Applications: anyone signed in applies for themself; use cases check the applicant, the contact
  // point's country and the provider the manager acts for, and hide other countries' applications.
  /** Provider managers of the session's course and its trainers: the use case checks which. */
  'GET /api/v1/sessions/:id/attendance.pdf': signedIn,
  'GET /api/v1/sessions/:id/attendance': signedIn,
  'PUT /api/v1/sessions/:id/attendance': signedIn,
  'GET /:lang/manage/sessions/:id/attendance': signedIn,
  'POST /:lang/manage/sessions/:id/attendance': signedIn,
  // Certificates of a session: its course provider's managers and admins (the use case checks which).
  'GET /:lang/manage/sessions/:id/credentials': courseEditors,
  'POST /:lang/manage/sessions/:id/credentials/:credentialId/revoke': courseEditors,
  'POST /api/v1/sessions/:id/applications': signedIn,
  'GET /api/v1/sessions/:id/applications': applicationSelectors,
  'GET /api/v1/me/applications': signedIn,
  'POST /api/v1/applications/:id/withdraw': signedIn,
  'POST /api/v1/applications/:id/confirm': signedIn,
  'POST /api/v1/applications/:id/nominate': anyRole('contact-point'),
  'POST /api/v1/applications/:id/not-nominate': anyRole('contact-point'),
  'POST /api/v1/applications/:id/accept': courseEditors,
  'POST /api/v1/applications/:id/reject': courseEditors,
  'POST /api/v1/applications/:id/waitlist': courseEditors,
  /** The use case checks the contact point's country per application, and the selection deadline. */
  'PUT /api/v1/sessions/:id/ranking': anyRole('contact-point'),
  // The contact point's selection desk and the provider's desk: the use cases check the countries
  // and the provider, and hide other countries' applications.
  'GET /:lang/desk/selection': anyRole('contact-point'),
  'GET /:lang/desk/selection/:sessionId': anyRole('contact-point'),
  'POST /:lang/desk/selection/:sessionId/ranking': anyRole('contact-point'),
  'POST /:lang/desk/selection/:sessionId/applications/:id/nominate': anyRole('contact-point'),
  'POST /:lang/desk/selection/:sessionId/applications/:id/not-nominate': anyRole('contact-point'),
  'GET /:lang/manage/sessions/:id/applications': courseEditors,
  'POST /:lang/manage/sessions/:id/applications/:appId/accept': courseEditors,
  'POST /:lang/manage/sessions/:id/applications/:appId/reject': courseEditors,
  'POST /:lang/manage/sessions/:id/applications/:appId/waitlist': courseEditors,
  // Bulk enrolment: the use cases check that the manager acts for the session's provider. The
  // invitation link is for visitors too; taking the place needs the invited, verified address.
  'POST /api/v1/sessions/:id/enrolments': courseEditors,
  'GET /:lang/manage/sessions/:id/enrolment': courseEditors,
  'POST /:lang/manage/sessions/:id/enrolment/preview': courseEditors,
  'POST /:lang/manage/sessions/:id/enrolment': courseEditors,
  'GET /:lang/enrolment/:token': publicAccess,
  'POST /:lang/enrolment/:token': signedIn,

  // Recognition of courses' credits by academic bodies: the use cases check that the partner admin
  // acts for the body and that it is academic (a university, or marked as awarding credits).
  'GET /api/v1/courses/:idOrSlug/recognitions': publicAccess,
  'POST /api/v1/courses/:id/recognitions': anyRole('partner-admin'),
  'POST /api/v1/recognitions/:id/withdraw': anyRole('partner-admin'),
  'GET /:lang/manage/recognitions': anyRole('partner-admin'),
  'POST /:lang/manage/recognitions': anyRole('partner-admin'),
  'POST /:lang/manage/recognitions/:id/withdraw': anyRole('partner-admin'),

  // Legal instruments reference: read by everyone, corrected and extended by coordinators (and admins).
  'GET /:lang/instruments': publicAccess,
  'GET /:lang/instruments/:celex': publicAccess,
  'GET /api/v1/instruments': publicAccess,
  'GET /api/v1/instruments/:celex': publicAccess,
  // The cross-border case helper: public, limited per address.
  'GET /:lang/case-helper': publicAccess,
  'POST /api/v1/case-helper': publicAccess,
  'GET /:lang/admin/instruments': anyRole('coordinator'),
  'GET /:lang/admin/instruments/new': anyRole('coordinator'),
  'POST /:lang/admin/instruments': anyRole('coordinator'),
  'GET /:lang/admin/instruments/:celex': anyRole('coordinator'),
  'POST /:lang/admin/instruments/:celex': anyRole('coordinator'),

  // Credentials (Open Badges 3.0): the issuer's DID document and status list are for every verifier.
  // A credential is read by its holder, or anyone when public or with its share link (checked by the
  // use case, 404 otherwise); revocation: the use case checks the course provider's managers, admins.
  'GET /.well-known/did.json': publicAccess,
  'GET /credentials/status/1': publicAccess,
  'GET /api/v1/credentials/:id': publicAccess,
  'POST /api/v1/credentials/:id/revoke': anyRole('provider-manager'),
  'GET /api/v1/me/credentials': signedIn,
  'POST /api/v1/credentials/:id/visibility': signedIn,
  'POST /api/v1/credentials/:id/share-link': signedIn,
  'DELETE /api/v1/credentials/:id/share-link': signedIn,
  // Verification is for everyone: limited per address by the use case's shared rate limiter.
  'POST /api/v1/credentials/verify': publicAccess,
  'GET /:lang/verify': publicAccess,
  'POST /:lang/verify': publicAccess,

  // Course management pages: use cases check which provider the manager acts for.
  'GET /:lang/manage/courses': courseEditors,
  'GET /:lang/manage/courses/new': courseEditors,
  'POST /:lang/manage/courses': courseEditors,
  'GET /:lang/manage/courses/:id': courseEditors,
  'POST /:lang/manage/courses/:id': courseEditors,
  'GET /:lang/manage/courses/:id/preview': courseEditors,
  'POST /:lang/manage/courses/:id/publish': courseEditors,
  'POST /:lang/manage/courses/:id/archive': courseEditors,
  'POST /:lang/manage/courses/:id/delete': courseEditors,
  'GET /:lang/manage/courses/:id/translations/:language': courseEditors,
  'POST /:lang/manage/courses/:id/translations/:language': courseEditors,
  'POST /:lang/manage/courses/:id/translations/:language/delete': courseEditors,
  'GET /:lang/manage/courses/:id/sessions/new': courseEditors,
  'POST /:lang/manage/courses/:id/sessions': courseEditors,
  'GET /:lang/manage/courses/:id/sessions/:sessionId': courseEditors,
  'POST /:lang/manage/courses/:id/sessions/:sessionId': courseEditors,
  'POST /:lang/manage/courses/:id/sessions/:sessionId/delete': courseEditors,

  // Course import: a dry run first, then the same upload committed all or nothing.
  'GET /:lang/manage/courses/import': courseEditors,
  'POST /:lang/manage/courses/import': courseEditors,
  'GET /:lang/manage/courses/import/:importId': courseEditors,
  'POST /:lang/manage/courses/import/:importId/commit': courseEditors,
  'GET /:lang/manage/courses/import/template.csv': courseEditors,

  // Signing up and in: reached before there is anyone to authorise; links carry single-use tokens.
  'GET /:lang/register': publicAccess,
  'POST /:lang/register': publicAccess,
  'GET /:lang/register/check-email': publicAccess,
  'GET /:lang/verify-email': publicAccess,
  'POST /:lang/verify-email/resend': publicAccess,
  'GET /:lang/login': publicAccess,
  'POST /:lang/login': publicAccess,
  'GET /:lang/login/second-factor': publicAccess,
  'POST /:lang/login/second-factor': publicAccess,
  'POST /:lang/logout': publicAccess,
  'GET /:lang/password-reset': publicAccess,
  'POST /:lang/password-reset': publicAccess,
  'GET /:lang/password-reset/new': publicAccess,
  'POST /:lang/password-reset/new': publicAccess,
  'GET /:lang/account/email/confirm': publicAccess,
  /** Shown after an erasure, when the person is no longer signed in. */
  'GET /:lang/account/data/erased': publicAccess,

  // My account
  'GET /:lang/account': signedIn,
  'GET /:lang/account/security': signedIn,
  'POST /:lang/account/password': signedIn,
  'POST /:lang/account/email': signedIn,
  'POST /:lang/account/sessions/end-all': signedIn,
  'GET /:lang/account/two-factor': signedIn,
  'POST /:lang/account/two-factor/setup': signedIn,
  'POST /:lang/account/two-factor/confirm': signedIn,
  'POST /:lang/account/two-factor/recovery-codes': signedIn,
  'POST /:lang/account/two-factor/disable': signedIn,
  'GET /:lang/account/tokens': signedIn,
  'POST /:lang/account/tokens': signedIn,
  'POST /:lang/account/tokens/:id/revoke': signedIn,
  'GET /:lang/account/data': signedIn,
  'POST /:lang/account/data/profile': signedIn,
  'POST /:lang/account/data/consents': signedIn,
  'GET /:lang/account/data/erase': signedIn,
  'POST /:lang/account/data/erase': signedIn,
  // Applying to a session and "my applications": the use cases act for the signed-in person only.
  'GET /:lang/sessions/:id/apply': signedIn,
  'POST /:lang/sessions/:id/apply': signedIn,
  'GET /:lang/account/applications': signedIn,
  'GET /:lang/account/credentials': signedIn,
  'GET /:lang/account/credentials/:id/certificate.pdf': signedIn,
  'GET /:lang/account/credentials/:id.json': signedIn,
  'GET /:lang/account/credentials/:id.jwt': signedIn,
  'POST /:lang/account/credentials/:id/visibility': signedIn,
  'POST /:lang/account/credentials/:id/share-link': signedIn,
  'POST /:lang/account/credentials/:id/share-link/remove': signedIn,
  'GET /:lang/account/transcript': signedIn,
  'GET /:lang/account/transcript.pdf': signedIn,
  'POST /:lang/account/applications/:id/confirm': signedIn,
  'POST /:lang/account/applications/:id/withdraw': signedIn,
  'GET /api/v1/me': signedIn,
  'DELETE /api/v1/me': signedIn,
  'GET /api/v1/me/export': signedIn,
  'GET /api/v1/me/tokens': signedIn,
  'POST /api/v1/me/tokens': signedIn,
  'DELETE /api/v1/me/tokens/:id': signedIn,

  // Administration
  'GET /:lang/admin': staff,
  'GET /:lang/admin/users': admins,
  'GET /:lang/admin/users/:id': admins,
  'POST /:lang/admin/users/:id/grants': admins,
  'POST /:lang/admin/users/:id/grants/:grantId/revoke': admins,
  'GET /:lang/admin/audit': admins,
  'GET /:lang/admin/messages': inboxReaders,
  'GET /:lang/admin/messages/:id': inboxReaders,
  'POST /:lang/admin/messages/:id/status': inboxReaders,
  'POST /:lang/admin/messages/:id/reply': inboxReaders,
  'POST /:lang/admin/messages/:id/delete': inboxReaders,
  'GET /:lang/admin/organisations': organisationEditors,
  'POST /:lang/admin/organisations': anyRole('coordinator'),
  'GET /:lang/admin/organisations/new': anyRole('coordinator'),
  'GET /:lang/admin/organisations/:id': organisationEditors,
  'POST /:lang/admin/organisations/:id': organisationEditors,
  'POST /:lang/admin/organisations/:id/delete': anyRole('coordinator'),
  'POST /:lang/admin/organisations/:id/logo': organisationEditors,
  'POST /:lang/admin/organisations/:id/logo/delete': organisationEditors,
  'GET /:lang/admin/contact-points': contactPointEditors,
  'POST /:lang/admin/contact-points': contactPointEditors,
  'GET /:lang/admin/contact-points/new': contactPointEditors,
  'GET /:lang/admin/contact-points/:id': contactPointEditors,
  'POST /:lang/admin/contact-points/:id': contactPointEditors,
  'POST /:lang/admin/contact-points/:id/delete': contactPointEditors,
};

/** Routes that plugins register (the API documentation) are public by their prefix. */
const publicPrefixes = ['/api/docs'];

export function accessOf(method: string, url: string): RouteAccess | undefined {
  const normalised = url.length > 1 ? url.replace(/\/$/, '') : url;
  return (
    table[`${method} ${normalised}`] ??
    (publicPrefixes.some((prefix) => url.startsWith(prefix)) ? publicAccess : undefined)
  );
}
