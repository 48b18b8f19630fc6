import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  InputField,
  SelectField,
  TextareaField,
} from '../../platform/layout/form-fields.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { AdminPage, Notice } from '../admin/index.js';
import type { InstrumentFormProblems, InstrumentFormValues } from './instrument-form.js';
import { groupOf } from './instrument-groups.js';
import { groupTitle, instrumentPath, kindText, needText } from './instrument-text.js';
import { instrumentKinds, instrumentNeeds, memberStates } from './instrument.js';
import type { StoredInstrument } from './legal.repo.js';
import { countriesByName } from '../../platform/i18n/countries.js';

const base = '/admin/instruments';
export const instrumentIdPrefix = 'instrument';

/** `/{lang}/admin/instruments`: every instrument, each to correct, and the way to add one. */
export function InstrumentAdminListPage(props: {
  ctx: PageContext;
  instruments: readonly StoredInstrument[];
  notice: string | undefined;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={t('legal.admin.title')}>
      <p class="lead">{t('legal.admin.lead')}</p>
      <Notice ctx={ctx} message={props.notice} />
      <p class="actions">
        <a class="button" href={localHref(ctx, `${base}/new`)}>
          {t('legal.admin.add')}
        </a>
      </p>
      <table class="table">
        <caption class="visually-hidden">{t('legal.admin.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('legal.admin.column.instrument')}</th>
            <th scope="col">{t('legal.field.number')}</th>
            <th scope="col">{t('legal.admin.column.group')}</th>
            <th scope="col">{t('legal.admin.column.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {props.instruments.map(({ instrument, updatedAt }) => (
            <tr key={instrument.celex}>
              <th scope="row">
                <a href={localHref(ctx, `${base}/${instrument.celex}`)} lang="en">
                  {instrument.acronym} — {instrument.shortTitle}
                </a>
              </th>
              <td data-label={t('legal.field.number')} lang="en">
                {instrument.number}
              </td>
              <td data-label={t('legal.admin.column.group')}>{groupTitle(ctx, groupOf(instrument))}</td>
              <td data-label={t('legal.admin.column.updated')}>
                <time dateTime={updatedAt}>
                  {ctx.formatDate(updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminPage>
  );
}

export interface InstrumentEditPageProps {
  readonly ctx: PageContext;
  /** Undefined while adding a new instrument. */
  readonly celex: string | undefined;
  readonly values: InstrumentFormValues;
  readonly problems: InstrumentFormProblems;
  readonly notice: string | undefined;
}

/** `/{lang}/admin/instruments/{celex}` and `/new`: the instrument form. */
export function InstrumentEditPage(props: InstrumentEditPageProps) {
  const { ctx, celex, values, problems } = props;
  const { t } = ctx;
  const title = celex ? t('legal.admin.editTitle', { celex }) : t('legal.admin.newTitle');
  const crumbs = [{ label: t('legal.admin.title'), href: localHref(ctx, base) }];
  const field = { ctx, idPrefix: instrumentIdPrefix };
  const text = (name: keyof InstrumentFormValues['text']) => ({
    ...field,
    name,
    value: values.text[name],
    error: problems.errors[name],
  });
  return (
    <AdminPage ctx={ctx} title={title} crumbs={crumbs}>
      <Notice ctx={ctx} message={props.notice} />
      {celex ? (
        <p>
          <a href={localHref(ctx, instrumentPath(celex))}>{t('legal.admin.viewPublic')}</a>
        </p>
      ) : null}
      <p class="hint">{t('legal.admin.englishHint')}</p>
      <ErrorSummary ctx={ctx} errors={problems.errors} idPrefix={instrumentIdPrefix} />
      <form method="post" action={localHref(ctx, celex ? `${base}/${celex}` : base)} novalidate class="form">
        <CsrfField ctx={ctx} />
        {celex ? (
          <input type="hidden" name="celex" value={celex} />
        ) : (
          <InputField
            {...text('celex')}
            label={t('legal.field.celex')}
            hint={t('legal.admin.hint.celex')}
            spellcheck={false}
          />
        )}
        <SelectField
          {...text('kind')}
          label={t('legal.field.kind')}
          emptyLabel={values.text.kind ? undefined : t('legal.admin.choose')}
          options={instrumentKinds.map((kind) => ({ value: kind, label: kindText(ctx, kind) }))}
        />
        <InputField
          {...text('number')}
          label={t('legal.field.number')}
          hint={t('legal.admin.hint.number')}
          lang="en"
        />
        <InputField {...text('acronym')} label={t('legal.field.acronym')} lang="en" />
        <InputField {...text('shortTitle')} label={t('legal.admin.field.shortTitle')} lang="en" />
        <TextareaField {...text('title')} label={t('legal.admin.field.title')} rows={3} lang="en" />
        <TextareaField {...text('covers')} label={t('legal.summary.title')} rows={4} lang="en" />
        <InputField {...text('adopted')} type="date" label={t('legal.field.adopted')} />
        <InputField {...text('appliesFrom')} type="date" label={t('legal.field.appliesFrom')} />
        <CheckboxGroup
          idPrefix={instrumentIdPrefix}
          ctx={ctx}
          name="need"
          legend={t('legal.scope.usedFor')}
          error={problems.errors.need}
          checked={values.need}
          options={instrumentNeeds.map((need) => ({ value: need, label: needText(ctx, need) }))}
        />
        <InputField
          {...text('appliesWhen')}
          label={t('legal.admin.field.appliesWhen')}
          required={false}
          lang="en"
        />
        <InputField
          {...text('safeguard')}
          label={t('legal.admin.field.safeguard')}
          hint={t('legal.admin.hint.safeguard')}
          required={false}
          spellcheck={false}
        />
        <InputField {...text('eurLex')} type="url" label={t('legal.admin.field.eurLex')} spellcheck={false} />
        <InputField {...text('eli')} type="url" label={t('legal.admin.field.eli')} spellcheck={false} />
        <InputField
          {...text('amendedBy')}
          label={t('legal.field.amendedBy')}
          hint={t('legal.admin.hint.amendedBy')}
          required={false}
          spellcheck={false}
        />
        <TextareaField
          {...text('forms')}
          label={t('legal.forms.title')}
          hint={linesHint(ctx, 'legal.admin.hint.forms', problems.lines.forms)}
          required={false}
          rows={5}
          lang="en"
        />
        <TextareaField
          {...text('deadlines')}
          label={t('legal.deadlines.title')}
          hint={linesHint(ctx, 'legal.admin.hint.deadlines', problems.lines.deadlines)}
          required={false}
          rows={6}
          lang="en"
        />
        <CheckboxGroup
          idPrefix={instrumentIdPrefix}
          ctx={ctx}
          name="notBound"
          legend={t('legal.admin.field.notBound')}
          error={problems.errors.notBound}
          checked={values.notBound}
          options={countriesByName(ctx.countryName, ctx.locale, memberStates).map((code) => ({
            value: code,
            label: ctx.countryName(code),
          }))}
        />
        <TextareaField
          {...text('participationNote')}
          label={t('legal.states.note')}
          required={false}
          rows={3}
          lang="en"
        />
        <TextareaField
          {...text('alternativeWhenNotBound')}
          label={t('legal.states.alternative')}
          required={false}
          rows={3}
          lang="en"
        />
        <p class="actions">
          <button type="submit" class="button">
            {t(celex ? 'legal.admin.save' : 'legal.admin.create')}
          </button>
        </p>
      </form>
    </AdminPage>
  );
}

/** The format of a list field, and the lines to check when some could not be read. */
function linesHint(ctx: PageContext, formatKey: string, lines: readonly number[] | undefined): string {
  const format = ctx.t(formatKey);
  return lines && lines.length > 0
    ? `${format} ${ctx.t('legal.admin.error.lines', { lines: lines.join(', '), count: lines.length })}`
    : format;
}
