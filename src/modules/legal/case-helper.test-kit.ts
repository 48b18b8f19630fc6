/**
 * The case helper's scenarios (issue 8, "Done means"): each need, Denmark and Ireland on either side,
 * minors, adults and no age, receipt dates before weekends and at month ends, each agency, the `GR`
 * alias, and every refusal. Run against the API and the form, which must agree with these and each other.
 */
export interface CaseScenario {
  readonly name: string;
  readonly request: Record<string, unknown>;
  readonly expected:
    | {
        readonly primary: string;
        readonly applicable: boolean;
        readonly safeguards: readonly string[];
        readonly dataProtection: string;
        /** One per deadline of the primary, in order; undefined where no date is due. */
        readonly dueOn: readonly (string | undefined)[];
      }
    | { readonly status: 400; readonly code: string; readonly field: string };
}

const EIO = '32014L0041';
const EAW = '32002F0584';
const FD909 = '32008F0909';
const FD947 = '32008F0947';
const ESO = '32009F0829';
const police = '32016L0680';
const gdpr = '32016R0679';

/** Procedural-rights directives binding both states: all of them, without Ireland's, without Denmark's. */
const allAdult = ['32009F0299', '32010L0064', '32012L0013', '32013L0048', '32016L0343', '32016L1919'];
const allMinor = [...allAdult, '32016L0800'];
const withIreland = ['32009F0299', '32010L0064', '32012L0013'];
const withDenmark = ['32009F0299'];

const noDates = (count: number) => Array.from({ length: count }, () => undefined);
const eio = (issuingState: string, executingState: string, extra: Record<string, unknown> = {}) => ({
  need: 'evidence',
  issuingState,
  executingState,
  ...extra,
});
const refused = (code: string, field: string) => ({ status: 400 as const, code, field });

