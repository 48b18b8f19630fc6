import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/app.js';
import { findStoredInstrument, updateInstrument } from './legal.repo.js';

/** jsdom's window is typed without the DOM library's `document`: the page, parsed. */
const parseHtml = (html: string): Document =>
  (new JSDOM(html).window as unknown as { document: Document }).document;

const documentOf = (html: string) => parseHtml(html);
const valueOf = (document: Document, selector: string) =>
  document.querySelector<HTMLInputElement | HTMLSelectElement>(selector)?.value;

describe('case helper pages and API, beyond the scenarios', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp?.close();
  });
  const get = (url: string, remoteAddress = '10.30.0.1') =>
    testApp.app.inject({ method: 'GET', url, remoteAddress });
  const post = (
    payload: unknown,
    options: { url?: string; headers?: Record<string, string>; remoteAddress?: string } = {},
  ) =>
    testApp.app.inject({
      method: 'POST',
      url: options.url ?? '/api/v1/case-helper',
      payload: payload as Record<string, unknown>,
      headers: options.headers ?? {},
      remoteAddress: options.remoteAddress ?? '10.30.0.2',
    });

  it('starts with the need, as a GET form that works without JavaScript', async () => {
    const response = await get('/en/case-helper');
    expect(response.statusCode).toBe(200);
    const document = documentOf(response.body);
    const form = document.querySelector('main form');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('action')).toBe('/en/case-helper');
    expect(document.querySelectorAll('input[type=radio][name=need]')).toHaveLength(5);
    expect(document.querySelector('button[name=step]')?.getAttribute('value')).toBe('states');
  });

  it('carries earlier answers in hidden fields, and Back shows the previous step with them filled in', async () => {
    const states = documentOf((await get('/en/case-helper?step=states&need=surrender')).body);
    expect(valueOf(states, 'input[type=hidden][name=need]')).toBe('surrender');
    const back = states.querySelector('button[name=step][value=need]');
    expect(back?.hasAttribute('formnovalidate')).toBe(true);
    const person = documentOf(
      (await get('/en/case-helper?step=person&need=surrender&issuingState=IT&executingState=GR')).body,
    );
    expect(valueOf(person, 'input[type=hidden][name=executingState]')).toBe('EL');
    const backToStates = documentOf(
      (await get('/en/case-helper?step=states&need=surrender&issuingState=IT&executingState=EL&personAge=17'))
        .body,
    );
    expect(valueOf(backToStates, '#case-issuingState')).toBe('IT');
    expect(valueOf(backToStates, '#case-executingState')).toBe('EL');
    expect(valueOf(backToStates, 'input[type=hidden][name=personAge]')).toBe('17');
    const backToNeed = documentOf(
      (await get('/en/case-helper?step=need&need=surrender&issuingState=IT')).body,
    );
    expect(backToNeed.querySelector<HTMLInputElement>('input[name=need][value=surrender]')?.checked).toBe(
      true,
    );
  });

  it('shows errors inline, with what was typed kept, on the step where they are', async () => {
    const response = await get(
      '/en/case-helper?step=answer&need=evidence&issuingState=IT&executingState=PT&personAge=abc&receivedOn=2026-02-30',
    );
    expect(response.statusCode).toBe(400);
    const document = documentOf(response.body);
    // The person step comes before the date step: it is shown first.
    expect(valueOf(document, '#case-personAge')).toBe('abc');
    expect(document.querySelector('#case-personAge-error')?.textContent).toContain('whole number');
    expect(document.querySelector('.error-summary a')?.getAttribute('href')).toBe('#case-personAge');
    expect(valueOf(document, 'input[type=hidden][name=receivedOn]')).toBe('2026-02-30');
    const dateStep = documentOf(
      (
        await get(
          '/en/case-helper?step=answer&need=evidence&issuingState=IT&executingState=PT&receivedOn=2026-02-30',
        )
      ).body,
    );
    expect(valueOf(dateStep, '#case-receivedOn')).toBe('2026-02-30');
    expect(dateStep.querySelector('#case-receivedOn')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('never skips a question: a jump forward without a need goes back to the need', async () => {
    const response = await get('/en/case-helper?step=date&issuingState=IT&executingState=PT');
    expect(response.statusCode).toBe(400);
    expect(documentOf(response.body).querySelector('#case-need-error')).not.toBeNull();
  });

  it('answers in the visitor’s language: lang query, Accept-Language, and the page’s prefix', async () => {
    const body = { need: 'evidence', issuingState: 'IT', executingState: 'PT' };
    const english = await post(body);
    expect(english.headers['content-language']).toBe('en');
    const byQuery = await post(body, { url: '/api/v1/case-helper?lang=it' });
    const byHeader = await post(body, { headers: { 'accept-language': 'it-IT,it;q=0.9' } });
    expect(byQuery.headers['content-language']).toBe('it');
    const italian = byQuery.json<{ explanation: string }>().explanation;
    expect(italian).toContain('Italia');
    expect(italian).not.toBe(english.json<{ explanation: string }>().explanation);
    expect(byHeader.json<{ explanation: string }>().explanation).toBe(italian);
    const page = documentOf(
      (await get('/it/case-helper?step=answer&need=evidence&issuingState=IT&executingState=PT')).body,
    );
    expect(page.querySelector('.case-answer__explanation')?.textContent).toBe(italian);
    expect(page.querySelector('a[href*="eur-lex"]')?.getAttribute('href')).toContain('/legal-content/IT/');
    expect(page.querySelector('a[href="/it/instruments/32014L0041"]')).not.toBeNull();
  });

  it('says why, citing articles, and says which state is not bound', async () => {
    const applicable = await post({
      need: 'pre-trial-supervision',
      issuingState: 'IT',
      executingState: 'PT',
    });
    expect(applicable.json<{ explanation: string }>().explanation).toMatch(/Art\. 10\b.*Art\. 12\(1\)/);
    const refused = await post({ need: 'evidence', issuingState: 'IT', executingState: 'IE' });
    expect(refused.json<{ explanation: string }>().explanation).toContain('Ireland is not bound');
  });

  it('reads the stored reference: a staff correction takes effect at once (31 January + 1 month)', async () => {
    const staff = await createUser(testApp.deps, { grants: [{ role: 'coordinator' }] });
    const stored = await findStoredInstrument(testApp.deps.db, '32008F0947');
    if (!stored) throw new Error('FD 947 is not seeded');
    const corrected = {
      ...stored.instrument,
      deadlines: [
        { step: 'decision on recognition', amount: 1, unit: 'months' as const, article: 'Art. 12(1)' },
      ],
    };
    expect(await updateInstrument(testApp.deps.db, corrected, staff.id)).toBe(true);
    const request = { need: 'probation', issuingState: 'FR', executingState: 'BE', receivedOn: '2026-01-31' };
    const api = await post(request);
    expect(api.json<{ deadlines: { dueOn?: string }[] }>().deadlines).toEqual([
      {
        step: 'decision on recognition',
        amount: 1,
        unit: 'months',
        article: 'Art. 12(1)',
        dueOn: '2026-02-28',
      },
    ]);
    const page = documentOf(
      (
        await get(
          '/en/case-helper?step=answer&need=probation&issuingState=FR&executingState=BE&receivedOn=2026-01-31',
        )
      ).body,
    );
    expect(page.querySelector('.case-answer__deadlines time')?.getAttribute('datetime')).toBe('2026-02-28');
    await updateInstrument(testApp.deps.db, stored.instrument, staff.id);
  });

  it('limits each address, API and page together, with Retry-After', async () => {
    const body = { need: 'evidence', issuingState: 'IT', executingState: 'PT' };
    for (let hit = 0; hit < 60; hit += 1) {
      expect((await post(body, { remoteAddress: '10.31.0.1' })).statusCode).toBe(200);
    }
    const api = await post(body, { remoteAddress: '10.31.0.1' });
    expect(api.statusCode).toBe(429);
    expect(api.json<{ code: string }>().code).toBe('rate-limited');
    const page = await get(
      '/en/case-helper?step=answer&need=evidence&issuingState=IT&executingState=PT',
      '10.31.0.1',
    );
    expect(page.statusCode).toBe(429);
    expect(page.headers['retry-after']).toBeTruthy();
    expect(documentOf(page.body).querySelector('.error-summary')?.textContent).toContain('Too many');
    expect((await post(body, { remoteAddress: '10.31.0.2' })).statusCode).toBe(200);
  });

  it('is documented in the OpenAPI description with its body and answer', async () => {
    const openapi = (await get('/api/v1/openapi.json')).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const operation = JSON.stringify(openapi.paths['/api/v1/case-helper']?.post);
    for (const word of [
      'pre-trial-supervision',
      '"GR"',
      'receivedOn',
      'dueOn',
      'safeguards',
      'dataProtection',
      'not-cross-border',
    ]) {
      expect(operation).toContain(word);
    }
  });

  it('refuses a body that is not an object as an unknown need', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/case-helper',
      headers: { 'content-type': 'application/json' },
      payload: '[]',
      remoteAddress: '10.30.0.9',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ code: string }>().code).toBe('unknown-need');
  });
});
