/**
 * Generated toolkit resources for the search benchmark, written in bulk (multi-row inserts in
 * transactions of 1,000 resources) and indexed with the module's own `indexResources`, a batch at a time.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../src/database.js';
import type { SearchIndex } from '../src/platform/search/index.js';
import { professions } from '../src/modules/accounts/index.js';
import type { Resource } from '../src/modules/toolkit/resource-reads.repo.js';
import { workKeyOf } from '../src/modules/toolkit/resource-writes.repo.js';
import { indexResources } from '../src/modules/toolkit/toolkit.search.js';
import { evidenceLabels, resourceTypes } from '../src/modules/toolkit/toolkit.table.js';
import { topicCodes, vocabulary, type BenchLanguage, type Vocabulary } from './toolkit-vocabulary.js';

type Db = Kysely<Database>;
const BATCH = 1000;
const languages: BenchLanguage[] = ['en', 'it', 'fr', 'de', 'es', 'pt', 'ro'];
const networks = ['RAN', 'EJTN', 'CEPOL', 'CoE', 'EuroPris', 'JP-COOPS', 'J-SAFE', 'MINDb4ACT'];
const countries = ['IT', 'RO', 'ES', 'PT', 'FR', 'DE', 'AT', 'BE', 'NL', 'EL', 'MT', 'PL', 'SE', 'DK', 'HU'];
const instruments = [
  '32002F0584',
  '32014L0041',
  '32008F0909',
  '32008F0947',
  '32017L0541',
  '32016L0680',
  '32012L0029',
];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generator(seed: number) {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  // Real collections are skewed: a few networks, languages and terms dominate.
  const pickSkewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 2.2)]!;
  const pickSome = <T>(list: readonly T[], min: number, max: number): T[] => {
    const chosen = new Set<T>();
    const count = min + int(max - min + 1);
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  const sentence = (v: Vocabulary, topics: readonly string[], words: number) => {
    const out: string[] = [];
    for (let i = 0; i < words; i += 1) {
      const r = random();
      if (r < 0.35) out.push(pick(v.common));
      else if (r < 0.7) out.push(pickSkewed(v.terms));
      else if (r < 0.9995) out.push(pick(v.topics[pick(topics)]!));
      else out.push(pick(v.rare));
    }
    const text = out.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };

  return (index: number): Resource => {
    const id = `bench-resource-${String(index).padStart(7, '0')}`;
    const sourceLanguage = pickSkewed(languages);
    const textLanguages = [
      sourceLanguage,
      ...pickSome(
        languages.filter((l) => l !== sourceLanguage),
        0,
        2,
      ),
    ];
    const topics = pickSome(topicCodes, 1, 2);
    const texts = textLanguages.map((language) => {
      const v = vocabulary[language];
      return {
        language,
        title: `${pick(v.titleStarts)} ${pick(v.topics[topics[0]!]!)} ${pickSkewed(v.terms)} ${pickSkewed(v.terms)}`,
        summary: Array.from({ length: 2 + int(4) }, () => sentence(v, topics, 8 + int(12))).join(' '),
      };
    });
    const datestamp = new Date(Date.UTC(2024, 0, 1) + int(700 * 86_400) * 1000).toISOString();
    const network = pickSkewed(networks);
    return {
      id,
      status: 'published',
      sourceId: null,
      sourceIdentifier: null,
      organisationId: null,
      submittedByUserId: null,
      version: 1,
      contentHash: null,
      workKey: null,
      datestamp,
      deletedAt: null,
      createdAt: datestamp,
      updatedAt: datestamp,
      type: pickSkewed(resourceTypes),
      sourceLanguage,
      texts,
      topics,
      professions: pickSome(professions, 1, 3),
      languages: textLanguages,
      countries: pickSome(countries, 0, 3),
      instruments: pickSome(instruments, 0, 2),
      network,
      originalUrl: `https://${network.toLowerCase()}.example.org/resources/${index}`,
      doi: null,
      organisationName: `${network} working group ${1 + int(12)}`,
      contact: null,
      publishedOn: `${2010 + int(16)}-${String(1 + int(12)).padStart(2, '0')}`,
      licence: random() < 0.6 ? 'CC BY 4.0' : null,
      evidence: random() < 0.5 ? null : pick(evidenceLabels),
      evaluation: null,
      transferability: null,
    };
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of several tables, checked by the database
async function insertChunked(db: Db, table: keyof Database, rows: any[], columns: number): Promise<void> {
  // Under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
  const chunk = Math.max(1, Math.floor(30_000 / columns));
  for (let start = 0; start < rows.length; start += chunk) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + chunk))
      .execute();
  }
}

const codeTables = [
  ['toolkit_resource_topic', 'topic_code', (r: Resource) => r.topics],
  ['toolkit_resource_profession', 'profession', (r: Resource) => r.professions],
  ['toolkit_resource_language', 'language', (r: Resource) => r.languages],
  ['toolkit_resource_country', 'country', (r: Resource) => r.countries],
  ['toolkit_resource_instrument', 'celex', (r: Resource) => r.instruments],
] as const;

async function insertResources(db: Db, resources: readonly Resource[]): Promise<void> {
  await insertChunked(
    db,
    'toolkit_resource',
    resources.map((r) => ({
      id: r.id,
      network: r.network,
      type: r.type,
      source_language: r.sourceLanguage,
      original_url: r.originalUrl,
      organisation_name: r.organisationName,
      published_on: r.publishedOn,
      licence: r.licence,
      evidence: r.evidence,
      status: r.status,
      version: r.version,
      work_key: workKeyOf(r),
      datestamp: r.datestamp,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
    })),
    15,
  );
  await insertChunked(
    db,
    'toolkit_resource_translation',
    resources.flatMap((r) => r.texts.map((text) => ({ resource_id: r.id, ...text }))),
    4,
  );
  for (const [table, column, codesOf] of codeTables) {
    const rows = resources.flatMap((r) => codesOf(r).map((code) => ({ resource_id: r.id, [column]: code })));
    await insertChunked(db, table, rows, 2);
  }
}

export async function seedBenchResources(
  db: Db,
  search: SearchIndex,
  count: number,
  seed: number,
): Promise<{ insertMs: number; indexMs: number }> {
  const make = generator(seed);
  let insertMs = 0;
  let indexMs = 0;
  const started = performance.now();
  for (let start = 0; start < count; start += BATCH) {
    const resources = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => make(start + i + 1));
    await db.transaction().execute(async (trx) => {
      const t0 = performance.now();
      await insertResources(trx, resources);
      const t1 = performance.now();
      const index = search.withTransaction(trx);
      await indexResources(index, resources, new Map());
      insertMs += t1 - t0;
      indexMs += performance.now() - t1;
    });
    const done = start + resources.length;
    if (done % 10_000 === 0 || done === count) {
      process.stderr.write(
        `  ${done} resources, ${((performance.now() - started) / 1000).toFixed(1)} s (insert ${(insertMs / 1000).toFixed(1)} s, index ${(indexMs / 1000).toFixed(1)} s)\n`,
      );
    }
  }
  return { insertMs, indexMs };
}
