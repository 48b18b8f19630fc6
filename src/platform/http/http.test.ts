import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';

describe('HTTP platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ METRICS_TOKEN: 'metrics-token-for-tests' });
  });
  afterAll(() => t.close());

  describe('security headers', () => {
    it('sends a strict CSP with a fresh nonce on every response', async () => {
      const first = await t.app.inject({ url: '/en' });
      const second = await t.app.inject({ url: '/en' });
      const csp = String(first.headers['content-security-policy']);
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ]) {
        expect(csp).toContain(directive);
      }
      const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toMatch(/^[a-f0-9]{16,}$/);
      expect(second.headers['content-security-policy']).not.toContain(nonce);
      // No inline script at all: every script is a same-origin file.
      expect(first.body.match(/<script(?![^>]*\ssrc=")[^>]*>/g)).toBeNull();
    });

    it('sends HSTS, nosniff, a referrer policy and refuses framing', async () => {
      const response = await t.app.inject({ url: '/en/privacy' });
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(response.headers['x-frame-options']).toBe('DENY');
    });

    it('gives every response a request id and keeps a well-formed one from a proxy', async () => {
      const fresh = await t.app.inject({ url: '/healthz' });
      expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const kept = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'proxy-1234567' } });
      expect(kept.headers['x-request-id']).toBe('proxy-1234567');
      const forged = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad\nline' } });
      expect(forged.headers['x-request-id']).not.toContain('bad');
    });
  });

  describe('errors', () => {
    it('answers unknown API paths with problem+json and a stable code', async () => {
      const response = await t.app.inject({ url: '/api/v1/nothing-here' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        type: '/api/v1/problems/not-found',
        title: 'Not Found',
        status: 404,
        code: 'not-found',
        instance: '/api/v1/nothing-here',
        requestId: response.headers['x-request-id'],
      });
    });

    it('answers unknown pages with a 404 page in the language of the URL', async () => {
      const italian = await t.app.inject({ url: '/it/non-esiste' });
      expect(italian.statusCode).toBe(404);
      expect(italian.headers['content-type']).toContain('text/html');
      expect(italian.body).toContain('<html lang="it"');
      const english = await t.app.inject({ url: '/en/does-not-exist' });
      expect(english.body).toContain('Page not found');
    });

    it('answers an unknown language prefix with a 404 page in the browser language', async () => {
      const response = await t.app.inject({
        url: '/xx/privacy',
        headers: { 'accept-language': 'de-DE,de;q=0.9' },
      });
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('<html lang="de"');
    });

    it('answers malformed JSON with a 400 problem, never a 500', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1',
        headers: { 'content-type': 'application/json' },
        payload: '{"broken":',
      });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json()).toHaveProperty('code');
    });
  });

  describe('languages', () => {
    it('redirects / by Accept-Language, English by default', async () => {
      const italian = await t.app.inject({
        url: '/',
        headers: { 'accept-language': 'it-IT,it;q=0.9,en;q=0.5' },
      });
      expect(italian.statusCode).toBe(302);
      expect(italian.headers.location).toBe('/it');
      expect(italian.headers.vary).toContain('Accept-Language');
      const unknown = await t.app.inject({ url: '/', headers: { 'accept-language': 'ja' } });
      expect(unknown.headers.location).toBe('/en');
      const none = await t.app.inject({ url: '/' });
      expect(none.headers.location).toBe('/en');
    });

    it('marks the page language, links every alternate and keeps the page in the switcher', async () => {
      const response = await t.app.inject({ url: '/fr/privacy?x=1' });
      expect(response.body).toContain('<html lang="fr"');
      for (const locale of ['en', 'fr', 'de', 'it', 'es', 'pt', 'ro']) {
        expect(response.body).toContain(
          `hreflang="${locale}" href="http://localhost:3000/${locale}/privacy"`,
        );
        expect(response.body).toContain(`href="/${locale}/privacy?x=1"`);
      }
      expect(response.body).toContain('hreflang="x-default"');
    });
  });

  describe('platform routes', () => {
    it('reports health with the database checked', async () => {
      const response = await t.app.inject({ url: '/healthz' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
    });

    it('publishes an OpenAPI 3.1 document generated from the route schemas, and readable docs', async () => {
      const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
        openapi: string;
        paths: Record<string, unknown>;
      }>();
      expect(document.openapi).toBe('3.1.0');
      expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/healthz', '/api/v1']));
      const docs = await t.app.inject({ url: '/api/docs/' });
      expect(docs.statusCode).toBe(200);
      expect(docs.body).toContain('swagger');
    });

    it('serves metrics only to callers with the token', async () => {
      expect((await t.app.inject({ url: '/metrics' })).statusCode).toBe(401);
      const wrong = await t.app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong' } });
      expect(wrong.statusCode).toBe(401);
      const right = await t.app.inject({
        url: '/metrics',
        headers: { authorization: 'Bearer metrics-token-for-tests' },
      });
      expect(right.statusCode).toBe(200);
      expect(right.body).toContain('http_request_duration_seconds');
    });

    it('serves fingerprinted assets cached for a year, compressed when asked', async () => {
      const page = await t.app.inject({ url: '/en' });
      const stylesheet = /href="(\/assets\/css\/app\.[\w-]+\.css)"/.exec(page.body)?.[1];
      expect(stylesheet).toBeDefined();
      const response = await t.app.inject({ url: stylesheet!, headers: { 'accept-encoding': 'gzip' } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['content-encoding']).toBe('gzip');
      expect((await t.app.inject({ url: '/assets/css/app.000000000000.css' })).statusCode).toBe(404);
      expect(page.body).toMatch(/src="\/assets\/js\/htmx\.min\.[\w-]+\.js"/);
    });

    it('serves fonts referenced by the stylesheet from our own origin', async () => {
      const page = await t.app.inject({ url: '/en' });
      const stylesheet = /href="(\/assets\/css\/app\.[\w-]+\.css)"/.exec(page.body)![1]!;
      const css = (await t.app.inject({ url: stylesheet })).body;
      const font = /url\((\/assets\/fonts\/[^)]+\.woff2)\)/.exec(css)?.[1];
      expect(font).toBeDefined();
      const response = await t.app.inject({ url: font! });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('font/woff2');
    });
  });
});

