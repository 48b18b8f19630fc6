import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signedInCookie, type TestApp } from '../../../../test/app.js';
import { runDueJobs } from '../../../../test/outbox.js';
import { submitForm } from '../../organisations/organisations.test-kit.js';
import { insertRun, saveRunProgress, findRun } from './harvest-runs.repo.js';
import { listRecordsXml, startServer, type LocalServer } from './harvest.test-kit.js';

const list = '/en/toolkit/sources';

describe('toolkit harvest sources (pages)', () => {
  let t: TestApp;
  let server: LocalServer;
  let coordinator: string;
  const form = (overrides: Record<string, string> = {}) => ({
    name: 'EJTN handbooks',
    network: 'EJTN',
    kind: 'oai-pmh',
    url: `${server.url}/oai`,
    setSpec: '',
    type: 'handbook',
    language: 'fr',
    topics: 'radicalisation, prisons',
    professions: '',
    countries: 'fr, be',
    intervalHours: '48',
    isEnabled: 'yes',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    server = await startServer(() => ({
      body: listRecordsXml(
        [
          { identifier: 'ejtn:1', title: 'Manuel', language: 'fr' },
          { identifier: 'ejtn:2', extra: '<dc:x>bad</dc:y>' },
        ],
        null,
      ),
    }));
    const user = await createUser(t.deps, { grants: [{ role: 'coordinator' }], secondFactor: true });
    coordinator = await signedInCookie(t.deps, user.id);
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('is for coordinators only, and linked from their dashboard', async () => {
    const learner = await createUser(t.deps);
    expect(
      (await t.app.inject({ url: list, headers: { cookie: await signedInCookie(t.deps, learner.id) } }))
        .statusCode,
    ).toBe(403);
    const page = await t.app.inject({ url: list, headers: { cookie: coordinator } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('No source yet.');
    expect(page.headers['cache-control']).toBe('no-store');
    const dashboard = await t.app.inject({ url: '/en/admin', headers: { cookie: coordinator } });
    expect(dashboard.body).toContain('href="/en/toolkit/sources"');
  });

  it('shows errors next to the fields and keeps what was typed', async () => {
    const response = await submitForm(
      t,
      coordinator,
      list,
      list,
      form({ url: 'not a url', intervalHours: 'soon', name: 'Kept name' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter an address starting with http:// or https://.');
    expect(response.body).toContain('Enter a whole number of hours from 1 to 8760, or leave it empty.');
    expect(response.body).toContain('value="Kept name"');
    expect(response.body).toContain('aria-invalid="true"');
  });

  it('adds a source, harvests it now and shows the run with its report', async () => {
    const created = await submitForm(t, coordinator, list, list, form());
    expect(created.statusCode, created.body).toBe(303);
    const sourcePath = created.headers.location!.split('?')[0]!;
    expect(created.headers.location).toMatch(/\/en\/toolkit\/sources\/[\w-]+\?done=created$/);
    const page = await t.app.inject({ url: created.headers.location!, headers: { cookie: coordinator } });
    expect(page.body).toContain('The source is added.');
    expect(page.body).toContain('value="radicalisation, prisons"');
    expect(page.body).toContain('value="FR, BE"');

    const queued = await submitForm(t, coordinator, sourcePath, `${sourcePath}/harvest`, {});
    expect(queued.statusCode).toBe(303);
    expect(queued.headers.location).toBe(`${sourcePath}?done=queued`);
    await runDueJobs(t);
    const after = await t.app.inject({ url: sourcePath, headers: { cookie: coordinator } });
    expect(after.body).toContain('Completed (asked for)');
    expect(after.body).toContain('<caption>Runs of this source, latest first</caption>');
    expect(after.body).toContain('<code>ejtn:2</code>: not well-formed XML');
    const listed = await t.app.inject({ url: list, headers: { cookie: coordinator } });
    expect(listed.body).toContain('1 new, 0 updated, 0 unchanged, 0 deleted, 1 failed');
  });

  it('shows the progress of a running run, with a refresh link and an htmx poll', async () => {
    const created = await submitForm(t, coordinator, list, list, form({ name: 'Running one' }));
    const sourcePath = created.headers.location!.split('?')[0]!;
    const sourceId = sourcePath.split('/').at(-1)!;
    const now = new Date().toISOString();
    await insertRun(t.deps.db, {
      id: `run-${sourceId}`,
      sourceId,
      trigger: 'schedule',
      harvestFrom: null,
      now,
    });
    const run = (await findRun(t.deps.db, `run-${sourceId}`))!;
    await saveRunProgress(t.deps.db, run, {
      resumptionToken: 't',
      pagesDone: 7,
      counts: { new: 600, updated: 50, unchanged: 50, deleted: 0, failed: 0 },
      failures: [],
      notes: [],
      now,
    });
    const page = await t.app.inject({ url: sourcePath, headers: { cookie: coordinator } });
    expect(page.body).toContain('Harvest in progress');
    expect(page.body).toContain('Pages done: 7.');
    expect(page.body).toContain('hx-trigger="every 2s"');
    expect(page.body).toContain(`<a href="${sourcePath}">Refresh the progress</a>`);
    const again = await submitForm(t, coordinator, sourcePath, `${sourcePath}/harvest`, {});
    expect(again.headers.location).toBe(`${sourcePath}?done=running`);
  });

  it('offers the metadata format, keeps the one chosen and shows it', async () => {
    const empty = await t.app.inject({ url: list, headers: { cookie: coordinator } });
    expect(empty.body).toContain('Metadata format (OAI-PMH)');
    expect(empty.body).toMatch(/<option value="oai_dc" selected[^>]*>Dublin Core \(oai_dc\)<\/option>/);
    const refused = await submitForm(t, coordinator, list, list, form({ metadataPrefix: 'marcxml' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Choose Dublin Core or the JP-COOPS record.');
    const created = await submitForm(
      t,
      coordinator,
      list,
      list,
      form({ name: 'Peer platform', metadataPrefix: 'jpcoops' }),
    );
    expect(created.statusCode, created.body).toBe(303);
    const page = await t.app.inject({ url: created.headers.location!, headers: { cookie: coordinator } });
    expect(page.body).toContain('OAI-PMH repository (JP-COOPS record (jpcoops))');
    expect(page.body).toMatch(/<option value="jpcoops" selected[^>]*>JP-COOPS record \(jpcoops\)<\/option>/);
  });

  it('saves a change of settings, and answers 404 for an unknown source', async () => {
    const created = await submitForm(t, coordinator, list, list, form({ name: 'Before' }));
    const sourcePath = created.headers.location!.split('?')[0]!;
    const saved = await submitForm(
      t,
      coordinator,
      sourcePath,
      sourcePath,
      form({ name: 'After', isEnabled: '' }),
    );
    expect(saved.headers.location).toBe(`${sourcePath}?done=saved`);
    const listed = await t.app.inject({ url: list, headers: { cookie: coordinator } });
    expect(listed.body).toContain('After</a> (disabled)');
    expect(
      (await t.app.inject({ url: `${list}/unknown`, headers: { cookie: coordinator } })).statusCode,
    ).toBe(404);
  });
});