// A table: one scenario per line or two, kept so by hand.
// prettier-ignore
export const caseScenarios: readonly CaseScenario[] = [
  // Evidence: the EIO, not binding Denmark and Ireland.
  { name: 'EIO IT→PT, adult, received on a Monday', request: eio('IT', 'PT', { personAge: 40, receivedOn: '2026-03-02' }), expected: { primary: EIO, applicable: true, safeguards: allAdult, dataProtection: police, dueOn: ['2026-03-09', '2026-04-01', '2026-05-31', undefined] } },
  { name: 'EIO DK issuing', request: eio('DK', 'IT'), expected: { primary: EIO, applicable: false, safeguards: withDenmark, dataProtection: police, dueOn: noDates(4) } },
  { name: 'EIO DK executing', request: eio('IT', 'DK'), expected: { primary: EIO, applicable: false, safeguards: withDenmark, dataProtection: police, dueOn: noDates(4) } },
  { name: 'EIO IE issuing', request: eio('IE', 'FR', { personAge: 30 }), expected: { primary: EIO, applicable: false, safeguards: withIreland, dataProtection: police, dueOn: noDates(4) } },
  { name: 'EIO IE executing, minor', request: eio('FR', 'IE', { personAge: 16 }), expected: { primary: EIO, applicable: false, safeguards: withIreland, dataProtection: police, dueOn: noDates(4) } },
  { name: 'EIO DK and IE', request: eio('DK', 'IE'), expected: { primary: EIO, applicable: false, safeguards: withDenmark, dataProtection: police, dueOn: noDates(4) } },
  { name: 'EIO minor of 17', request: eio('IT', 'PT', { personAge: 17 }), expected: { primary: EIO, applicable: true, safeguards: allMinor, dataProtection: police, dueOn: noDates(4) } },
  { name: 'EIO adult of 18', request: eio('IT', 'PT', { personAge: 18 }), expected: { primary: EIO, applicable: true, safeguards: allAdult, dataProtection: police, dueOn: noDates(4) } },
  { name: 'EIO, another agency: GDPR', request: eio('AT', 'BE', { agency: 'other' }), expected: { primary: EIO, applicable: true, safeguards: allAdult, dataProtection: gdpr, dueOn: noDates(4) } },
  { name: 'EIO, competent authority said', request: eio('AT', 'BE', { agency: 'competent-authority' }), expected: { primary: EIO, applicable: true, safeguards: allAdult, dataProtection: police, dueOn: noDates(4) } },
  { name: 'EIO GR alias issuing', request: eio('GR', 'CY', { receivedOn: '2026-12-31' }), expected: { primary: EIO, applicable: true, safeguards: allAdult, dataProtection: police, dueOn: ['2027-01-07', '2027-01-30', '2027-03-31', undefined] } },
  { name: 'EIO GR alias executing, DK issuing', request: eio('DK', 'GR', { agency: 'other' }), expected: { primary: EIO, applicable: false, safeguards: withDenmark, dataProtection: gdpr, dueOn: noDates(4) } },
  // Surrender: the EAW binds every Member State, Denmark and Ireland included.
  { name: 'EAW IT→PT, minor, received on a Friday', request: { need: 'surrender', issuingState: 'IT', executingState: 'PT', personAge: 17, receivedOn: '2026-01-30' }, expected: { primary: EAW, applicable: true, safeguards: allMinor, dataProtection: police, dueOn: ['2026-02-09', '2026-03-31', '2026-02-09'] } },
  { name: 'EAW DK issuing, minor', request: { need: 'surrender', issuingState: 'DK', executingState: 'SE', personAge: 15 }, expected: { primary: EAW, applicable: true, safeguards: withDenmark, dataProtection: police, dueOn: noDates(3) } },
  { name: 'EAW IE executing, minor', request: { need: 'surrender', issuingState: 'ES', executingState: 'IE', personAge: 16 }, expected: { primary: EAW, applicable: true, safeguards: withIreland, dataProtection: police, dueOn: noDates(3) } },
  { name: 'EAW, another agency', request: { need: 'surrender', issuingState: 'NL', executingState: 'LU', agency: 'other' }, expected: { primary: EAW, applicable: true, safeguards: allAdult, dataProtection: gdpr, dueOn: noDates(3) } },
  // Custodial sentences, probation, pre-trial supervision.
  { name: 'FD 909 received on a Saturday at a month end', request: { need: 'custodial-sentence', issuingState: 'RO', executingState: 'IT', personAge: 18, receivedOn: '2026-01-31' }, expected: { primary: FD909, applicable: true, safeguards: allAdult, dataProtection: police, dueOn: ['2026-05-01', '2026-03-02'] } },
  { name: 'FD 909 DK executing', request: { need: 'custodial-sentence', issuingState: 'DE', executingState: 'DK' }, expected: { primary: FD909, applicable: true, safeguards: withDenmark, dataProtection: police, dueOn: noDates(2) } },
  { name: 'FD 947 received on a Friday', request: { need: 'probation', issuingState: 'FR', executingState: 'BE', receivedOn: '2026-02-27' }, expected: { primary: FD947, applicable: true, safeguards: allAdult, dataProtection: police, dueOn: ['2026-04-28'] } },
  { name: 'FD 947 IE issuing, another agency', request: { need: 'probation', issuingState: 'IE', executingState: 'PL', agency: 'other' }, expected: { primary: FD947, applicable: true, safeguards: withIreland, dataProtection: gdpr, dueOn: noDates(1) } },
  { name: 'ESO received on a Friday: 20 working days skip 4 weekends', request: { need: 'pre-trial-supervision', issuingState: 'ES', executingState: 'PT', receivedOn: '2026-03-06' }, expected: { primary: ESO, applicable: true, safeguards: allAdult, dataProtection: police, dueOn: ['2026-04-03'] } },
  { name: 'ESO received on a Saturday', request: { need: 'pre-trial-supervision', issuingState: 'ES', executingState: 'PT', receivedOn: '2026-03-07' }, expected: { primary: ESO, applicable: true, safeguards: allAdult, dataProtection: police, dueOn: ['2026-04-03'] } },
  { name: 'ESO received on a Sunday', request: { need: 'pre-trial-supervision', issuingState: 'ES', executingState: 'PT', receivedOn: '2026-03-08' }, expected: { primary: ESO, applicable: true, safeguards: allAdult, dataProtection: police, dueOn: ['2026-04-03'] } },
  { name: 'ESO received on a Thursday, minor', request: { need: 'pre-trial-supervision', issuingState: 'SI', executingState: 'HR', personAge: 14, receivedOn: '2026-03-05' }, expected: { primary: ESO, applicable: true, safeguards: allMinor, dataProtection: police, dueOn: ['2026-04-02'] } },
  { name: 'ESO DK issuing, IE-free', request: { need: 'pre-trial-supervision', issuingState: 'DK', executingState: 'FI', receivedOn: '2026-12-24' }, expected: { primary: ESO, applicable: true, safeguards: withDenmark, dataProtection: police, dueOn: ['2027-01-21'] } },
  // Refusals, with their stable codes.
  { name: 'unknown need', request: { need: 'extradition', issuingState: 'IT', executingState: 'PT' }, expected: refused('unknown-need', 'need') },
  { name: 'missing need', request: { issuingState: 'IT', executingState: 'PT' }, expected: refused('unknown-need', 'need') },
  { name: 'unknown issuing state', request: eio('XX', 'PT'), expected: refused('unknown-state', 'issuingState') },
  { name: 'non-member executing state', request: eio('IT', 'UK'), expected: refused('unknown-state', 'executingState') },
  { name: 'the same state on both sides', request: eio('IT', 'IT'), expected: refused('not-cross-border', 'executingState') },
  { name: 'Greece on both sides, once as GR', request: eio('EL', 'GR'), expected: refused('not-cross-border', 'executingState') },
  { name: 'impossible date', request: eio('IT', 'PT', { receivedOn: '2026-02-30' }), expected: refused('invalid-date', 'receivedOn') },
  { name: 'date in another format', request: eio('IT', 'PT', { receivedOn: '02/03/2026' }), expected: refused('invalid-date', 'receivedOn') },
  { name: 'negative age', request: eio('IT', 'PT', { personAge: -1 }), expected: refused('validation-failed', 'personAge') },
  { name: 'unknown agency', request: eio('IT', 'PT', { agency: 'police' }), expected: refused('validation-failed', 'agency') },
];
