import { uuidv7 } from 'uuidv7';
import { csrfTokenFrom, type TestApp } from '../../../test/app.js';
import { multipartBody, openForm } from '../organisations/organisations.test-kit.js';

/** Test helpers of bulk enrolment: the upload, preview and commit as a browser sends them. */
export const enrolmentUrl = (sessionId: string) => `/en/manage/sessions/${sessionId}/enrolment`;

/** A `multipart/form-data` body of text fields only (the commit form). */
function fieldsBody(fields: Record<string, string>): { payload: Buffer; contentType: string } {
  const boundary = `----jpcoops${uuidv7().replaceAll('-', '')}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    payload: Buffer.from(`${parts.join('')}--${boundary}--\r\n`),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Uploads `csv` from the enrolment page: the preview. */
export async function uploadForPreview(t: TestApp, cookie: string, sessionId: string, csv: string | Buffer) {
  const form = await openForm(t, cookie, enrolmentUrl(sessionId));
  const body = multipartBody(
    { _csrf: form.csrf },
    {
      name: 'file',
      filename: 'participants.csv',
      contentType: 'text/csv',
      content: Buffer.isBuffer(csv) ? csv : Buffer.from(csv),
    },
  );
  const response = await t.app.inject({
    method: 'POST',
    url: `${enrolmentUrl(sessionId)}/preview`,
    headers: {
      cookie: form.cookie,
      'content-type': body.contentType,
      // As a browser sends it from the upload form.
      referer: `http://localhost:3000${enrolmentUrl(sessionId)}`,
    },
    payload: body.payload,
  });
  return { response, cookie: form.cookie };
}

/** Uploads, then presses the preview's button: the commit. */
export async function uploadAndCommit(t: TestApp, cookie: string, sessionId: string, csv: string) {
  const preview = await uploadForPreview(t, cookie, sessionId, csv);
  const content = /name="content" value="([^"]+)"/.exec(preview.response.body)?.[1];
  if (!content) throw new Error(`no commit form on the preview (${preview.response.statusCode})`);
  const body = fieldsBody({ _csrf: csrfTokenFrom(preview.response.body), content });
  return t.app.inject({
    method: 'POST',
    url: enrolmentUrl(sessionId),
    headers: { cookie: preview.cookie, 'content-type': body.contentType },
    payload: body.payload,
  });
}

/** Posts the commit form with any content, as a tampering browser could. */
export async function commitContent(t: TestApp, cookie: string, sessionId: string, content: string) {
  const form = await openForm(t, cookie, enrolmentUrl(sessionId));
  const body = fieldsBody({ _csrf: form.csrf, content });
  return t.app.inject({
    method: 'POST',
    url: enrolmentUrl(sessionId),
    headers: { cookie: form.cookie, 'content-type': body.contentType },
    payload: body.payload,
  });
}

export function enrolViaApi(
  t: TestApp,
  headers: Record<string, string>,
  sessionId: string,
  body: { participants: { email: string; name?: string }[]; dryRun?: boolean },
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/sessions/${sessionId}/enrolments`,
    headers,
    payload: body,
  });
}

export async function applicationsOf(t: TestApp, sessionId: string) {
  return t.deps.db
    .selectFrom('application')
    .select(['id', 'user_id', 'status'])
    .where('session_id', '=', sessionId)
    .execute();
}

export async function invitationsOf(t: TestApp, sessionId: string) {
  return t.deps.db
    .selectFrom('enrolment_invitation')
    .selectAll()
    .where('session_id', '=', sessionId)
    .execute();
}
