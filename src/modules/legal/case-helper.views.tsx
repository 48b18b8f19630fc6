import {
  ErrorSummary,
  FormError,
  InputField,
  RadioGroup,
  SelectField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { CaseAnswer } from './case-helper.answer.js';
import { needLabel } from './case-helper.explain.js';
import { answerFields, caseSteps, stepFields, type CaseAnswers, type CaseStep } from './case-helper.form.js';
import { agencies } from './case-helper.request.js';
import type { CaseAdvice } from './case-helper.rules.js';
import { caseNeeds, memberStates } from './instrument.js';

export const idPrefix = 'case';

const stepTitleKeys: Record<CaseStep, string> = {
  need: 'case-helper.step.need',
  states: 'case-helper.step.states',
  person: 'case-helper.step.person',
  date: 'case-helper.step.date',
  answer: 'case-helper.step.answer',
};
const agencyKeys: Record<(typeof agencies)[number], string> = {
  'competent-authority': 'case-helper.agency.competent-authority',
  other: 'case-helper.agency.other',
};

export interface CaseHelperPageProps {
  readonly ctx: PageContext;
  readonly step: CaseStep;
  readonly answers: CaseAnswers;
  readonly errors: FormErrors;
  /** A problem with the whole form (translation key), such as the address being over its limit. */
  readonly problem?: string | undefined;
  readonly advice?: CaseAdvice | undefined;
}

/** `/{lang}/case-helper`: one step at a time, then the answer; every step is a plain GET form. */
export function CaseHelperPage({ ctx, step, answers, errors, problem, advice }: CaseHelperPageProps) {
  const { t } = ctx;
  const stepTitle = t(stepTitleKeys[step]);
  return (
    <Layout ctx={ctx} title={`${stepTitle} · ${t('case-helper.title')}`}>
      <div class="container prose case-helper">
        <p class="case-helper__progress">
          {t('case-helper.stepOf', { current: caseSteps.indexOf(step) + 1, total: caseSteps.length })}
        </p>
        <h1>{t('case-helper.title')}</h1>
        {step === 'need' ? <p>{t('case-helper.intro')}</p> : null}
        <ErrorSummary ctx={ctx} errors={errors} idPrefix={idPrefix} />
        <FormError ctx={ctx} message={problem} />
        {step === 'answer' && advice ? (
          <CaseAnswer ctx={ctx} answers={answers} advice={advice} />
        ) : (
          <StepForm ctx={ctx} step={step} answers={answers} errors={errors} />
        )}
        <p class="hint">{t('case-helper.disclaimer')}</p>
      </div>
    </Layout>
  );
}

function StepForm(props: { ctx: PageContext; step: CaseStep; answers: CaseAnswers; errors: FormErrors }) {
  const { ctx, step, answers } = props;
  const { t } = ctx;
  const index = caseSteps.indexOf(step);
  const next = caseSteps[index + 1] ?? 'answer';
  const previous = caseSteps[index - 1];
  const asked: readonly string[] = stepFields[step];
  return (
    <form
      method="get"
      action={localHref(ctx, '/case-helper')}
      class="form"
      aria-labelledby={`${idPrefix}-step-title`}
    >
      <h2 id={`${idPrefix}-step-title`}>{t(stepTitleKeys[step])}</h2>
      {answerFields
        .filter((field) => !asked.includes(field) && answers[field])
        .map((field) => (
          <input key={field} type="hidden" name={field} value={answers[field]} />
        ))}
      <StepFields {...props} />
      <div class="actions">
        <button class="button" type="submit" name="step" value={next}>
          {t(next === 'answer' ? 'case-helper.showAnswer' : 'case-helper.continue')}
        </button>
        {previous ? (
          <button class="button button--secondary" type="submit" name="step" value={previous} formNoValidate>
            {t('case-helper.back')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function StepFields({
  ctx,
  step,
  answers,
  errors,
}: {
  ctx: PageContext;
  step: CaseStep;
  answers: CaseAnswers;
  errors: FormErrors;
}) {
  const { t } = ctx;
  const states = memberStates
    .map((code) => ({ value: code, label: ctx.countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, ctx.locale));
  const common = { ctx, idPrefix };
  switch (step) {
    case 'need':
      return (
        <RadioGroup
          {...common}
          name="need"
          legend={t('case-helper.field.need')}
          value={answers.need}
          error={errors.need}
          required
          options={caseNeeds.map((need) => ({ value: need, label: needLabel(ctx, need) }))}
        />
      );
    case 'states':
      return (
        <>
          {(['issuingState', 'executingState'] as const).map((name) => (
            <SelectField
              key={name}
              {...common}
              name={name}
              label={t(`case-helper.field.${name}`)}
              value={answers[name]}
              error={errors[name]}
              options={states}
              emptyLabel={t('case-helper.chooseState')}
            />
          ))}
        </>
      );
    case 'person':
      return (
        <>
          <InputField
            {...common}
            name="personAge"
            label={t('case-helper.field.personAge')}
            value={answers.personAge}
            error={errors.personAge}
            hint={t('case-helper.hint.personAge')}
            required={false}
            inputMode="numeric"
            maxLength={3}
            autocomplete="off"
          />
          <RadioGroup
            {...common}
            name="agency"
            legend={t('case-helper.field.agency')}
            value={answers.agency || 'competent-authority'}
            error={errors.agency}
            options={agencies.map((agency) => ({ value: agency, label: t(agencyKeys[agency]) }))}
          />
        </>
      );
    case 'date':
      return (
        <InputField
          {...common}
          name="receivedOn"
          label={t('case-helper.field.receivedOn')}
          value={answers.receivedOn}
          error={errors.receivedOn}
          hint={t('case-helper.hint.receivedOn')}
          required={false}
          maxLength={10}
          autocomplete="off"
          spellcheck={false}
        />
      );
    case 'answer':
      return null;
  }
}
