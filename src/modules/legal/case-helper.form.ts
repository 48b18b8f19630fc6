import type { FormErrors } from '../../platform/layout/form-fields.js';
import { checkCaseRequest, stateAliases, type CaseProblem } from './case-helper.request.js';

/**
 * The helper's steps, each a GET form that carries the earlier answers in hidden fields: no session,
 * no client state, and "Back" is a submit button that shows the previous step with the values kept.
 */
export const caseSteps = ['need', 'states', 'person', 'date', 'answer'] as const;
export type CaseStep = (typeof caseSteps)[number];

/** The fields each step asks. */
export const stepFields = {
  need: ['need'],
  states: ['issuingState', 'executingState'],
  person: ['personAge', 'agency'],
  date: ['receivedOn'],
  answer: [],
} as const satisfies Record<CaseStep, readonly CaseProblem['field'][]>;

export const answerFields = [
  'need',
  'issuingState',
  'executingState',
  'personAge',
  'agency',
  'receivedOn',
] as const;
export type CaseAnswers = Readonly<Record<(typeof answerFields)[number], string>>;

const isStep = (value: unknown): value is CaseStep => (caseSteps as readonly unknown[]).includes(value);

/** The step asked for (the first when none or an unknown one) and the answers as typed. */
export function readCaseQuery(query: unknown): { step: CaseStep; answers: CaseAnswers } {
  const source = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const text = (name: string) => {
    const raw = source[name];
    const value: unknown = Array.isArray(raw) ? (raw as unknown[])[0] : raw;
    return typeof value === 'string' ? value.slice(0, 100) : '';
  };
  const state = (name: string) => {
    const code = text(name).trim().toUpperCase();
    return stateAliases[code] ?? code;
  };
  const answers: CaseAnswers = {
    need: text('need'),
    issuingState: state('issuingState'),
    executingState: state('executingState'),
    personAge: text('personAge'),
    agency: text('agency'),
    receivedOn: text('receivedOn').trim(),
  };
  const step = text('step');
  return { step: isStep(step) ? step : 'need', answers };
}

/** The answers as the API's body: what the page and the API give the same service. */
export function toCaseInput(answers: CaseAnswers): Record<string, unknown> {
  const age = answers.personAge.trim();
  return {
    need: answers.need,
    issuingState: answers.issuingState,
    executingState: answers.executingState,
    // Typed text: a whole number is a number, anything else stays text and is refused as such.
    personAge: age === '' ? undefined : /^\d{1,3}$/.test(age) ? Number(age) : age,
    agency: answers.agency || undefined,
    receivedOn: answers.receivedOn || undefined,
  };
}

const errorKeys: Record<CaseProblem['code'], string> = {
  'unknown-need': 'case-helper.error.need',
  'unknown-state': 'case-helper.error.state',
  'not-cross-border': 'case-helper.error.sameState',
  'invalid-date': 'case-helper.error.receivedOn',
  'validation-failed': '',
};

/** A problem as the translation key shown beside its field. */
export function problemKey(problem: CaseProblem): string {
  return errorKeys[problem.code] || `case-helper.error.${problem.field}`;
}

/**
 * Which step to show for the step asked: the first earlier step whose answers are wrong, with its
 * errors (so a forward jump never skips a question), else the step asked.
 */
export function resolveStep(asked: CaseStep, answers: CaseAnswers): { step: CaseStep; errors: FormErrors } {
  const checked = checkCaseRequest(toCaseInput(answers));
  const problems = checked.ok ? [] : checked.problems;
  for (const step of caseSteps.slice(0, caseSteps.indexOf(asked))) {
    const fields: readonly string[] = stepFields[step];
    const errors = Object.fromEntries(
      problems
        .filter((problem) => fields.includes(problem.field))
        .map((problem) => [problem.field, problemKey(problem)]),
    );
    if (Object.keys(errors).length > 0) return { step, errors };
  }
  return { step: asked, errors: {} };
}

/** The query of a step's URL, carrying every answer given. */
export function stepQuery(step: CaseStep, answers: CaseAnswers): string {
  const params = new URLSearchParams({ step });
  for (const field of answerFields) if (answers[field]) params.set(field, answers[field]);
  return `?${params.toString()}`;
}
