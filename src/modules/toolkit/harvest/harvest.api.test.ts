import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../../test/app.js';
import { runDueJobs } from '../../../../test/outbox.js';
import { enqueue } from '../../../platform/jobs/index.js';
import { sessionHeaders } from '../../api-tokens/api-tokens.test-kit.js';
import { seedResource } from '../toolkit.test-kit.js';
import { pagedRepository, startServer, type LocalServer } from './harvest.test-kit.js';

describe('toolkit harvest sources (API)', () => {
  let t: TestApp;
  let server: LocalServer;
  let coordinator: Record<string, string>;
  let coordinatorId: string;
  const body = () => ({
    name: 'RAN Collection',
    network: 'RAN',
    kind: 'oai-pmh',
    url: `${server.url}/oai`,
    mapping: { topics: ['radicalisation'], type: 'practice', language: 'en' },
    intervalHours: 24,
  });
  const post = (headers: Record<string, string>, payload: unknown, url = '/api/v1/toolkit/sources') =>
    t.app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });

  beforeAll(async () => {
    t = await createTestApp();
    const records = Array.from({ length: 130 }, (_, index) => ({
      identifier: `oai:ran:${index}`,
      title: `Practice ${index}`,
      url: index === 0 ? 'https://home.example.org/shared-practice' : undefined,
    }));
    server = await startServer(pagedRepository(records));
    const user = await createUser(t.deps, { grants: [{ role: 'coordinator' }], secondFactor: true });
    coordinatorId = user.id;
    coordinator = await sessionHeaders(t, user.id);
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('refuses people who are not coordinators, and anonymous callers', async () => {
    const manager = await createUser(t.deps, { grants: [{ role: 'provider-manager' }], secondFactor: true });
    expect((await post(await sessionHeaders(t, manager.id), body())).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/toolkit/sources' })).statusCode).toBe(401);
  });

  it('rejects an invalid source with the fields at fault', async () => {
    const response = await post(coordinator, { ...body(), url: 'ftp://example.org', kind: 'gopher' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.json())).toMatch(/url|kind/);
  });

  it('answers 404 for a source that does not exist', async () => {
    expect(
      (await t.app.inject({ url: '/api/v1/toolkit/sources/nope', headers: coordinator })).statusCode,
    ).toBe(404);
    expect((await post(coordinator, {}, '/api/v1/toolkit/sources/nope/harvest')).statusCode).toBe(404);
  });

  it('adds a source, harvests it on request through the job, and reports the run', async () => {
    const contributed = await seedResource(t.deps, {
      originalUrl: 'https://home.example.org/shared-practice',
      network: 'JP-COOPS',
    });
    const created = await post(coordinator, body());
    expect(created.statusCode, created.body).toBe(201);
    const source = created.json<{ id: string; nextHarvestAt: string | null; mapping: { type: string } }>();
    expect(source.mapping.type).toBe('practice');
    expect(source.nextHarvestAt).not.toBeNull();

    const queued = await post(coordinator, {}, `/api/v1/toolkit/sources/${source.id}/harvest`);
    expect(queued.statusCode, queued.body).toBe(202);
    expect(await runDueJobs(t)).toBeGreaterThan(0);

    const runs = await t.app.inject({
      url: `/api/v1/toolkit/sources/${source.id}/runs`,
      headers: coordinator,
    });
    const [run] = runs.json<{
      items: { status: string; trigger: string; pagesDone: number; counts: Record<string, number> }[];
    }>().items;
    expect(run).toMatchObject({ status: 'completed', trigger: 'manual', pagesDone: 2 });
    expect(run?.counts).toEqual({ new: 130, updated: 0, unchanged: 0, deleted: 0, failed: 0 });

    const listed = await t.app.inject({ url: '/api/v1/toolkit/sources', headers: coordinator });
    const item = listed
      .json<{ items: { id: string; lastRun: { status: string } | null; harvestedUntil: string | null }[] }>()
      .items.find((entry) => entry.id === source.id);
    expect(item?.lastRun?.status).toBe('completed');
    expect(item?.harvestedUntil).not.toBeNull();

    const links = await t.deps.db
      .selectFrom('toolkit_resource_link')
      .selectAll()
      .where('resource_id', '=', contributed.id)
      .execute();
    expect(links).toHaveLength(1);
    expect(links[0]?.basis).toBe('url');

    const audit = await t.deps.db
      .selectFrom('audit_entry')
      .select(['action', 'actor_id'])
      .where('target_id', '=', source.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual([
      'toolkit-source-changed',
      'toolkit-harvest-requested',
    ]);
    expect(audit[0]?.actor_id).toBe(coordinatorId);
  });

  it('changes a source and validates the change', async () => {
    const source = (await post(coordinator, { ...body(), name: 'To change' })).json<{ id: string }>();
    const url = `/api/v1/toolkit/sources/${source.id}`;
    const bad = await t.app.inject({
      method: 'PATCH',
      url,
      headers: coordinator,
      payload: { intervalHours: 0 },
    });
    expect(bad.statusCode).toBe(400);
    const changed = await t.app.inject({
      method: 'PATCH',
      url,
      headers: coordinator,
      payload: { isEnabled: false, intervalHours: null, setSpec: 'prisons' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      isEnabled: false,
      intervalHours: null,
      setSpec: 'prisons',
      nextHarvestAt: null,
      name: 'To change',
    });
  });

  it('takes the OAI-PMH metadata format: oai_dc by default, jpcoops on request, nothing else', async () => {
    const plain = (await post(coordinator, { ...body(), name: 'Dublin Core' })).json<{
      metadataPrefix: string;
    }>();
    expect(plain.metadataPrefix).toBe('oai_dc');
    const rich = await post(coordinator, { ...body(), name: 'Rich', metadataPrefix: 'jpcoops' });
    expect(rich.statusCode, rich.body).toBe(201);
    const source = rich.json<{ id: string; metadataPrefix: string }>();
    expect(source.metadataPrefix).toBe('jpcoops');
    const unknown = await post(coordinator, { ...body(), metadataPrefix: 'marcxml' });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('metadataPrefix');
    const url = `/api/v1/toolkit/sources/${source.id}`;
    const back = await t.app.inject({
      method: 'PATCH',
      url,
      headers: coordinator,
      payload: { metadataPrefix: 'oai_dc' },
    });
    expect(back.json<{ metadataPrefix: string }>().metadataPrefix).toBe('oai_dc');
    const read = await t.app.inject({ url, headers: coordinator });
    expect(read.json<{ metadataPrefix: string }>().metadataPrefix).toBe('oai_dc');
  });

  it('the schedule starts due sources only', async () => {
    const due = (await post(coordinator, { ...body(), name: 'Due one' })).json<{ id: string }>();
    const manual = (await post(coordinator, { ...body(), name: 'Manual one', intervalHours: null })).json<{
      id: string;
    }>();
    await enqueue(t.deps.db, t.deps.jobs.toolkitHarvest.startDueHarvests, {});
    await runDueJobs(t);
    await runDueJobs(t);
    const runsOf = async (id: string) =>
      (await t.app.inject({ url: `/api/v1/toolkit/sources/${id}/runs`, headers: coordinator })).json<{
        items: { trigger: string }[];
      }>().items;
    expect((await runsOf(due.id)).map((run) => run.trigger)).toEqual(['schedule']);
    expect(await runsOf(manual.id)).toEqual([]);
  });
});
