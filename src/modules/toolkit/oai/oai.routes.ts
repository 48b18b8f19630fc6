import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app-deps.js';
import { answerOaiRequest } from './oai.service.js';

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'config' | 'secret' | 'translators'>;

const schemaFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../schemas/oai-pmh/jpcoops-resource.xsd',
);

/**
 * The OAI-PMH 2.0 data provider: `GET /oai?verb=…` and `POST /oai` (form-encoded), answering
 * `text/xml`; and the schema of the `jpcoops` format at `/oai/jpcoops.xsd`. Harvesters are programs
 * without cookies, so the POST form carries no CSRF token (it changes nothing).
 */
export function registerOaiRoutes(app: FastifyInstance, deps: Deps): void {
  const answer = async (given: Map<string, string[]>, reply: FastifyReply) =>
    reply
      .header('content-type', 'text/xml; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(await answerOaiRequest(deps, given));
  app.get('/oai', { schema: { hide: true } }, (request, reply) => answer(queryArguments(request), reply));
  app.post('/oai', { schema: { hide: true }, config: { csrf: false } }, (request, reply) =>
    answer(bodyArguments(request), reply),
  );
  app.get('/oai/jpcoops.xsd', { schema: { hide: true } }, (_request, reply) =>
    reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(fs.createReadStream(schemaFile)),
  );
}

/** Arguments as given, repeats kept (a repeated argument is an error the protocol names). */
function queryArguments(request: FastifyRequest): Map<string, string[]> {
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
  return collect(new URLSearchParams(query));
}

function bodyArguments(request: FastifyRequest): Map<string, string[]> {
  const body = request.body;
  if (typeof body === 'string') return collect(new URLSearchParams(body));
  const given = new Map<string, string[]>();
  if (body && typeof body === 'object') {
    for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
      given.set(name, (Array.isArray(value) ? value : [value]).map(String));
    }
  }
  return given;
}

function collect(params: URLSearchParams): Map<string, string[]> {
  const given = new Map<string, string[]>();
  for (const [name, value] of params) given.set(name, [...(given.get(name) ?? []), value]);
  return given;
}
