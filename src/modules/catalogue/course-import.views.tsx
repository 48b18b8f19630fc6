import {
  CsrfField,
  ErrorSummary,
  SelectField,
  UploadField,
  type FormErrors,
} from '../../platform/layout/form-fields.js';
import { Layout } from '../../platform/layout/layout.js';
import { localHref, type PageContext } from '../../platform/layout/page-context.js';
import { UploadForm } from '../../platform/layout/upload-form.js';
import { requiredColumns } from './course-import.columns.js';
import type { ImportProblem, ImportProblemCode } from './course-import.problems.js';
import type { CourseImportView } from './course-import.uploads.js';

const idPrefix = 'course-import';
const base = '/manage/courses/import';
const spreadsheetTypes = [
  '.csv',
  '.xlsx',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export interface ImportUploadPageProps {
  readonly ctx: PageContext;
  readonly providers: readonly { id: string; name: string }[];
  readonly providerId: string;
  readonly errors: FormErrors;
}

/** The upload form: a provider, a CSV or XLSX file; the next page is the dry run's report. */
export function ImportUploadPage({ ctx, providers, providerId, errors }: ImportUploadPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('courseImport.title')}>
      <div class="container prose">
        <h1>{t('courseImport.title')}</h1>
        <ErrorSummary ctx={ctx} errors={errors} idPrefix={idPrefix} />
        <p>{t('courseImport.intro')}</p>
        <p>{t('courseImport.columns', { columns: [...requiredColumns, 'title_en'].join(', ') })}</p>
        <p>
          <a href={localHref(ctx, `${base}/template.csv`)} download>
            {t('courseImport.template')}
          </a>
        </p>
        <UploadForm ctx={ctx} action={localHref(ctx, base)} submitLabel={t('courseImport.check')}>
          <SelectField
            ctx={ctx}
            idPrefix={idPrefix}
            name="providerId"
            label={t('courseImport.field.provider')}
            hint={t('courseImport.hint.provider')}
            value={providerId}
            error={errors.providerId}
            options={providers.map((provider) => ({ value: provider.id, label: provider.name }))}
          />
          <UploadField
            ctx={ctx}
            idPrefix={idPrefix}
            name="file"
            label={t('courseImport.field.file')}
            hint={t('courseImport.hint.file')}
            accept={spreadsheetTypes}
            error={errors.file}
          />
        </UploadForm>
      </div>
    </Layout>
  );
}

const problemKeys: Record<ImportProblemCode, string> = {
  unreadable: 'courseImport.problem.unreadable',
  missingColumn: 'courseImport.problem.missingColumn',
  unknownColumn: 'courseImport.problem.unknownColumn',
  duplicateColumn: 'courseImport.problem.duplicateColumn',
  noRows: 'courseImport.problem.noRows',
  tooManyRows: 'courseImport.problem.tooManyRows',
  required: 'courseImport.problem.required',
  notANumber: 'courseImport.problem.notANumber',
  unknownProvider: 'courseImport.problem.unknownProvider',
  notYourProvider: 'courseImport.problem.notYourProvider',
  duplicateExternalId: 'courseImport.problem.duplicateExternalId',
  duplicateSlug: 'courseImport.problem.duplicateSlug',
  titleMissing: 'courseImport.problem.titleMissing',
  cannotUnpublish: 'courseImport.problem.cannotUnpublish',
  invalid: 'courseImport.problem.invalid',
};

/** The dry run's report: problems by row and column, or what the import will do and its button. */
export function ImportReportPage({ ctx, upload }: { ctx: PageContext; upload: CourseImportView }) {
  const { t } = ctx;
  const { report } = upload;
  return (
    <Layout ctx={ctx} title={t('courseImport.reportTitle', { file: upload.fileName })}>
      <div class="container prose">
        <h1>{t('courseImport.reportTitle', { file: upload.fileName })}</h1>
        <p>{t('courseImport.providerIs', { provider: upload.providerName, rows: report.rows })}</p>
        {report.problems.length > 0 ? (
          <ProblemTable ctx={ctx} problems={report.problems} />
        ) : (
          <Outcome ctx={ctx} upload={upload} />
        )}
        <p>
          <a href={localHref(ctx, base)}>{t('courseImport.another')}</a>
        </p>
      </div>
    </Layout>
  );
}

function ProblemTable({ ctx, problems }: { ctx: PageContext; problems: readonly ImportProblem[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="import-problems">
      <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
        <h2 id="import-problems">{t('courseImport.problems', { count: problems.length })}</h2>
        <p>{t('courseImport.nothingImported')}</p>
      </div>
      <table class="table">
        <caption class="visually-hidden">{t('courseImport.problems', { count: problems.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('courseImport.column.row')}</th>
            <th scope="col">{t('courseImport.column.column')}</th>
            <th scope="col">{t('courseImport.column.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, position) => (
            <tr key={position}>
              <td>{problem.row}</td>
              <td>
                <code>{problem.column || '—'}</code>
              </td>
              <td>{t(problemKeys[problem.code], { ...problem.params })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Outcome({ ctx, upload }: { ctx: PageContext; upload: CourseImportView }) {
  const { t } = ctx;
  const { counts } = upload.report;
  const committed = upload.status === 'committed';
  return (
    <section aria-labelledby="import-outcome">
      <h2 id="import-outcome">{t(committed ? 'courseImport.done' : 'courseImport.wouldDo')}</h2>
      <div role={committed ? 'status' : undefined} class={committed ? 'notice notice--success' : undefined}>
        <ul>
          <li>{t('courseImport.count.created', { count: counts.created })}</li>
          <li>{t('courseImport.count.updated', { count: counts.updated })}</li>
          <li>{t('courseImport.count.unchanged', { count: counts.unchanged })}</li>
        </ul>
      </div>
      {committed ? null : (
        <form method="post" action={localHref(ctx, `${base}/${upload.id}/commit`)} class="form">
          <CsrfField ctx={ctx} />
          <p class="hint">{t('courseImport.commitHint')}</p>
          <button type="submit" class="button">
            {t('courseImport.commit')}
          </button>
        </form>
      )}
    </section>
  );
}
