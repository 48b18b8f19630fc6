import crypto from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { AppError } from './app-error.js';
import { registerErrorHandlers } from './error-handler.js';
import { deleteIdempotencyKeysBefore, registerIdempotency } from './idempotency.js';

describe('Idempotency-Key on API POSTs', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let userId: string;
  let otherUserId: string;
  const calls = { count: 0, failNext: false };
  beforeAll(async () => {
    database = await createTestDatabase();
    userId = (await createUser({ db: database.db })).id;
    otherUserId = (await createUser({ db: database.db })).id;
    app = Fastify();
    registerIdempotency(app, {
      db: database.db,
      identityOf: (request) => request.headers['x-user'] as string | undefined,
    });
    registerErrorHandlers(app, (_request, reply, error) => reply.status(error.status).send(error.message));
    app.post('/api/secrets', async (_request, reply) => {
      calls.count += 1;
      return reply.header('cache-control', 'no-store').send({ secret: `s-${calls.count}` });
    });
    app.post('/api/things', async (request, reply) => {
      calls.count += 1;
      if (calls.failNext) {
        calls.failNext = false;
        throw new Error('database went away');
      }
      const body = request.body as { name?: string };
      if (!body.name) throw new AppError('validation-failed', 'A name is needed.');
      return reply.status(201).send({ number: calls.count, name: body.name });
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
  });

  const post = (key: string | undefined, body: object, user = userId, url = '/api/things') =>
    app.inject({
      method: 'POST',
      url,
      headers: { 'x-user': user, ...(key ? { 'idempotency-key': key } : {}) },
      payload: body,
    });

  it('does the work once and answers a retry with the first response', async () => {
    const first = await post('k-1', { name: 'a' });
    const again = await post('k-1', { name: 'a' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toContain('application/json');
    expect(calls.count).toBe(1);
  });

  it('refuses the same key with another body (409 idempotency-key-reused)', async () => {
    await post('k-2', { name: 'a' });
    const reused = await post('k-2', { name: 'b' });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'idempotency-key-reused' });
  });

  it('keeps keys per person, and does nothing without a key', async () => {
    const before = calls.count;
    await post('k-3', { name: 'a' });
    await post('k-3', { name: 'a' }, otherUserId);
    await post(undefined, { name: 'a' });
    await post(undefined, { name: 'a' });
    expect(calls.count).toBe(before + 4);
  });

  it('replays refusals too, but lets a server error be retried', async () => {
    const invalid = await post('k-4', {});
    const invalidAgain = await post('k-4', {});
    expect(invalidAgain.statusCode).toBe(400);
    expect(invalidAgain.body).toBe(invalid.body);
    calls.failNext = true;
    expect((await post('k-5', { name: 'a' })).statusCode).toBe(500);
    expect((await post('k-5', { name: 'a' })).statusCode).toBe(201);
  });

  it('refuses a key still being answered (409 idempotency-key-in-use) and a malformed key (400)', async () => {
    await database.db
      .insertInto('idempotency_key')
      .values({
        user_id: userId,
        key: 'k-6',
        request_line: 'POST /api/things',
        request_hash: crypto
          .createHash('sha256')
          .update(JSON.stringify({ name: 'a' }))
          .digest('hex'),
        response_status: null,
        response_type: null,
        response_body: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const busy = await post('k-6', { name: 'a' });
    expect(busy.statusCode).toBe(409);
    expect(busy.json()).toMatchObject({ code: 'idempotency-key-in-use' });
    expect((await post('a key with spaces', { name: 'a' })).statusCode).toBe(400);
  });

  it('never keeps an answer marked no-store (a new secret): the retry is done again', async () => {
    const first = await post('k-8', {}, userId, '/api/secrets');
    const again = await post('k-8', {}, userId, '/api/secrets');
    expect(again.json()).not.toEqual(first.json());
    const kept = await database.db
      .selectFrom('idempotency_key')
      .select('key')
      .where('key', '=', 'k-8')
      .execute();
    expect(kept).toEqual([]);
  });

  it('forgets old keys', async () => {
    await post('k-7', { name: 'a' });
    const removed = await deleteIdempotencyKeysBefore(database.db, new Date(Date.now() + 1000).toISOString());
    expect(removed).toBeGreaterThan(0);
    const left = await database.db.selectFrom('idempotency_key').select('key').execute();
    expect(left).toEqual([]);
  });
});
