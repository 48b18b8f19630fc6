import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.js';
import { answerOaiRequest } from './oai.service.js';
import {
  errorCodes,
  insertResourcesAt,
  oai,
  parseXml,
  requestEcho,
  type OaiBody,
  type OaiList,
  type OaiToken,
} from './oai.test-kit.js';

/** ListIdentifiers and ListRecords: resumption, date bounds at seconds, deleted records, sets. */
describe('OAI-PMH provider: lists', () => {
  let t: TestApp;
  let bulk: string[];
  let boundary: string[];
  const year2024 = 'from=2024-01-01T00:00:00Z&until=2024-12-31T23:59:59Z';

  beforeAll(async () => {
    t = await createTestApp();
    const start = Date.parse('2024-01-01T00:00:00.000Z');
    bulk = await insertResourcesAt(
      t.deps,
      Array.from({ length: 230 }, (_, index) => ({
        // Pairs share a datestamp: the (datestamp, id) order must still page without loss or repeats.
        datestamp: new Date(start + Math.floor(index / 2) * 1000 + 123).toISOString(),
      })),
    );
    boundary = await insertResourcesAt(t.deps, [
      { datestamp: '2023-06-01T12:00:00.000Z' },
      { datestamp: '2023-06-01T12:00:00.999Z' },
      { datestamp: '2023-06-01T12:00:01.000Z' },
      { datestamp: '2023-06-01T12:00:01.500Z', overrides: { status: 'draft' } },
      { datestamp: '2023-06-01T12:00:02.500Z' },
      { datestamp: '2023-06-01T12:00:03.000Z', overrides: { deleted: true } },
    ]);
    await insertResourcesAt(t.deps, [
      { datestamp: '2022-01-01T00:00:01.000Z', overrides: { network: 'EJTN', topics: ['psychology'] } },
      { datestamp: '2022-01-01T00:00:02.000Z', overrides: { network: 'EJTN', topics: [] } },
      {
        datestamp: '2022-01-01T00:00:03.000Z',
        overrides: { network: 'CEPOL', topics: ['psychology', 'mediation'] },
      },
    ]);
  });
  afterAll(() => t.close());

  const headersOf = (list: OaiList | undefined) =>
    list?.header ?? (list?.record ?? []).flatMap((record) => record.header);
  const idsOf = (list: OaiList | undefined) =>
    headersOf(list).map((header) => header.identifier.replace('oai:localhost:', ''));

  it('ListRecords pages 230 records by 100 with cursor, completeListSize and an empty last token', async () => {
    const seen: string[] = [];
    const tokens: OaiToken[] = [];
    let query = `verb=ListRecords&metadataPrefix=oai_dc&${year2024}`;
    for (let page = 0; page < 5; page += 1) {
      const { body } = await oai(t.app, query);
      seen.push(...idsOf(body.ListRecords));
      const token = body.ListRecords?.resumptionToken ?? {};
      tokens.push(token);
      if (!token['#text']) break;
      query = `verb=ListRecords&resumptionToken=${encodeURIComponent(token['#text'])}`;
    }
    expect(tokens.map((token) => [token['@cursor'], token['@completeListSize']])).toEqual([
      ['0', '230'],
      ['100', '230'],
      ['200', '230'],
    ]);
    expect(tokens[0]?.['@expirationDate']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(tokens[2]?.['#text']).toBeUndefined();
    expect(seen).toEqual(bulk);
  });

  it('ListIdentifiers pages the same way, and a POSTed token works', async () => {
    const first = await oai(t.app, `verb=ListIdentifiers&metadataPrefix=jpcoops&${year2024}`);
    expect(first.body.ListIdentifiers?.header).toHaveLength(100);
    const token = first.body.ListIdentifiers?.resumptionToken?.['#text'] ?? '';
    const second = await oai(t.app, `verb=ListIdentifiers&resumptionToken=${encodeURIComponent(token)}`, {
      method: 'POST',
    });
    expect(idsOf(second.body.ListIdentifiers)).toEqual(bulk.slice(100, 200));
  });

  it('badResumptionToken: garbage, edited, for another verb, or expired', async () => {
    const first = await oai(t.app, `verb=ListRecords&metadataPrefix=oai_dc&${year2024}`);
    const token = first.body.ListRecords?.resumptionToken?.['#text'] ?? '';
    const [payload = '', signature = ''] = token.split('.');
    const edited = Buffer.from(
      Buffer.from(payload, 'base64url').toString('utf8').replace('"cursor":100', '"cursor":0'),
    ).toString('base64url');
    const cases = [
      'verb=ListRecords&resumptionToken=garbage',
      `verb=ListRecords&resumptionToken=${encodeURIComponent(`${edited}.${signature}`)}`,
      `verb=ListIdentifiers&resumptionToken=${encodeURIComponent(token)}`,
      `verb=ListSets&resumptionToken=${encodeURIComponent(token)}`,
    ];
    for (const query of cases) {
      const { body } = await oai(t.app, query);
      expect(errorCodes(body), query).toEqual(['badResumptionToken']);
      expect(requestEcho(body)['@resumptionToken']).toBeDefined();
    }
    const later = new Date(Date.now() + 25 * 3600 * 1000);
    const expired = parseXml<{ 'OAI-PMH': OaiBody }>(
      await answerOaiRequest(
        t.deps,
        new Map([
          ['verb', ['ListRecords']],
          ['resumptionToken', [token]],
        ]),
        later,
      ),
    );
    expect(errorCodes(expired['OAI-PMH'])).toEqual(['badResumptionToken']);
  });

  it('from and until are inclusive at seconds: a second covers its milliseconds', async () => {
    const list = async (range: string) => {
      const { body } = await oai(t.app, `verb=ListIdentifiers&metadataPrefix=oai_dc&${range}`);
      return errorCodes(body).length > 0 ? errorCodes(body) : idsOf(body.ListIdentifiers);
    };
    const [at0 = '', at0999 = '', at1 = '', , at2500 = '', deleted = ''] = boundary;
    expect(await list('from=2023-06-01T12:00:00Z&until=2023-06-01T12:00:00Z')).toEqual([at0, at0999]);
    expect(await list('from=2023-06-01T12:00:01Z&until=2023-06-01T12:00:02Z')).toEqual([at1, at2500]);
    expect(await list('from=2023-06-01T12:00:02Z&until=2023-06-01T12:00:03Z')).toEqual([at2500, deleted]);
    expect(await list('from=2023-06-01T11:59:59Z&until=2023-06-01T11:59:59Z')).toEqual(['noRecordsMatch']);
    expect(await list('from=2023-06-01&until=2023-06-01')).toEqual([at0, at0999, at1, at2500, deleted]);
    expect(await list('from=2023-06-02&until=2023-06-02')).toEqual(['noRecordsMatch']);
  });

  it('deleted records: a header with status="deleted" and no metadata in ListRecords', async () => {
    const { body } = await oai(
      t.app,
      'verb=ListRecords&metadataPrefix=oai_dc&from=2023-06-01T12:00:03Z&until=2023-06-01T12:00:03Z',
    );
    const record = body.ListRecords?.record?.[0];
    expect(record?.header[0]).toMatchObject({
      '@status': 'deleted',
      identifier: `oai:localhost:${boundary[5]}`,
    });
    expect(record).toBeDefined();
    expect(record?.metadata).toBeUndefined();
  });

  it('badArgument for impossible dates, mixed granularities and from after until', async () => {
    for (const range of [
      'from=2023-02-30',
      'until=2023-06-01T12:00:00',
      'from=2023-06-01T12:00:00.000Z',
      'from=2023-06-01T25:00:00Z',
      'from=01-06-2023',
      'from=2023-06-01&until=2023-06-01T12:00:00Z',
      'from=2023-06-02T00:00:00Z&until=2023-06-01T23:59:59Z',
      'from=2023-06-02&until=2023-06-01',
    ]) {
      const { body } = await oai(t.app, `verb=ListRecords&metadataPrefix=oai_dc&${range}`);
      expect(errorCodes(body), range).toEqual(['badArgument']);
    }
  });

  it('sets: by network, by topic, the topic hierarchy, and unknown sets match nothing', async () => {
    const list = async (set: string) => {
      const { body } = await oai(
        t.app,
        `verb=ListIdentifiers&metadataPrefix=oai_dc&until=2022-12-31&set=${set}`,
      );
      return errorCodes(body).length > 0
        ? errorCodes(body)
        : headersOf(body.ListIdentifiers).map((header) => header.setSpec);
    };
    expect(await list('network:EJTN')).toEqual([['network:EJTN', 'topic:psychology'], ['network:EJTN']]);
    expect(await list('topic:psychology')).toEqual([
      ['network:EJTN', 'topic:psychology'],
      ['network:CEPOL', 'topic:mediation', 'topic:psychology'],
    ]);
    expect(await list('topic')).toHaveLength(2);
    expect(await list('network')).toHaveLength(3);
    for (const set of ['topic:astrology', 'network:RAN', 'colour', 'topic:psychology:deeper']) {
      expect(await list(set), set).toEqual(['noRecordsMatch']);
    }
  });

  it('cannotDisseminateFormat and noRecordsMatch for lists', async () => {
    const format = await oai(t.app, 'verb=ListRecords&metadataPrefix=marc21');
    expect(errorCodes(format.body)).toEqual(['cannotDisseminateFormat']);
    const none = await oai(t.app, 'verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01');
    expect(errorCodes(none.body)).toEqual(['noRecordsMatch']);
    expect(requestEcho(none.body)).toMatchObject({ '@verb': 'ListRecords', '@from': '2030-01-01' });
  });

  it('pages by the exact stored datestamp: records a microsecond apart within one millisecond', async () => {
    const ids = await insertResourcesAt(
      t.deps,
      Array.from({ length: 101 }, () => ({ datestamp: '2021-01-01T00:00:00.123Z' })),
    );
    for (const [index, id] of ids.entries()) {
      // PostgreSQL keeps the microseconds; the application reads timestamps back to the millisecond.
      await t.deps.db
        .updateTable('toolkit_resource')
        .set({ datestamp: `2021-01-01T00:00:00.123${String(100 - index).padStart(3, '0')}Z` })
        .where('id', '=', id)
        .execute();
    }
    const first = await oai(
      t.app,
      'verb=ListIdentifiers&metadataPrefix=oai_dc&from=2021-01-01&until=2021-01-01',
    );
    const token = first.body.ListIdentifiers?.resumptionToken?.['#text'] ?? '';
    const second = await oai(t.app, `verb=ListIdentifiers&resumptionToken=${encodeURIComponent(token)}`);
    const seen = [...idsOf(first.body.ListIdentifiers), ...idsOf(second.body.ListIdentifiers)];
    expect(seen).toEqual([...ids].reverse());
  });

  it('a ListRecords page costs the same few queries whatever its size (no query per record)', async () => {
    let queries = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => ((queries += 1), args.node),
      transformResult: (args) => Promise.resolve(args.result),
    };
    const deps = { ...t.deps, db: t.deps.db.withPlugin(counter) };
    const ask = (range: string) => {
      const given = new Map([
        ['verb', ['ListRecords']],
        ['metadataPrefix', ['oai_dc']],
      ]);
      for (const [name, value] of new URLSearchParams(range)) given.set(name, [value]);
      return answerOaiRequest(deps, given);
    };
    await ask('from=2024-01-01T00:00:00Z&until=2024-01-01T00:00:00Z');
    const forTwo = queries;
    queries = 0;
    const page = parseXml<{ 'OAI-PMH': OaiBody }>(await ask(year2024));
    expect(page['OAI-PMH'].ListRecords?.record).toHaveLength(100);
    expect(queries).toBeLessThanOrEqual(forTwo + 1);
    expect(queries).toBeLessThanOrEqual(9);
  });
});
