import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import { caseScenarios, type CaseScenario } from './case-helper.test-kit.js';

/** jsdom's window is typed without the DOM library's `document`: the page, parsed. */
const parseHtml = (html: string): Document =>
  (new JSDOM(html).window as unknown as { document: Document }).document;

/** What the API and the form must agree on. */
interface Outcome {
  readonly primary: string;
  readonly applicable: boolean;
  readonly safeguards: readonly string[];
  readonly dataProtection: string;
  readonly dueOn: readonly (string | undefined)[];
}

interface AdviceBody {
  applicable: boolean;
  primary: { celex: string };
  safeguards: { celex: string }[];
  dataProtection: { celex: string };
  deadlines: { dueOn?: string }[];
}

let addressCount = 0;
/** Each request from its own address, so that the per-address limit never gets in the way. */
const nextAddress = () => `10.20.${Math.floor(++addressCount / 250)}.${addressCount % 250}`;

const formQuery = (request: Record<string, unknown>) => {
  const params = new URLSearchParams({ step: 'answer' });
  for (const [name, value] of Object.entries(request)) params.set(name, String(value));
  return params.toString();
};

function outcomeOfApi(body: AdviceBody): Outcome {
  return {
    primary: body.primary.celex,
    applicable: body.applicable,
    safeguards: body.safeguards.map((safeguard) => safeguard.celex).sort(),
    dataProtection: body.dataProtection.celex,
    dueOn: body.deadlines.map((deadline) => deadline.dueOn),
  };
}

function outcomeOfPage(html: string): Outcome {
  const document = parseHtml(html);
  const answer = document.querySelector<HTMLElement>('.case-answer');
  if (!answer) throw new Error('The page shows no answer');
  return {
    primary: answer.dataset.celex ?? '',
    applicable: answer.dataset.applicable === 'true',
    safeguards: Array.from(document.querySelectorAll<HTMLElement>('.case-answer__safeguards li'))
      .map((item) => item.dataset.celex ?? '')
      .sort(),
    dataProtection: document.querySelector<HTMLElement>('.case-answer__data-protection')?.dataset.celex ?? '',
    dueOn: Array.from(document.querySelectorAll('.case-answer__deadlines tbody tr')).map(
      (row) => row.querySelector('time')?.getAttribute('datetime') ?? undefined,
    ),
  };
}

describe('case helper: the scenarios, through the API and through the form', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const askApi = (request: Record<string, unknown>) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/v1/case-helper',
      payload: request,
      remoteAddress: nextAddress(),
    });
  const askForm = (request: Record<string, unknown>) =>
    testApp.app.inject({
      method: 'GET',
      url: `/en/case-helper?${formQuery(request)}`,
      remoteAddress: nextAddress(),
    });

  it('has at least 30 scenarios', () => {
    expect(caseScenarios.length).toBeGreaterThanOrEqual(30);
  });

  it.each(caseScenarios.map((scenario) => [scenario.name, scenario] as const))(
    '%s',
    async (_name, scenario: CaseScenario) => {
      const [api, form] = await Promise.all([askApi(scenario.request), askForm(scenario.request)]);
      const { expected } = scenario;
      if ('status' in expected) {
        expect(api.statusCode).toBe(400);
        expect(api.headers['content-type']).toContain('application/problem+json');
        const problem = api.json<{ code: string; errors: { field: string }[] }>();
        expect(problem.code).toBe(expected.code);
        expect(problem.errors.map((error) => error.field)).toContain(expected.field);
        expect(form.statusCode).toBe(400);
        const document = parseHtml(form.body);
        expect(document.querySelector('.case-answer')).toBeNull();
        expect(document.querySelector(`#case-${expected.field}-error`)?.textContent).toBeTruthy();
        return;
      }
      expect(api.statusCode, api.body).toBe(200);
      expect(form.statusCode, form.body.slice(0, 500)).toBe(200);
      const fromApi = outcomeOfApi(api.json<AdviceBody>());
      expect(fromApi).toEqual({ ...expected, safeguards: [...expected.safeguards].sort() });
      expect(outcomeOfPage(form.body)).toEqual(fromApi);
    },
  );
});
