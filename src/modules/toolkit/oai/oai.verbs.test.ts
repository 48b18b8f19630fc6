import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import { errorCodes, insertResourcesAt, oai, requestEcho, schemasDir, xmllint } from './oai.test-kit.js';

/** Identify, ListMetadataFormats, ListSets, GetRecord and the argument errors, validated by xmllint. */
describe('OAI-PMH provider: verbs', () => {
  let t: TestApp;
  let live: string;
  let deleted: string;
  let draft: string;
  let withdrawn: string;
  const identifier = (id: string) => `oai:localhost:${id}`;

  beforeAll(async () => {
    t = await createTestApp({ OAI_ADMIN_EMAIL: 'toolkit@jp-coops.example.org' });
    [live = '', deleted = '', draft = '', withdrawn = ''] = await insertResourcesAt(t.deps, [
      {
        datestamp: '2025-03-01T10:00:00.250Z',
        overrides: {
          topics: ['radicalisation', 'mediation'],
          network: 'Council of Europe',
          texts: [
            {
              language: 'en',
              title: 'Prison radicalisation \u0001handbook',
              summary: 'Signs & <responses>\uFFFE.',
            },
            { language: 'it', title: 'Manuale sulla radicalizzazione', summary: 'Segnali e risposte.' },
          ],
          doi: '10.1234/abc.5',
          evaluation: 'Evaluated in three prisons.',
          transferability: 'Works in any prison service.',
        },
      },
      { datestamp: '2025-03-02T10:00:00.000Z', overrides: { deleted: true } },
      { datestamp: '2025-03-03T10:00:00.000Z', overrides: { status: 'draft' } },
      { datestamp: '2025-03-04T10:00:00.000Z', overrides: { status: 'changes-requested', version: 2 } },
    ]);
  });
  afterAll(() => t.close());

  it('Identify names the repository, its base URL, admin, earliest datestamp, persistent deletes and seconds', async () => {
    const { body } = await oai(t.app, 'verb=Identify');
    expect(requestEcho(body)).toEqual({ '@verb': 'Identify', '#text': 'http://localhost:3000/oai' });
    expect(body.Identify).toMatchObject({
      repositoryName: 'JP-COOPS Toolkit of the Toolkits',
      baseURL: 'http://localhost:3000/oai',
      protocolVersion: '2.0',
      adminEmail: 'toolkit@jp-coops.example.org',
      earliestDatestamp: '2025-03-01T10:00:00Z',
      deletedRecord: 'persistent',
      granularity: 'YYYY-MM-DDThh:mm:ssZ',
    });
  });

  it('answers POST forms as GET', async () => {
    const { body } = await oai(t.app, 'verb=Identify', { method: 'POST' });
    expect(body.Identify?.baseURL).toBe('http://localhost:3000/oai');
  });

  it('ListMetadataFormats lists oai_dc and jpcoops, for the repository and for a live item', async () => {
    for (const query of [
      'verb=ListMetadataFormats',
      `verb=ListMetadataFormats&identifier=${identifier(live)}`,
    ]) {
      const { body } = await oai(t.app, query);
      expect(body.ListMetadataFormats?.metadataFormat.map((format) => format.metadataPrefix)).toEqual([
        'oai_dc',
        'jpcoops',
      ]);
    }
  });

  it('ListMetadataFormats: idDoesNotExist for unknown items and drafts, noMetadataFormats for deleted ones', async () => {
    for (const id of ['oai:localhost:nope', identifier(draft), `oai:example.org:${live}`]) {
      const { body } = await oai(t.app, `verb=ListMetadataFormats&identifier=${id}`);
      expect(errorCodes(body)).toEqual(['idDoesNotExist']);
      expect(requestEcho(body)['@identifier']).toBe(id);
    }
    for (const id of [deleted, withdrawn]) {
      const { body } = await oai(t.app, `verb=ListMetadataFormats&identifier=${identifier(id)}`);
      expect(errorCodes(body)).toEqual(['noMetadataFormats']);
    }
  });

  it('ListSets lists both hierarchies, with encoded network codes', async () => {
    const { body } = await oai(t.app, 'verb=ListSets');
    const sets = body.ListSets?.set ?? [];
    const specs = sets.map((set) => set.setSpec[0]);
    expect(specs).toEqual(
      expect.arrayContaining([
        'topic',
        'topic:radicalisation',
        'topic:mediation',
        'network',
        'network:Council~20of~20Europe',
        'network:RAN',
      ]),
    );
    const radicalisation = sets.find((set) => set.setSpec[0] === 'topic:radicalisation');
    expect(radicalisation?.setName).toBe('Topic: Radicalisation');
    expect(body.ListSets?.resumptionToken).toBeUndefined();
  });

  it('GetRecord in oai_dc: header with sets, Dublin Core in each language, illegal characters dropped', async () => {
    const { body, xml } = await oai(
      t.app,
      `verb=GetRecord&identifier=${identifier(live)}&metadataPrefix=oai_dc`,
    );
    const record = body.GetRecord?.record[0];
    expect(record?.header[0]).toMatchObject({
      identifier: identifier(live),
      datestamp: '2025-03-01T10:00:00Z',
    });
    expect(record?.header[0]?.setSpec).toEqual([
      'network:Council~20of~20Europe',
      'topic:mediation',
      'topic:radicalisation',
    ]);
    const dc = record?.metadata?.dc ?? {};
    expect(dc.title).toEqual([
      { '#text': 'Prison radicalisation handbook', '@lang': 'en' },
      { '#text': 'Manuale sulla radicalizzazione', '@lang': 'it' },
    ]);
    expect(dc.subject).toEqual(['Mediation', 'Radicalisation']);
    expect(dc.identifier).toEqual([
      expect.stringMatching(/^https:\/\/example\.org\/resources\/\d+$/),
      'https://doi.org/10.1234/abc.5',
      `http://localhost:3000/en/toolkit/resources/${live}`,
    ]);
    expect(dc.relation).toBe('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32008F0909');
    expect(dc.type).toEqual(['handbook', 'Text']);
    expect(xml).toContain('Signs &amp; &lt;responses&gt;.');
    expect(xml.includes('\u0001') || xml.includes('\uFFFE')).toBe(false);
  });

  it('GetRecord in jpcoops carries every field, valid against its schema', async () => {
    const { body } = await oai(t.app, `verb=GetRecord&identifier=${identifier(live)}&metadataPrefix=jpcoops`);
    const resource = body.GetRecord?.record[0]?.metadata?.resource ?? {};
    expect(resource).toMatchObject({
      id: live,
      type: 'handbook',
      sourceLanguage: 'en',
      profession: 'prison-staff',
      language: 'en',
      country: 'IT',
      network: 'Council of Europe',
      doi: '10.1234/abc.5',
      organisation: 'Radicalisation Awareness Network',
      publishedOn: '2024-05',
      licence: 'CC BY 4.0',
      evidence: 'inspiring',
      evaluation: 'Evaluated in three prisons.',
      transferability: 'Works in any prison service.',
      version: '1',
      updated: '2025-03-01T10:00:00Z',
    });
    expect(resource.topic).toEqual([
      { '#text': 'Mediation', '@code': 'mediation' },
      { '#text': 'Radicalisation', '@code': 'radicalisation' },
    ]);
    expect(resource.instrument).toMatchObject({ '@celex': '32008F0909' });
  });

  it('GetRecord of a deleted or withdrawn item: the header with status="deleted", no metadata', async () => {
    for (const id of [deleted, withdrawn]) {
      const { body } = await oai(t.app, `verb=GetRecord&identifier=${identifier(id)}&metadataPrefix=oai_dc`);
      const record = body.GetRecord?.record[0];
      expect(record?.header[0]?.['@status']).toBe('deleted');
      expect(record).toBeDefined();
      expect(record?.metadata).toBeUndefined();
    }
  });

  it('GetRecord: idDoesNotExist (unknown, draft) and cannotDisseminateFormat', async () => {
    const unknown = await oai(t.app, `verb=GetRecord&identifier=${identifier(draft)}&metadataPrefix=oai_dc`);
    expect(errorCodes(unknown.body)).toEqual(['idDoesNotExist']);
    const format = await oai(t.app, `verb=GetRecord&identifier=${identifier(live)}&metadataPrefix=marc21`);
    expect(errorCodes(format.body)).toEqual(['cannotDisseminateFormat']);
    expect(requestEcho(format.body)).toMatchObject({ '@verb': 'GetRecord', '@metadataPrefix': 'marc21' });
  });

  it('badVerb: missing, unknown or repeated verb; the request is echoed without arguments', async () => {
    for (const query of ['', 'verb=Explain', 'verb=Identify&verb=Identify', 'metadataPrefix=oai_dc']) {
      const { body } = await oai(t.app, query);
      expect(errorCodes(body)).toEqual(['badVerb']);
      expect(requestEcho(body)).toEqual({ '#text': 'http://localhost:3000/oai' });
    }
  });

  it('badArgument: illegal, repeated, missing or malformed arguments', async () => {
    const cases = [
      'verb=Identify&set=topic',
      'verb=GetRecord&metadataPrefix=oai_dc',
      `verb=GetRecord&identifier=${identifier(live)}&metadataPrefix=oai_dc&metadataPrefix=jpcoops`,
      'verb=ListRecords',
      'verb=ListRecords&metadataPrefix=oai_dc&set=not%20a%20set',
      'verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc',
      'verb=ListIdentifiers&metadataPrefix=oai%20dc',
      'verb=ListSets&resumptionToken=abc&identifier=x',
      'verb=ListRecords&metadataPrefix=oai_dc&from=',
    ];
    for (const query of cases) {
      const { body } = await oai(t.app, query);
      expect(errorCodes(body), query).toContain('badArgument');
      expect(requestEcho(body)).toEqual({ '#text': 'http://localhost:3000/oai' });
    }
  });

  it('noSetHierarchy is never answered: the repository has sets, so ListSets always lists them', async () => {
    const { body } = await oai(t.app, 'verb=ListSets');
    expect(errorCodes(body)).toEqual([]);
  });

  it('serves the jpcoops schema', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/oai/jpcoops.xsd' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(response.body).toContain('targetNamespace="urn:jp-coops:schemas:toolkit-resource:1.0"');
    expect(response.body).toBe(await fs.readFile(path.join(schemasDir, 'jpcoops-resource.xsd'), 'utf8'));
  });

  it('ListSets pages more than 100 sets with a token', async () => {
    await insertResourcesAt(
      t.deps,
      Array.from({ length: 120 }, (_, index) => ({
        datestamp: '2025-04-01T00:00:00.000Z',
        overrides: { network: `Network ${String(index).padStart(3, '0')}` },
      })),
    );
    const first = await oai(t.app, 'verb=ListSets');
    const token = first.body.ListSets?.resumptionToken;
    expect(first.body.ListSets?.set).toHaveLength(100);
    expect(token?.['@cursor']).toBe('0');
    const total = Number(token?.['@completeListSize']);
    expect(total).toBeGreaterThan(122);
    const second = await oai(
      t.app,
      `verb=ListSets&resumptionToken=${encodeURIComponent(token?.['#text'] ?? '')}`,
    );
    expect(second.body.ListSets?.set).toHaveLength(total - 100);
    expect(second.body.ListSets?.resumptionToken).toEqual({
      '@completeListSize': String(total),
      '@cursor': '100',
    });
    const specs = [...(first.body.ListSets?.set ?? []), ...(second.body.ListSets?.set ?? [])].map(
      (set) => set.setSpec[0],
    );
    expect(new Set(specs).size).toBe(total);
    expect(specs).toContain('network:Network~20119');
  });

  it('a response that breaks the schema is caught by the validation (the check can fail)', async () => {
    const { xml } = await oai(t.app, `verb=GetRecord&identifier=${identifier(live)}&metadataPrefix=oai_dc`);
    const broken = xml.replace('<dc:rights>', '<dc:licence>').replace('</dc:rights>', '</dc:licence>');
    expect((await xmllint(broken)).valid).toBe(false);
    expect((await xmllint(xml.replace('<responseDate>', '<responseDate>x'))).valid).toBe(false);
  });
});
