import { isAppError, type AppError } from '../../platform/http/app-error.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { validUntilBeforeFromMessage, type RecognitionInput } from './recognition.schema.js';

/** What was typed in the recording form, kept as typed so that a form with errors comes back filled in. */
export interface RecognitionFormValues {
  readonly organisationId: string;
  readonly courseId: string;
  readonly courseSlug: string;
  readonly creditSystem: string;
  readonly amount: string;
  readonly conditions: string;
  readonly validFrom: string;
  readonly validUntil: string;
}

const fieldNames = [
  'organisationId',
  'courseId',
  'courseSlug',
  'creditSystem',
  'amount',
  'conditions',
  'validFrom',
  'validUntil',
] as const;

export function readRecognitionForm(body: unknown): RecognitionFormValues {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const value = (name: string) => {
    const raw = source[name];
    return typeof raw === 'string' ? raw.slice(0, 5000) : '';
  };
  return Object.fromEntries(
    fieldNames.map((name) => [name, value(name)]),
  ) as unknown as RecognitionFormValues;
}

const amountPattern = /^\d{1,7}(?:[.,]\d{1,4})?$/;

/** The form as the service's input, or the field errors (translation keys) the form can tell alone. */
export function toRecognitionInput(
  values: RecognitionFormValues,
):
  | { ok: true; courseIdOrSlug: string; input: RecognitionInput }
  | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const slug = values.courseSlug.trim();
  const courseIdOrSlug = slug || values.courseId.trim();
  if (!courseIdOrSlug) errors.courseId = 'recognition.error.course';
  const amountText = values.amount.trim();
  if (!amountPattern.test(amountText)) errors.amount = 'recognition.error.amount';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    courseIdOrSlug,
    input: {
      organisationId: values.organisationId.trim(),
      creditSystem: values.creditSystem.trim() as RecognitionInput['creditSystem'],
      amount: Number(amountText.replace(',', '.')),
      conditions: values.conditions,
      validFrom: values.validFrom.trim(),
      validUntil: values.validUntil.trim() || null,
    },
  };
}

/**
 * A service refusal as form errors (translation keys) and the page's status, or undefined when the
 * error page should say it.
 */
export function recognitionFormErrors(
  error: unknown,
  values: RecognitionFormValues,
): { errors: FormErrors; status: number } | undefined {
  if (!isAppError(error)) return undefined;
  if (error.code === 'validation-failed') return { errors: fieldErrors(error), status: 400 };
  if (error.code === 'not-found') {
    const field = values.courseSlug.trim() ? 'courseSlug' : 'courseId';
    return { errors: { [field]: 'recognition.error.courseNotFound' }, status: 404 };
  }
  if (error.code === 'forbidden') {
    return { errors: { organisationId: 'recognition.error.notYourBody' }, status: 403 };
  }
  return undefined;
}

function fieldErrors(error: AppError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of error.fields) {
    const field = problem.field.split('.')[0] ?? '';
    if (!(fieldNames as readonly string[]).includes(field) || errors[field]) continue;
    errors[field] =
      problem.message === validUntilBeforeFromMessage
        ? 'recognition.error.validUntilBeforeFrom'
        : `recognition.error.${field}`;
  }
  return Object.keys(errors).length > 0 ? errors : { organisationId: 'recognition.error.organisationId' };
}
