import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Locale } from '../../platform/i18n/index.js';
import type { RateLimitRule } from '../../platform/rate-limit/shared-rate-limiter.js';
import { checkCaseRequest, type CaseProblem } from './case-helper.request.js';
import { adviseOnCase, NoInstrumentForNeed, type CaseAdvice } from './case-helper.rules.js';
import { listStoredInstruments } from './legal.repo.js';

/** Public and unauthenticated, like the credential verifier: limited per address, API and page together. */
export const caseHelperRateLimit: RateLimitRule = { bucket: 'case-helper', max: 60, windowSeconds: 600 };

/** The refusal of a case: the first problem's stable code, and every problem by field. */
export function caseProblemError(problems: readonly CaseProblem[]): AppError {
  const first = problems[0];
  const code = first?.code ?? 'validation-failed';
  const detail = first ? `${first.field} ${first.message}.` : 'The case is not valid.';
  return new AppError(
    code,
    detail,
    problems.map(({ field, message }) => ({ field, message })),
  );
}

/**
 * Which instrument applies to a cross-border case (public: no actor to authorize). Reads the stored
 * reference on every call, so that staff corrections take effect at once; the words are in `locale`.
 */
export async function adviseOnCrossBorderCase(
  deps: Pick<AppDeps, 'db' | 'translators'>,
  options: { input: unknown; locale: Locale },
): Promise<CaseAdvice> {
  const checked = checkCaseRequest(options.input);
  if (!checked.ok) throw caseProblemError(checked.problems);
  // What `listInstruments` of the module's index answers, without importing the index from inside.
  const instruments = (await listStoredInstruments(deps.db)).map((stored) => stored.instrument);
  try {
    return adviseOnCase(instruments, checked.request, deps.translators(options.locale));
  } catch (error) {
    if (error instanceof NoInstrumentForNeed) throw AppError.notFound(error.message);
    throw error;
  }
}
