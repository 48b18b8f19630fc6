import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.js';
import { createSearchIndex, type SearchIndex } from '../../../platform/search/index.js';
import { findResources, type Resource } from '../resource-reads.repo.js';
import { celexOf } from './clients/celex.js';
import { mappingRulesSchema } from './harvest-mapping.js';
import { runHarvest } from './harvest-runner.js';
import { loadSubjectVocabulary, resolveSubjects, type SubjectVocabulary } from './harvest-subjects.js';
import {
  fastRetries,
  listRecordsXml,
  seedSource,
  startServer,
  type LocalServer,
} from './harvest.test-kit.js';

const subjects = (...values: string[]) => values.map((value) => `<dc:subject>${value}</dc:subject>`).join('');
const noDefaults = mappingRulesSchema.parse({ type: 'handbook' });

describe('subjects of harvested records', { timeout: 60_000 }, () => {
  let database: TestDatabase;
  let search: SearchIndex;
  let server: LocalServer;
  let vocabulary: SubjectVocabulary;
  const files = new Map<string, { body: string; contentType: string }>();
  const harvest = async (path: string, kind: 'oai-pmh' | 'rss' | 'csv' | 'json' = 'oai-pmh') => {
    const sourceId = await seedSource(database.db, {
      url: `${server.url}${path}`,
      kind,
      mapping: noDefaults,
    });
    const run = await runHarvest(
      { db: database.db, search },
      { sourceId, trigger: 'cli', policy: fastRetries },
    );
    expect(run.status, run.error ?? JSON.stringify(run.failures)).toBe('completed');
    const rows = await database.db
      .selectFrom('toolkit_resource')
      .select('id')
      .where('source_id', '=', sourceId)
      .execute();
    const resources = await findResources(
      database.db,
      rows.map((row) => row.id),
    );
    return new Map(resources.map((resource) => [resource.sourceIdentifier, resource]));
  };
  const codesOf = (resource: Resource | undefined) => ({
    topics: [...(resource?.topics ?? [])].sort(),
    professions: [...(resource?.professions ?? [])].sort(),
    instruments: [...(resource?.instruments ?? [])].sort(),
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    search = createSearchIndex(database);
    vocabulary = await loadSubjectVocabulary(database.db);
    server = await startServer((url) => files.get(url.pathname) ?? { status: 404, body: 'no' });
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  it('reads topic codes and labels in any language, professions and CELEX numbers; ignores the rest', () => {
    expect(
      resolveSubjects(
        [
          'Médiation',
          'radicalizzazione ',
          'DATENSCHUTZ; Psychology of radicalisation',
          'digital-forensics',
          'Prosecutors',
          'Personale penitenziario',
          'CELEX:32014L0041',
          '32016l0680',
          'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32008F0909',
          'Counter-terrorism',
          'Other',
          '2014/41/EU',
        ],
        vocabulary,
      ),
    ).toEqual({
      topics: ['mediation', 'radicalisation', 'data-protection', 'psychology', 'digital-forensics'],
      professions: ['prosecutor', 'prison-staff'],
      instruments: ['32014L0041', '32016L0680', '32008F0909'],
    });
    expect(resolveSubjects(['Terrorism', 'Prisons'], vocabulary)).toEqual({
      topics: [],
      professions: [],
      instruments: [],
    });
    expect(celexOf('CELEX:02014L0041')).toBeUndefined();
    expect(celexOf('see 32014L0041 and more')).toBeUndefined();
  });

  it('maps oai_dc subjects in several languages to topics, professions and instruments, found by facet', async () => {
    files.set('/oai', {
      contentType: 'text/xml',
      body: listRecordsXml(
        [
          {
            identifier: 'subjects:fr',
            title: 'Guide de la médiation pénale',
            language: 'fr',
            extra: subjects('Médiation', 'Procureur', 'Justice pénale'),
          },
          {
            identifier: 'subjects:it',
            title: 'Manuale sulla radicalizzazione in carcere',
            language: 'it',
            extra:
              subjects('Radicalizzazione', 'Personale penitenziario', 'CELEX:32008F0909') +
              '<dc:relation>https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014L0041</dc:relation>',
          },
          {
            identifier: 'subjects:de',
            title: 'Datenschutz in der Zusammenarbeit',
            language: 'de',
            extra: subjects('Datenschutz', '32016L0680', 'Polizei'),
          },
          { identifier: 'subjects:none', title: 'Nothing of ours', extra: subjects('Football', 'Music') },
        ],
        null,
      ),
    });
    const resources = await harvest('/oai');
    expect(codesOf(resources.get('subjects:fr'))).toEqual({
      topics: ['mediation'],
      professions: ['prosecutor'],
      instruments: [],
    });
    expect(codesOf(resources.get('subjects:it'))).toEqual({
      topics: ['radicalisation'],
      professions: ['prison-staff'],
      instruments: ['32008F0909', '32014L0041'],
    });
    expect(codesOf(resources.get('subjects:de'))).toEqual({
      topics: ['data-protection'],
      professions: [],
      instruments: ['32016L0680'],
    });
    expect(codesOf(resources.get('subjects:none'))).toEqual({ topics: [], professions: [], instruments: [] });

    const titlesFound = async (facets: Record<string, string[]>) => {
      const found = await search.search({ kinds: ['toolkit-resource'], text: '', facets, limit: 100 });
      return found.hits.map((hit) => hit.title).sort();
    };
    expect(await titlesFound({ topic: ['mediation'] })).toEqual(['Guide de la médiation pénale']);
    expect(await titlesFound({ instrument: ['32008F0909'] })).toEqual([
      'Manuale sulla radicalizzazione in carcere',
    ]);
    expect(await titlesFound({ topic: ['data-protection'], instrument: ['32016L0680'] })).toEqual([
      'Datenschutz in der Zusammenarbeit',
    ]);
    expect(await titlesFound({ profession: ['prison-staff'] })).toEqual([
      'Manuale sulla radicalizzazione in carcere',
    ]);
  });

  it('reads feed categories and the subjects and keywords of CSV and JSON files', async () => {
    files.set('/feed', {
      contentType: 'application/rss+xml',
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>EJTN</title><language>es</language><item><guid>rss:1</guid><title>Mediación penal</title><link>https://rss.example.org/1</link><category>Mediación</category><category>Jueces</category><category>Juez</category></item></channel></rss>`,
    });
    files.set('/list.csv', {
      contentType: 'text/csv',
      body: [
        'identifier,title,language,url,subjects,keywords',
        'csv:1,Protecția datelor,ro,https://csv.example.org/1,Protecția datelor;Procuror,CELEX:32016L0680',
      ].join('\n'),
    });
    files.set('/list.json', {
      contentType: 'application/json',
      body: JSON.stringify({
        records: [
          {
            identifier: 'json:1',
            title: { pt: 'Psicologia da radicalização' },
            url: 'https://json.example.org/1',
            keywords: ['Psicologia da radicalização', 'Pessoal prisional', 'Desporto'],
          },
        ],
      }),
    });
    expect(codesOf((await harvest('/feed', 'rss')).get('rss:1'))).toEqual({
      topics: ['mediation'],
      professions: ['judge'],
      instruments: [],
    });
    expect(codesOf((await harvest('/list.csv', 'csv')).get('csv:1'))).toEqual({
      topics: ['data-protection'],
      professions: ['prosecutor'],
      instruments: ['32016L0680'],
    });
    expect(codesOf((await harvest('/list.json', 'json')).get('json:1'))).toEqual({
      topics: ['psychology'],
      professions: ['prison-staff'],
      instruments: [],
    });
  });
});