describe('metrics without a token', () => {
  it('does not exist', async () => {
    const t = await createTestApp();
    try {
      const response = await t.app.inject({ url: '/metrics', headers: { authorization: 'Bearer anything' } });
      expect(response.statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After past the per-minute limit', async () => {
    const t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await t.app.inject({ url: '/api/v1' })).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await t.app.inject({ url: '/api/v1' });
      expect(limited.headers['retry-after']).toBeDefined();
      expect(limited.json()).toMatchObject({ code: 'rate-limited', status: 429 });
      const page = await t.app.inject({ url: '/en/privacy' });
      expect(page.statusCode).toBe(429);
      expect(page.body).toContain('Too many requests');
    } finally {
      await t.close();
    }
  });
});

describe('API requests riding on the session cookie', () => {
  it('are refused from another origin, or without an Origin header', async () => {
    const t = await createTestApp();
    try {
      const cookie = 'jpcoops-session=anything';
      const foreign = await t.app.inject({
        method: 'POST',
        url: '/api/v1',
        headers: { cookie, origin: 'https://evil.example' },
      });
      expect(foreign.statusCode).toBe(403);
      const missing = await t.app.inject({ method: 'POST', url: '/api/v1', headers: { cookie } });
      expect(missing.statusCode).toBe(403);
      const own = await t.app.inject({
        method: 'POST',
        url: '/api/v1',
        headers: { cookie, origin: 'http://localhost:3000' },
      });
      expect(own.statusCode).toBe(404);
      const program = await t.app.inject({ method: 'POST', url: '/api/v1' });
      expect(program.statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
