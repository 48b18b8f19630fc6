import type { Translator } from '../../platform/i18n/index.js';
import type { CaseRequest } from './case-helper.request.js';
import type { CaseNeed, Instrument, InstrumentDeadline, MemberState } from './instrument.js';

/** Translation keys of the needs, in words that fit "applies to …" and an option of the form. */
export const needKeys: Readonly<Record<CaseNeed, string>> = {
  evidence: 'case-helper.need.evidence',
  surrender: 'case-helper.need.surrender',
  'custodial-sentence': 'case-helper.need.custodial-sentence',
  probation: 'case-helper.need.probation',
  'pre-trial-supervision': 'case-helper.need.pre-trial-supervision',
};

export const unitKeys: Readonly<Record<InstrumentDeadline['unit'], string>> = {
  hours: 'case-helper.unit.hours',
  days: 'case-helper.unit.days',
  'working-days': 'case-helper.unit.working-days',
  months: 'case-helper.unit.months',
};

/** What each procedural-rights directive guarantees, by its `safeguard` in the reference. */
const safeguardKeys: Readonly<Record<string, string>> = {
  language: 'case-helper.safeguard.language',
  information: 'case-helper.safeguard.information',
  lawyer: 'case-helper.safeguard.lawyer',
  'presumption-of-innocence': 'case-helper.safeguard.presumption-of-innocence',
  child: 'case-helper.safeguard.child',
  'legal-aid': 'case-helper.safeguard.legal-aid',
  'in-absentia': 'case-helper.safeguard.in-absentia',
};

/** States that take part in the Police Directive only in part (Protocols 21 and 22). */
const partlyInPoliceDirective: readonly MemberState[] = ['DK', 'IE'];

/** A need's words as an option or a summary line: "Gathering evidence…" rather than "gathering evidence…". */
export function needLabel(translator: Pick<Translator, 't'> & { locale: string }, need: CaseNeed): string {
  const words = translator.t(needKeys[need]);
  return words.charAt(0).toLocaleUpperCase(translator.locale) + words.slice(1);
}

const listOf = (translator: Translator, items: readonly string[]) =>
  new Intl.ListFormat(translator.locale, { type: 'conjunction' }).format(items);

const nameOf = (instrument: Instrument) => `${instrument.shortTitle} (${instrument.number})`;

/** "30 days", "20 working days" in the visitor's language. */
export function durationText(
  translator: Pick<Translator, 't'>,
  amount: number,
  unit: InstrumentDeadline['unit'],
): string {
  return translator.t(unitKeys[unit], { amount });
}

/** Why the primary instrument applies or not, citing the article of its form and first time limit. */
export function explainPrimary(
  translator: Translator,
  options: { instrument: Instrument; request: CaseRequest; notBound: readonly MemberState[] },
): string {
  const { t, countryName } = translator;
  const { instrument, request, notBound } = options;
  const values = {
    instrument: nameOf(instrument),
    need: t(needKeys[request.need]),
    issuing: countryName(request.issuingState),
    executing: countryName(request.executingState),
  };
  if (notBound.length > 0) {
    const refusal =
      notBound.length === 1
        ? t('case-helper.explain.notBound', { ...values, state: countryName(notBound[0] ?? '') })
        : t('case-helper.explain.notBoundBoth', values);
    const instead = instrument.alternativeWhenNotBound
      ? t('case-helper.explain.alternative', { alternative: instrument.alternativeWhenNotBound })
      : t('case-helper.explain.noAlternative');
    return `${refusal} ${instead}`;
  }
  const sentences = [t('case-helper.explain.applicable', values)];
  const form = instrument.forms[0];
  if (form)
    sentences.push(
      t('case-helper.explain.form', { form: form.name, annex: form.annex, article: form.article }),
    );
  const deadline = instrument.deadlines[0];
  if (deadline) {
    sentences.push(
      t('case-helper.explain.deadline', {
        step: deadline.step,
        duration: durationText(translator, deadline.amount, deadline.unit),
        article: deadline.article,
      }),
    );
  }
  return sentences.join(' ');
}

/** Why a procedural-rights instrument is listed: what it guarantees, with articles, and that it binds both states. */
export function explainSafeguard(
  translator: Translator,
  options: { instrument: Instrument; request: CaseRequest },
): string {
  const { t, countryName } = translator;
  const { instrument, request } = options;
  const key = (instrument.safeguard && safeguardKeys[instrument.safeguard]) || 'case-helper.safeguard.other';
  const what = t(key, { age: request.personAge ?? 0 });
  const binds = t('case-helper.safeguard.bindsBoth', {
    issuing: countryName(request.issuingState),
    executing: countryName(request.executingState),
  });
  return `${what} ${binds}`;
}

/** Why the Police Directive or the GDPR governs the agency's processing of personal data. */
export function explainDataProtection(translator: Translator, options: { request: CaseRequest }): string {
  const { t, countryName } = translator;
  const { request } = options;
  if (request.agency === 'other') return t('case-helper.dataProtection.gdpr');
  const partly = [request.issuingState, request.executingState].filter((state) =>
    partlyInPoliceDirective.includes(state),
  );
  const reason = t('case-helper.dataProtection.police');
  if (partly.length === 0) return reason;
  const states = listOf(
    translator,
    partly.map((state) => countryName(state)),
  );
  return `${reason} ${t('case-helper.dataProtection.partial', { states })}`;
}
