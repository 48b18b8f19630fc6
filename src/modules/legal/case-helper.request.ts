import { caseNeeds, memberStates, type CaseNeed, type MemberState } from './instrument.js';
import { isoDatePattern, parseCalendarDate } from './case-helper.dates.js';

export const agencies = ['competent-authority', 'other'] as const;
export type Agency = (typeof agencies)[number];

/** Greece is `EL` in the EU's codes and `GR` in ISO 3166: both are accepted, `EL` is answered. */
export const stateAliases: Readonly<Record<string, MemberState>> = { GR: 'EL' };
export const acceptedStateCodes = [...memberStates, ...Object.keys(stateAliases)] as const;

/** A case as the helper understands it, checked. */
export interface CaseRequest {
  readonly need: CaseNeed;
  readonly issuingState: MemberState;
  readonly executingState: MemberState;
  readonly personAge?: number | undefined;
  readonly agency: Agency;
  /** `YYYY-MM-DD`, a real calendar date. */
  readonly receivedOn?: string | undefined;
}

/** The stable codes of a refused case (problem+json `code`); part of the public contract. */
export type CaseProblemCode =
  'unknown-need' | 'unknown-state' | 'not-cross-border' | 'invalid-date' | 'validation-failed';

export interface CaseProblem {
  readonly code: CaseProblemCode;
  readonly field: 'need' | 'issuingState' | 'executingState' | 'personAge' | 'agency' | 'receivedOn';
  readonly message: string;
}

export type CaseCheck =
  | { readonly ok: true; readonly request: CaseRequest }
  | { readonly ok: false; readonly problems: readonly CaseProblem[] };

const isPresent = (value: unknown) => value !== undefined && value !== null && value !== '';

function readState(value: unknown): MemberState | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  if ((memberStates as readonly string[]).includes(code)) return code as MemberState;
  return stateAliases[code];
}

/**
 * Checks a case as sent (JSON body or form answers) and says every problem, each with its stable code
 * and field: the API answers the first, the form shows them all beside their fields.
 */
export function checkCaseRequest(raw: unknown): CaseCheck {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const problems: CaseProblem[] = [];
  const need = (caseNeeds as readonly unknown[]).includes(body.need) ? (body.need as CaseNeed) : undefined;
  if (!need)
    problems.push({ code: 'unknown-need', field: 'need', message: `must be one of ${caseNeeds.join(', ')}` });
  const issuingState = readState(body.issuingState);
  const executingState = readState(body.executingState);
  const stateMessage = 'must be the EU code of a Member State (EL for Greece; GR is accepted)';
  if (!issuingState) problems.push({ code: 'unknown-state', field: 'issuingState', message: stateMessage });
  if (!executingState)
    problems.push({ code: 'unknown-state', field: 'executingState', message: stateMessage });
  if (issuingState && issuingState === executingState) {
    problems.push({
      code: 'not-cross-border',
      field: 'executingState',
      message: 'must differ from issuingState: the helper answers cross-border cases',
    });
  }
  const personAge = body.personAge;
  const isAgeValid =
    typeof personAge === 'number' && Number.isInteger(personAge) && personAge >= 0 && personAge <= 130;
  if (isPresent(personAge) && !isAgeValid) {
    problems.push({
      code: 'validation-failed',
      field: 'personAge',
      message: 'must be a whole number of years, 0 to 130',
    });
  }
  const agency = isPresent(body.agency) ? body.agency : 'competent-authority';
  if (!(agencies as readonly unknown[]).includes(agency)) {
    problems.push({
      code: 'validation-failed',
      field: 'agency',
      message: `must be one of ${agencies.join(', ')}`,
    });
  }
  const receivedOn = body.receivedOn;
  const isDateValid =
    typeof receivedOn === 'string' && isoDatePattern.test(receivedOn) && !!parseCalendarDate(receivedOn);
  if (isPresent(receivedOn) && !isDateValid) {
    problems.push({
      code: 'invalid-date',
      field: 'receivedOn',
      message: 'must be a real calendar date, YYYY-MM-DD',
    });
  }
  if (problems.length > 0 || !need || !issuingState || !executingState) return { ok: false, problems };
  return {
    ok: true,
    request: {
      need,
      issuingState,
      executingState,
      personAge: isPresent(personAge) ? (personAge as number) : undefined,
      agency: agency as Agency,
      receivedOn: isPresent(receivedOn) ? (receivedOn as string) : undefined,
    },
  };
}
