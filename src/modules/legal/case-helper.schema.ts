import { z } from 'zod';
import { locales } from '../../platform/i18n/index.js';
import { acceptedStateCodes, agencies } from './case-helper.request.js';
import { caseNeeds, deadlineUnits } from './instrument.js';

/**
 * `POST /api/v1/case-helper`, as documented in the OpenAPI description. The route checks the body itself
 * (`checkCaseRequest`) so that each refusal has its own stable code: `unknown-need`, `unknown-state`,
 * `not-cross-border`, `invalid-date`, else `validation-failed`.
 */
export const caseHelperRequestSchema = z
  .object({
    need: z.enum(caseNeeds).describe('What the issuing authority needs from the other Member State.'),
    issuingState: z
      .enum(acceptedStateCodes)
      .describe('EU code of the state that issues the request (`EL` for Greece; `GR` is accepted).'),
    executingState: z
      .enum(acceptedStateCodes)
      .describe('EU code of the state asked to execute it; must differ from `issuingState`.'),
    personAge: z
      .number()
      .int()
      .min(0)
      .max(130)
      .optional()
      .describe('Age of the person concerned: under 18, Directive 2016/800 is among the safeguards.'),
    agency: z
      .enum(agencies)
      .optional()
      .describe(
        'Who processes the personal data (default `competent-authority`): decides Police Directive or GDPR.',
      ),
    receivedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .describe(
        'Date the request was received (YYYY-MM-DD): time limits in days, working days and months get `dueOn`, day 1 being the day after (Regulation 1182/71). Working days skip Saturdays and Sundays, not public holidays.',
      ),
  })
  .describe('A cross-border case.');

export const caseHelperQuerySchema = z.object({
  lang: z
    .enum(locales)
    .optional()
    .catch(undefined)
    .describe('Language of `explanation` and the reasons; else `Accept-Language`; default `en`.'),
});

export const caseAdviceSchema = z
  .object({
    applicable: z.boolean().describe('False when the issuing or executing state is not bound by `primary`.'),
    primary: z
      .object({ celex: z.string(), shortTitle: z.string(), url: z.string().describe('The text on EUR-Lex.') })
      .describe('The instrument that covers the need.'),
    explanation: z.string().describe('Why, citing articles, in the requested language.'),
    alternatives: z.array(z.string()).describe('What to use instead when `applicable` is false.'),
    forms: z.array(z.object({ name: z.string(), annex: z.string(), article: z.string() })),
    deadlines: z.array(
      z.object({
        step: z.string(),
        amount: z.number().int(),
        unit: z.enum(deadlineUnits),
        extension: z.number().int().optional(),
        article: z.string(),
        dueOn: z.string().optional().describe('YYYY-MM-DD, with `receivedOn`, unless counted in hours.'),
      }),
    ),
    safeguards: z
      .array(z.object({ celex: z.string(), shortTitle: z.string(), reason: z.string() }))
      .describe('Procedural-rights instruments that bind both states.'),
    dataProtection: z
      .object({ celex: z.string(), reason: z.string() })
      .describe('The Police Directive (32016L0680) or the GDPR (32016R0679).'),
  })
  .describe('Which instrument applies, with forms, time limits, safeguards and data protection.');
