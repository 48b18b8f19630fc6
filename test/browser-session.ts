import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { csrfTokenFrom } from './app.js';

/**
 * A visitor for in-process tests: keeps cookies like a browser, and posts forms with the CSRF token of
 * the page they came from.
 */
export interface TestVisitor {
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** GETs `formPage`, then POSTs `fields` with its CSRF token to `action` (default: the same URL). */
  submit(
    formPage: string,
    fields: Record<string, string | string[]>,
    action?: string,
  ): Promise<LightMyRequestResponse>;
  /** POSTs with the CSRF token of the last page seen. */
  post(url: string, fields: Record<string, string | string[]>): Promise<LightMyRequestResponse>;
  /** Any method, with extra headers (an `Origin` for API calls). */
  send(method: string, url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  cookie(name: string): string | undefined;
  setCookie(name: string, value: string): void;
  /** Every Set-Cookie header received, as sent. */
  readonly setCookieHeaders: string[];
}

let visitorCount = 0;

/** Each visitor comes from its own address (unless told), so that per-address limits do not couple tests. */
export function createTestVisitor(app: FastifyInstance, options: { ip?: string } = {}): TestVisitor {
  visitorCount += 1;
  const ip =
    options.ip ?? `10.${(visitorCount >> 16) & 255}.${(visitorCount >> 8) & 255}.${visitorCount & 255}`;
  const jar = new Map<string, string>();
  const setCookieHeaders: string[] = [];
  let lastCsrfToken = '';
  const remember = (response: LightMyRequestResponse) => {
    const raw = response.headers['set-cookie'];
    for (const header of Array.isArray(raw) ? raw : raw ? [raw] : []) {
      setCookieHeaders.push(header);
      const [pair = ''] = header.split(';');
      const [name = '', ...value] = pair.split('=');
      const isCleared = /expires=Thu, 01 Jan 1970/i.test(header) || /max-age=0/i.test(header);
      if (isCleared) jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) lastCsrfToken = token;
    return response;
  };
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const send = async (
    method: string,
    url: string,
    fields?: Record<string, string | string[]>,
    headers = {},
  ) => {
    const body = fields ? new URLSearchParams() : undefined;
    for (const [name, value] of Object.entries(fields ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) body?.append(name, item);
    }
    return remember(
      await app.inject({
        method: method as 'GET',
        url,
        remoteAddress: ip,
        headers: {
          cookie: cookieHeader(),
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          ...headers,
        },
        ...(body ? { payload: body.toString() } : {}),
      }),
    );
  };
  return {
    get: (url, headers) => send('GET', url, undefined, headers),
    async submit(formPage, fields, action) {
      const page = await send('GET', formPage);
      return send('POST', action ?? formPage.split('?')[0]!, { _csrf: csrfTokenFrom(page.body), ...fields });
    },
    post: (url, fields) => send('POST', url, { _csrf: lastCsrfToken, ...fields }),
    send: (method, url, headers) => send(method, url, undefined, headers),
    cookie: (name) => jar.get(name),
    setCookie: (name, value) => jar.set(name, value),
    setCookieHeaders,
  };
}
