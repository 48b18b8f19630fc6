import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { listLivingLabTopics } from '../catalogue/index.js';
import { listOrganisationsWith } from '../organisations/index.js';
import { privacyPolicyVersion } from '../privacy/index.js';
import { AccessibilityPage } from './accessibility.views.js';
import { ConsortiumPage } from './consortium.views.js';
import { HomePage } from './home.views.js';
import { PrivacyPage } from './privacy.views.js';

/** The privacy policy's version is the date of its last review; consents are recorded against it. */
const policiesReviewedOn = privacyPolicyVersion;

/** Home, consortium, privacy policy and accessibility statement, under `/{lang}`. */
export function registerPublicPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages, db, config } = deps;

  app.get('/', (request, reply) =>
    pages.sendShared(request, reply, async (ctx) => {
      const [providers, topics] = await Promise.all([
        listOrganisationsWith(db, 'is_provider', ctx.locale),
        listLivingLabTopics(db),
      ]);
      return <HomePage ctx={ctx} providers={providers} topics={topics} />;
    }),
  );

  app.get('/consortium', (request, reply) =>
    pages.sendShared(request, reply, async (ctx) => {
      const members = await listOrganisationsWith(db, 'is_consortium_member', ctx.locale);
      return <ConsortiumPage ctx={ctx} members={members} />;
    }),
  );

  app.get('/privacy', (request, reply) =>
    pages.sendShared(request, reply, (ctx) => (
      <PrivacyPage
        ctx={ctx}
        controllerName={config.privacy.controllerName}
        controllerAddress={config.privacy.controllerAddress}
        dpoEmail={config.privacy.dpoEmail}
        lastUpdated={policiesReviewedOn}
      />
    )),
  );

  app.get('/accessibility', (request, reply) =>
    pages.sendShared(request, reply, (ctx) => (
      <AccessibilityPage ctx={ctx} contactEmail={config.mail.staffEmail} preparedOn={policiesReviewedOn} />
    )),
  );
}
