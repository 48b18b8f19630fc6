import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { durationText, needLabel } from './case-helper.explain.js';
import { stepQuery, type CaseAnswers } from './case-helper.form.js';
import { gdpr, policeDirective, type CaseAdvice, type CaseDeadline } from './case-helper.rules.js';
import type { CaseNeed } from './instrument.js';

/** Names of the data protection laws; instrument titles stay in English, as the reference holds them. */
const dataProtectionNames: Readonly<Record<string, string>> = {
  [policeDirective]: 'Police Directive (Directive (EU) 2016/680)',
  [gdpr]: 'General Data Protection Regulation (Regulation (EU) 2016/679)',
};

/** EUR-Lex serves every official language: the visitor's instead of English. */
export function eurLexIn(url: string, locale: string): string {
  return url.replace('/legal-content/EN/', `/legal-content/${locale.toUpperCase()}/`);
}

const instrumentHref = (ctx: PageContext, celex: string) => localHref(ctx, `/instruments/${celex}`);

/** The helper's answer, from the same service as `POST /api/v1/case-helper`. */
export function CaseAnswer({
  ctx,
  answers,
  advice,
}: {
  ctx: PageContext;
  answers: CaseAnswers;
  advice: CaseAdvice;
}) {
  const { t } = ctx;
  const name = `${advice.primary.shortTitle} (${advice.primary.celex})`;
  return (
    <div class="case-answer" data-celex={advice.primary.celex} data-applicable={String(advice.applicable)}>
      <section aria-labelledby="case-verdict" class={advice.applicable ? 'notice notice--success' : 'notice'}>
        <h2 id="case-verdict">
          {t(advice.applicable ? 'case-helper.answer.applicable' : 'case-helper.answer.notApplicable')}
        </h2>
        <p class="case-answer__explanation">{advice.explanation}</p>
      </section>
      <h2>{t('case-helper.answer.instrument')}</h2>
      <p class="case-answer__primary">
        <strong lang="en">{name}</strong>
      </p>
      <ul>
        <li>
          <a href={eurLexIn(advice.primary.url, ctx.locale)}>
            {t('case-helper.answer.eurLex', { instrument: advice.primary.shortTitle })}
          </a>
        </li>
        <li>
          <a href={instrumentHref(ctx, advice.primary.celex)}>
            {t('case-helper.answer.reference', { instrument: advice.primary.shortTitle })}
          </a>
        </li>
      </ul>
      {advice.alternatives.length > 0 ? (
        <>
          <h2>{t('case-helper.answer.alternatives')}</h2>
          <ul class="case-answer__alternatives">
            {advice.alternatives.map((alternative) => (
              <li key={alternative} lang="en">
                {alternative}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <FormsTable ctx={ctx} advice={advice} />
      <DeadlinesTable ctx={ctx} advice={advice} />
      <p>{t('case-helper.answer.counting')}</p>
      <h2>{t('case-helper.answer.safeguards')}</h2>
      {advice.safeguards.length > 0 ? (
        <ul class="case-answer__safeguards">
          {advice.safeguards.map((safeguard) => (
            <li key={safeguard.celex} data-celex={safeguard.celex}>
              <a href={instrumentHref(ctx, safeguard.celex)} lang="en">
                {safeguard.shortTitle}
              </a>
              : {safeguard.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('case-helper.answer.noSafeguards')}</p>
      )}
      <h2>{t('case-helper.answer.dataProtection')}</h2>
      <p class="case-answer__data-protection" data-celex={advice.dataProtection.celex}>
        <a href={instrumentHref(ctx, advice.dataProtection.celex)} lang="en">
          {dataProtectionNames[advice.dataProtection.celex] ?? advice.dataProtection.celex}
        </a>
        : {advice.dataProtection.reason}
      </p>
      <YourCase ctx={ctx} answers={answers} />
    </div>
  );
}

function FormsTable({ ctx, advice }: { ctx: PageContext; advice: CaseAdvice }) {
  const { t } = ctx;
  if (advice.forms.length === 0) return <p>{t('case-helper.answer.noForms')}</p>;
  return (
    <div class="table-scroll" role="region" tabIndex={0} aria-labelledby="case-forms">
      <table class="table">
        <caption id="case-forms">
          {t('case-helper.answer.formsCaption', { instrument: advice.primary.shortTitle })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('case-helper.column.form')}</th>
            <th scope="col">{t('case-helper.column.annex')}</th>
            <th scope="col">{t('case-helper.column.article')}</th>
          </tr>
        </thead>
        <tbody>
          {advice.forms.map((form) => (
            <tr key={`${form.annex}-${form.name}`}>
              <th scope="row" lang="en">
                {form.name}
              </th>
              <td lang="en">{form.annex}</td>
              <td lang="en">{form.article}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function dueCell(ctx: PageContext, deadline: CaseDeadline, hasReceivedOn: boolean) {
  if (deadline.dueOn)
    return (
      <time dateTime={deadline.dueOn}>
        {ctx.formatDate(deadline.dueOn, { dateStyle: 'full', timeZone: 'UTC' })}
      </time>
    );
  return ctx.t(
    deadline.unit === 'hours'
      ? 'case-helper.answer.dueInHours'
      : hasReceivedOn
        ? 'case-helper.notGiven'
        : 'case-helper.answer.dueUnknown',
  );
}

function DeadlinesTable({ ctx, advice }: { ctx: PageContext; advice: CaseAdvice }) {
  const { t } = ctx;
  if (advice.deadlines.length === 0) return <p>{t('case-helper.answer.noDeadlines')}</p>;
  const hasReceivedOn = advice.deadlines.some((deadline) => deadline.dueOn);
  return (
    <div class="table-scroll" role="region" tabIndex={0} aria-labelledby="case-deadlines">
      <table class="table case-answer__deadlines">
        <caption id="case-deadlines">
          {t('case-helper.answer.deadlinesCaption', { instrument: advice.primary.shortTitle })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('case-helper.column.step')}</th>
            <th scope="col">{t('case-helper.column.timeLimit')}</th>
            <th scope="col">{t('case-helper.column.extension')}</th>
            <th scope="col">{t('case-helper.column.article')}</th>
            <th scope="col">{t('case-helper.column.dueOn')}</th>
          </tr>
        </thead>
        <tbody>
          {advice.deadlines.map((deadline) => (
            <tr key={`${deadline.article}-${deadline.step}`}>
              <th scope="row" lang="en">
                {deadline.step}
              </th>
              <td>{durationText(ctx, deadline.amount, deadline.unit)}</td>
              <td>
                {deadline.extension
                  ? durationText(ctx, deadline.extension, deadline.unit)
                  : t('case-helper.answer.noExtension')}
              </td>
              <td lang="en">{deadline.article}</td>
              <td>{dueCell(ctx, deadline, hasReceivedOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What was answered, with a way back to change it (the answers travel in the links). */
function YourCase({ ctx, answers }: { ctx: PageContext; answers: CaseAnswers }) {
  const { t } = ctx;
  const notGiven = t('case-helper.notGiven');
  const rows: [string, string][] = [
    [t('case-helper.field.need'), answers.need ? needLabel(ctx, answers.need as CaseNeed) : notGiven],
    [t('case-helper.field.issuingState'), ctx.countryName(answers.issuingState)],
    [t('case-helper.field.executingState'), ctx.countryName(answers.executingState)],
    [t('case-helper.field.personAge'), answers.personAge || notGiven],
    [
      t('case-helper.field.agency'),
      t(answers.agency === 'other' ? 'case-helper.agency.other' : 'case-helper.agency.competent-authority'),
    ],
    [
      t('case-helper.field.receivedOn'),
      answers.receivedOn
        ? ctx.formatDate(answers.receivedOn, { dateStyle: 'long', timeZone: 'UTC' })
        : notGiven,
    ],
  ];
  const base = localHref(ctx, '/case-helper');
  return (
    <section aria-labelledby="case-yours">
      <h2 id="case-yours">{t('case-helper.answer.yourCase')}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="actions">
        <a class="button button--secondary case-answer__back" href={`${base}${stepQuery('date', answers)}`}>
          {t('case-helper.back')}
        </a>
        <a class="button button--secondary" href={`${base}${stepQuery('need', answers)}`}>
          {t('case-helper.change')}
        </a>
        <a href={base}>{t('case-helper.startAgain')}</a>
      </p>
    </section>
  );
}
