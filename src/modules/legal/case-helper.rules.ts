import type { Translator } from '../../platform/i18n/index.js';
import { dueDate, parseCalendarDate } from './case-helper.dates.js';
import type { CaseRequest } from './case-helper.request.js';
import { explainDataProtection, explainPrimary, explainSafeguard } from './case-helper.explain.js';
import type { Instrument, MemberState } from './instrument.js';

/** The helper's answer: the shape of `POST /api/v1/case-helper` (a public contract). */
export interface CaseAdvice {
  readonly applicable: boolean;
  readonly primary: { readonly celex: string; readonly shortTitle: string; readonly url: string };
  readonly explanation: string;
  readonly alternatives: string[];
  readonly forms: { readonly name: string; readonly annex: string; readonly article: string }[];
  readonly deadlines: CaseDeadline[];
  readonly safeguards: { readonly celex: string; readonly shortTitle: string; readonly reason: string }[];
  readonly dataProtection: { readonly celex: string; readonly reason: string };
}

export interface CaseDeadline {
  readonly step: string;
  readonly amount: number;
  readonly unit: Instrument['deadlines'][number]['unit'];
  readonly extension?: number;
  readonly article: string;
  readonly dueOn?: string;
}

export const childrenDirective = '32016L0800';
export const policeDirective = '32016L0680';
export const gdpr = '32016R0679';

/** Why the helper cannot answer: no instrument of the reference covers the need (staff removed it). */
export class NoInstrumentForNeed extends Error {}

const binds = (instrument: Instrument, state: MemberState) => !instrument.notBound.includes(state);

/**
 * Which instrument applies to a cross-border case, with its forms, time limits (and due dates),
 * the procedural safeguards and the data protection law. Pure: the instruments come from the caller
 * (the stored reference, which staff correct), the words from `translator` (the visitor's language).
 */
export function adviseOnCase(
  instruments: readonly Instrument[],
  request: CaseRequest,
  translator: Translator,
): CaseAdvice {
  const primary = choosePrimary(instruments, request);
  const notBound = [request.issuingState, request.executingState].filter((state) => !binds(primary, state));
  const applicable = notBound.length === 0;
  return {
    applicable,
    primary: { celex: primary.celex, shortTitle: primary.shortTitle, url: primary.eurLex },
    explanation: explainPrimary(translator, { instrument: primary, request, notBound }),
    alternatives: !applicable && primary.alternativeWhenNotBound ? [primary.alternativeWhenNotBound] : [],
    forms: primary.forms.map(({ name, annex, article }) => ({ name, annex, article })),
    deadlines: deadlinesOf(primary, request.receivedOn),
    safeguards: safeguardsFor(instruments, request).map((instrument) => ({
      celex: instrument.celex,
      shortTitle: instrument.shortTitle,
      reason: explainSafeguard(translator, { instrument, request }),
    })),
    dataProtection: dataProtectionFor(request, translator),
  };
}

/** The instrument for the need; when several cover it, the first that binds both states. */
function choosePrimary(instruments: readonly Instrument[], request: CaseRequest): Instrument {
  const covering = instruments.filter((instrument) => instrument.need.includes(request.need));
  const primary =
    covering.find(
      (instrument) => binds(instrument, request.issuingState) && binds(instrument, request.executingState),
    ) ?? covering[0];
  if (!primary) throw new NoInstrumentForNeed(`No instrument of the reference covers ${request.need}.`);
  return primary;
}

/** Every time limit counted in days, working days or months gets its due date when the receipt date is known. */
function deadlinesOf(instrument: Instrument, receivedOn: string | undefined): CaseDeadline[] {
  const received = receivedOn ? parseCalendarDate(receivedOn) : undefined;
  return instrument.deadlines.map((deadline) => {
    const dueOn = received ? dueDate(received, deadline.amount, deadline.unit) : undefined;
    return {
      step: deadline.step,
      amount: deadline.amount,
      unit: deadline.unit,
      ...(deadline.extension !== undefined ? { extension: deadline.extension } : {}),
      article: deadline.article,
      ...(dueOn ? { dueOn } : {}),
    };
  });
}

/** Procedural-rights instruments binding both states; the children's directive only for a person under 18. */
function safeguardsFor(instruments: readonly Instrument[], request: CaseRequest): Instrument[] {
  const isMinor = request.personAge !== undefined && request.personAge < 18;
  return instruments.filter(
    (instrument) =>
      instrument.need.includes('procedural-rights') &&
      binds(instrument, request.issuingState) &&
      binds(instrument, request.executingState) &&
      (instrument.celex !== childrenDirective || isMinor),
  );
}

function dataProtectionFor(request: CaseRequest, translator: Translator): CaseAdvice['dataProtection'] {
  const celex = request.agency === 'other' ? gdpr : policeDirective;
  return { celex, reason: explainDataProtection(translator, { request }) };
}
