import { isAppError } from '../../platform/http/app-error.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { professions } from '../accounts/index.js';
import type { ApplyInput } from './applications.schema.js';

/** The apply form as typed, kept as strings so that a refused form shows exactly what was sent. */
export interface ApplyFormValues {
  readonly motivation: string;
  readonly profession: string;
  readonly organisation: string;
  readonly position: string;
  readonly consentShare: boolean;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function readApplyForm(body: unknown): ApplyFormValues {
  const fields = (body ?? {}) as Record<string, unknown>;
  return {
    motivation: text(fields.motivation),
    profession: text(fields.profession),
    organisation: text(fields.organisation),
    position: text(fields.position),
    consentShare: fields.consentShare === 'yes',
  };
}

const isProfession = (value: string): value is (typeof professions)[number] =>
  (professions as readonly string[]).includes(value);

/**
 * The form's own checks, all at once (the service stops at the first problem): a motivation, a
 * profession from the list, lengths the API accepts, and the consent.
 */
export function toApplyInput(
  values: ApplyFormValues,
): { ok: true; input: ApplyInput } | { ok: false; errors: FormErrors } {
  const motivation = values.motivation.trim();
  const organisation = values.organisation.trim();
  const position = values.position.trim();
  const errors: Record<string, string> = {};
  if (!motivation) errors.motivation = 'applicationPages.error.motivationRequired';
  else if (motivation.length > 5000) errors.motivation = 'applicationPages.error.motivationTooLong';
  if (!isProfession(values.profession)) errors.profession = 'applicationPages.error.professionRequired';
  if (organisation.length > 200) errors.organisation = 'applicationPages.error.tooLong';
  if (position.length > 200) errors.position = 'applicationPages.error.tooLong';
  if (!values.consentShare) errors.consentShare = 'applicationPages.error.consentRequired';
  if (Object.keys(errors).length > 0 || !isProfession(values.profession)) return { ok: false, errors };
  return {
    ok: true,
    input: {
      motivation,
      profession: values.profession,
      organisation: organisation || null,
      position: position || null,
      consentShare: true,
    },
  };
}

/** Refusals of the apply service that are about the form: the field they belong to and their message. */
const refusals: Record<string, readonly [field: string, message: string]> = {
  'consent-required': ['consentShare', 'applicationPages.error.consentRequired'],
  'country-required': ['form', 'applicationPages.error.countryRequired'],
  'no-quota-for-country': ['form', 'applicationPages.error.noQuotaForCountry'],
  'already-applied': ['form', 'applicationPages.error.alreadyApplied'],
  'deadline-passed': ['form', 'applicationPages.error.deadlinePassed'],
  'applications-closed': ['form', 'applicationPages.error.closed'],
};

/** The form errors and HTTP status of a refusal, or undefined when it is not the form's to show. */
export function applyRefusal(error: unknown): { errors: FormErrors; status: number } | undefined {
  if (!isAppError(error)) return undefined;
  const refusal = refusals[error.code];
  if (!refusal) return undefined;
  return { errors: { [refusal[0]]: refusal[1] }, status: error.status };
}
