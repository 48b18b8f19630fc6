import { cookieHeader, csrfTokenFrom, type TestApp } from '../../../test/app.js';

const unescape = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescape(match[1]!) : undefined;
};

/**
 * The fields a browser would send for the first `method="post"` form of the page's main content (the
 * header's sign-out form aside): inputs (checkboxes only when checked), textareas and selected options.
 */
export function formFieldsOf(html: string): [string, string][] {
  const main = html.split('<main')[1] ?? '';
  const form =
    main
      .split('<form')
      .find((part) => part.includes('method="post"'))
      ?.split('</form>')[0] ?? '';
  const fields: [string, string][] = [];
  const pattern =
    /<input\b[^>]*>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>|<select\b[^>]*>([\s\S]*?)<\/select>/g;
  for (const match of form.matchAll(pattern)) {
    const tag = match[0];
    const name = attribute(tag, 'name');
    if (!name) continue;
    if (tag.startsWith('<input')) {
      const type = attribute(tag, 'type');
      if ((type === 'checkbox' || type === 'radio') && !/\schecked(=""|\s|\/?>)/.test(tag)) continue;
      fields.push([name, attribute(tag, 'value') ?? '']);
    } else if (tag.startsWith('<textarea')) {
      fields.push([name, unescape(match[1] ?? '')]);
    } else {
      const selected =
        /<option\b[^>]*\sselected[^>]*>/.exec(match[2] ?? '') ?? /<option\b[^>]*>/.exec(match[2] ?? '');
      fields.push([name, selected ? (attribute(selected[0], 'value') ?? '') : '']);
    }
  }
  return fields;
}

/** Opens `pageUrl` with `session`, changes `changes` in its form, and posts it to `action` as a browser would. */
export async function postInstrumentForm(
  t: TestApp,
  options: {
    session: string;
    pageUrl: string;
    action: string;
    change?: (fields: [string, string][]) => [string, string][];
  },
) {
  const page = await t.app.inject({ url: options.pageUrl, headers: { cookie: options.session } });
  if (page.statusCode !== 200) throw new Error(`GET ${options.pageUrl} answered ${page.statusCode}`);
  const cookie = `${options.session}; ${cookieHeader(page.headers['set-cookie'])}`;
  const fields = formFieldsOf(page.body).filter(([name]) => name !== '_csrf');
  const changed = options.change ? options.change(fields) : fields;
  return t.app.inject({
    method: 'POST',
    url: options.action,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams([
      ...changed,
      ['_csrf', csrfTokenFrom(page.body.split('<main')[1] ?? '')],
    ]).toString(),
  });
}

/** `fields` with `name` set to `value` (added when absent). */
export function withField(fields: [string, string][], name: string, value: string): [string, string][] {
  return fields.some(([key]) => key === name)
    ? fields.map(([key, old]) => [key, key === name ? value : old])
    : [...fields, [name, value]];
}
