/**
 * `npm run bench:catalogue` (issue 4, point 7): the catalogue at scale.
 *
 * Creates a temporary database migrated to latest, generates BENCH_COURSES courses (default 100,000)
 * with two sessions each and varied text in the seven interface languages, indexes them with the
 * module's own `indexCourse`, then times 20 representative queries against
 *   (a) `listCourses`, the service behind `GET /api/v1/courses`, and
 *   (b) the bare index query `search.search(...)` with the same text, kinds and facets,
 * printing p50/p95 per query and overall, and the ratio service / bare.
 *
 * BENCH_DATABASE_URL: run on PostgreSQL instead, in a fresh schema dropped afterwards.
 * BENCH_COURSES, BENCH_RUNS (default 30), BENCH_WARMUP (default 3), BENCH_SEED (default 42),
 * BENCH_QUERY_BUDGET_MS (default 15000: a query stops repeating once it has used that much time),
 * BENCH_KEEP=1 keeps the SQLite folder (its path is printed) for an HTTP run against dist/server.js;
 * BENCH_DATA_DIR=<that folder> times the queries again on it without seeding.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/database.js';
import type { DatabaseHandle } from '../src/platform/db/database.js';
import { createTranslators, loadCatalog, locales, type Locale } from '../src/platform/i18n/index.js';
import { createSearchIndex, type SearchIndex } from '../src/platform/search/index.js';
import { courseFacets, indexCourse, type CourseFacet } from '../src/modules/catalogue/catalogue.search.js';
import { courseSearch, listCourses, type CourseListQuery } from '../src/modules/catalogue/catalogue.list.js';
import { courseFormats, courseLevels } from '../src/modules/catalogue/catalogue.table.js';
import type { Course, CourseSession, CourseTranslation } from '../src/modules/catalogue/course-reads.repo.js';
import { professions } from '../src/modules/accounts/index.js';
import { withBenchDatabase } from './bench-database.js';
import { benchSettings, compareServiceWithBare } from './harness.js';

const N = Number(process.env.BENCH_COURSES ?? 100_000);
const SEED = benchSettings.seed;
const BATCH = 1000;

// ---------------------------------------------------------------- deterministic generator

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
/** Zipf-like: early entries much more frequent than late ones. */
const pickSkewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 2.2)]!;
const pickSome = <T>(list: readonly T[], min: number, max: number): T[] => {
  const count = min + int(max - min + 1);
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
  return [...chosen];
};

// ---------------------------------------------------------------- vocabulary

interface Vocabulary {
  readonly common: readonly string[]; // filler, very frequent
  readonly terms: readonly string[]; // domain terms, skewed
  readonly topics: Readonly<Record<string, readonly string[]>>;
  readonly titleStarts: readonly string[];
  readonly rare: readonly string[]; // appear in ~0.05 % of texts
}

const topicCodes = ['radicalisation', 'digital-forensics', 'mediation', 'data-protection', 'psychology'];

const vocabulary: Record<Locale, Vocabulary> = {
  en: {
    common: [
      'the',
      'and',
      'of',
      'for',
      'in',
      'with',
      'judicial',
      'training',
      'course',
      'practice',
      'european',
      'law',
    ],
    terms: [
      'cooperation',
      'cross-border',
      'evidence',
      'victims',
      'detention',
      'prison',
      'probation',
      'framework',
      'decision',
      'warrant',
      'mutual',
      'recognition',
      'procedure',
      'rights',
      'court',
      'hearing',
      'case',
      'judgment',
      'sentencing',
      'rehabilitation',
      'minors',
      'interview',
      'workshop',
      'seminar',
      'exchange',
    ],
    topics: {
      radicalisation: ['radicalisation', 'extremism', 'terrorism', 'violent', 'disengagement', 'propaganda'],
      'digital-forensics': ['digital', 'forensics', 'electronic', 'cybercrime', 'encryption', 'metadata'],
      mediation: ['mediation', 'restorative', 'dialogue', 'conflict', 'reconciliation', 'negotiation'],
      'data-protection': ['data', 'protection', 'privacy', 'gdpr', 'personal', 'consent'],
      psychology: ['psychology', 'trauma', 'cognitive', 'behaviour', 'assessment', 'stress'],
    },
    titleStarts: ['Introduction to', 'Advanced', 'Practical', 'Workshop on', 'Handling', 'Understanding'],
    rare: ['cryptocurrency', 'steganography', 'hawala', 'deepfake'],
  },
  fr: {
    common: [
      'le',
      'la',
      'les',
      'et',
      'de',
      'des',
      'pour',
      'dans',
      'judiciaire',
      'formation',
      'cours',
      'droit',
    ],
    terms: [
      'coopération',
      'transfrontalière',
      'preuve',
      'victimes',
      'détention',
      'prison',
      'probation',
      'décision-cadre',
      'mandat',
      'reconnaissance',
      'mutuelle',
      'procédure',
      'droits',
      'tribunal',
      'audience',
      'affaire',
      'jugement',
      'peine',
      'réinsertion',
      'mineurs',
      'entretien',
      'atelier',
      'séminaire',
      'échange',
      'européenne',
    ],
    topics: {
      radicalisation: [
        'radicalisation',
        'extrémisme',
        'terrorisme',
        'violent',
        'désengagement',
        'propagande',
      ],
      'digital-forensics': [
        'numérique',
        'criminalistique',
        'électronique',
        'cybercriminalité',
        'chiffrement',
        'métadonnées',
      ],
      mediation: ['médiation', 'réparatrice', 'dialogue', 'conflit', 'réconciliation', 'négociation'],
      'data-protection': ['données', 'protection', 'vie', 'privée', 'rgpd', 'consentement'],
      psychology: ['psychologie', 'traumatisme', 'cognitif', 'comportement', 'évaluation', 'stress'],
    },
    titleStarts: ['Introduction à', 'Approfondissement', 'Pratique de', 'Atelier sur', 'Gérer', 'Comprendre'],
    rare: ['cryptomonnaie', 'stéganographie', 'hawala', 'hypertrucage'],
  },
  de: {
    common: [
      'der',
      'die',
      'das',
      'und',
      'für',
      'mit',
      'im',
      'justiz',
      'fortbildung',
      'kurs',
      'praxis',
      'recht',
    ],
    terms: [
      'zusammenarbeit',
      'grenzüberschreitend',
      'beweis',
      'opfer',
      'haft',
      'gefängnis',
      'bewährung',
      'rahmenbeschluss',
      'haftbefehl',
      'gegenseitige',
      'anerkennung',
      'verfahren',
      'rechte',
      'gericht',
      'verhandlung',
      'fall',
      'urteil',
      'strafzumessung',
      'resozialisierung',
      'jugendliche',
      'vernehmung',
      'werkstatt',
      'seminar',
      'austausch',
      'europäische',
    ],
    topics: {
      radicalisation: ['radikalisierung', 'extremismus', 'terrorismus', 'gewalt', 'ausstieg', 'propaganda'],
      'digital-forensics': [
        'digitale',
        'forensik',
        'elektronische',
        'cyberkriminalität',
        'verschlüsselung',
        'metadaten',
      ],
      mediation: [
        'mediation',
        'täter-opfer-ausgleich',
        'dialog',
        'konflikt',
        'versöhnung',
        'verhandlungsführung',
      ],
      'data-protection': [
        'datenschutz',
        'daten',
        'privatsphäre',
        'dsgvo',
        'personenbezogene',
        'einwilligung',
      ],
      psychology: ['psychologie', 'trauma', 'kognitive', 'verhalten', 'begutachtung', 'stress'],
    },
    titleStarts: ['Einführung in', 'Vertiefung', 'Praxis der', 'Workshop zu', 'Umgang mit', 'Verstehen'],
    rare: ['kryptowährung', 'steganographie', 'hawala', 'deepfake'],
  },
  it: {
    common: [
      'il',
      'la',
      'e',
      'di',
      'per',
      'nel',
      'con',
      'giudiziaria',
      'formazione',
      'corso',
      'pratica',
      'diritto',
    ],
    terms: [
      'cooperazione',
      'transfrontaliera',
      'prova',
      'vittime',
      'detenzione',
      'carcere',
      'probation',
      'decisione',
      'quadro',
      'mandato',
      'reciproco',
      'riconoscimento',
      'procedura',
      'diritti',
      'tribunale',
      'udienza',
      'causa',
      'sentenza',
      'pena',
      'reinserimento',
      'minori',
      'audizione',
      'laboratorio',
      'seminario',
      'europea',
    ],
    topics: {
      radicalisation: [
        'radicalizzazione',
        'estremismo',
        'terrorismo',
        'violento',
        'disimpegno',
        'propaganda',
      ],
      'digital-forensics': ['digitale', 'informatica', 'forense', 'cybercrime', 'crittografia', 'metadati'],
      mediation: ['mediazione', 'riparativa', 'dialogo', 'conflitto', 'riconciliazione', 'negoziazione'],
      'data-protection': ['dati', 'protezione', 'riservatezza', 'gdpr', 'personali', 'consenso'],
      psychology: ['psicologia', 'trauma', 'cognitivo', 'comportamento', 'valutazione', 'stress'],
    },
    titleStarts: [
      'Introduzione a',
      'Approfondimento su',
      'Pratica della',
      'Laboratorio su',
      'Gestire',
      'Capire',
    ],
    rare: ['criptovaluta', 'steganografia', 'hawala', 'deepfake'],
  },
  es: {
    common: ['el', 'la', 'los', 'y', 'de', 'para', 'en', 'con', 'judicial', 'formación', 'curso', 'derecho'],
    terms: [
      'cooperación',
      'transfronteriza',
      'prueba',
      'víctimas',
      'detención',
      'prisión',
      'libertad',
      'vigilada',
      'decisión',
      'marco',
      'orden',
      'reconocimiento',
      'mutuo',
      'procedimiento',
      'derechos',
      'tribunal',
      'vista',
      'asunto',
      'sentencia',
      'pena',
      'reinserción',
      'menores',
      'entrevista',
      'taller',
      'europea',
    ],
    topics: {
      radicalisation: [
        'radicalización',
        'extremismo',
        'terrorismo',
        'violento',
        'desvinculación',
        'propaganda',
      ],
      'digital-forensics': ['digital', 'forense', 'electrónica', 'ciberdelincuencia', 'cifrado', 'metadatos'],
      mediation: ['mediación', 'restaurativa', 'diálogo', 'conflicto', 'reconciliación', 'negociación'],
      'data-protection': ['datos', 'protección', 'privacidad', 'rgpd', 'personales', 'consentimiento'],
      psychology: ['psicología', 'trauma', 'cognitivo', 'conducta', 'evaluación', 'estrés'],
    },
    titleStarts: [
      'Introducción a',
      'Curso avanzado de',
      'Práctica de',
      'Taller sobre',
      'Gestionar',
      'Comprender',
    ],
    rare: ['criptomoneda', 'esteganografía', 'hawala', 'ultrafalso'],
  },
  pt: {
    common: ['o', 'a', 'os', 'e', 'de', 'para', 'em', 'com', 'judiciária', 'formação', 'curso', 'direito'],
    terms: [
      'cooperação',
      'transfronteiriça',
      'prova',
      'vítimas',
      'detenção',
      'prisão',
      'liberdade',
      'condicional',
      'decisão-quadro',
      'mandado',
      'reconhecimento',
      'mútuo',
      'processo',
      'direitos',
      'tribunal',
      'audiência',
      'caso',
      'sentença',
      'pena',
      'reinserção',
      'menores',
      'inquirição',
      'oficina',
      'seminário',
      'europeia',
    ],
    topics: {
      radicalisation: [
        'radicalização',
        'extremismo',
        'terrorismo',
        'violento',
        'desvinculação',
        'propaganda',
      ],
      'digital-forensics': ['digital', 'forense', 'eletrónica', 'cibercrime', 'cifragem', 'metadados'],
      mediation: ['mediação', 'restaurativa', 'diálogo', 'conflito', 'reconciliação', 'negociação'],
      'data-protection': ['dados', 'proteção', 'privacidade', 'rgpd', 'pessoais', 'consentimento'],
      psychology: ['psicologia', 'trauma', 'cognitivo', 'comportamento', 'avaliação', 'stresse'],
    },
    titleStarts: ['Introdução a', 'Aprofundamento em', 'Prática de', 'Oficina sobre', 'Gerir', 'Compreender'],
    rare: ['criptomoeda', 'esteganografia', 'hawala', 'deepfake'],
  },
  ro: {
    common: [
      'și',
      'de',
      'în',
      'pentru',
      'cu',
      'la',
      'al',
      'judiciară',
      'formare',
      'curs',
      'practică',
      'drept',
    ],
    terms: [
      'cooperare',
      'transfrontalieră',
      'probă',
      'victime',
      'detenție',
      'penitenciar',
      'probațiune',
      'decizie-cadru',
      'mandat',
      'recunoaștere',
      'reciprocă',
      'procedură',
      'drepturi',
      'instanță',
      'ședință',
      'cauză',
      'hotărâre',
      'pedeapsă',
      'reintegrare',
      'minori',
      'audiere',
      'atelier',
      'seminar',
      'schimb',
      'europeană',
    ],
    topics: {
      radicalisation: ['radicalizare', 'extremism', 'terorism', 'violent', 'dezangajare', 'propagandă'],
      'digital-forensics': [
        'digitală',
        'criminalistică',
        'electronică',
        'criminalitate',
        'criptare',
        'metadate',
      ],
      mediation: ['mediere', 'restaurativă', 'dialog', 'conflict', 'reconciliere', 'negociere'],
      'data-protection': ['date', 'protecția', 'confidențialitate', 'gdpr', 'personale', 'consimțământ'],
      psychology: ['psihologie', 'traumă', 'cognitiv', 'comportament', 'evaluare', 'stres'],
    },
    titleStarts: [
      'Introducere în',
      'Aprofundare',
      'Practica',
      'Atelier despre',
      'Gestionarea',
      'Înțelegerea',
    ],
    rare: ['criptomonedă', 'steganografie', 'hawala', 'deepfake'],
  },
};

function sentence(v: Vocabulary, topics: readonly string[], words: number): string {
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
}

function paragraph(v: Vocabulary, topics: readonly string[], sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(v, topics, 8 + int(10))).join(' ');
}

// ---------------------------------------------------------------- data

const instruments = [
  '32008F0909',
  '32008F0947',
  '32009F0829',
  '32002F0584',
  '32016R0679',
  '32016L0680',
  '32012L0029',
  '32014L0041',
  '32010L0064',
  '32013L0048',
  '32016L0800',
  '32017L0541',
];
const timeZones: Record<string, string> = {
  IT: 'Europe/Rome',
  FR: 'Europe/Paris',
  DE: 'Europe/Berlin',
  ES: 'Europe/Madrid',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  EL: 'Europe/Athens',
  BE: 'Europe/Brussels',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  AT: 'Europe/Vienna',
  IE: 'Europe/Dublin',
};
const countries = Object.keys(timeZones);
const providerCount = 40;
const providers = Array.from({ length: providerCount }, (_, i) => ({
  id: `bench-provider-${String(i + 1).padStart(2, '0')}`,
  name: `${pick(['National School', 'Judicial Academy', 'Training Centre', 'Institute'])} ${i + 1} ${pick(countries)}`,
}));

function makeCourse(index: number): Course {
  const id = `bench-course-${String(index).padStart(7, '0')}`;
  const provider = pickSkewed(providers);
  const sourceLanguage = pickSkewed(locales);
  const otherLanguages = locales.filter((l) => l !== sourceLanguage);
  const translatedLanguages = [sourceLanguage, ...pickSome(otherLanguages, 0, 2)];
  const topics = pickSome(topicCodes, 1, 2);
  const translations: CourseTranslation[] = translatedLanguages.map((language) => {
    const v = vocabulary[language];
    return {
      language,
      title: `${pick(v.titleStarts)} ${pick(v.topics[topics[0]!]!)} ${pickSkewed(v.terms)} ${pickSkewed(v.terms)}`,
      summary: sentence(v, topics, 12 + int(10)),
      description: paragraph(v, topics, 3 + int(4)),
      learningOutcomes: paragraph(v, topics, 1 + int(2)),
      prerequisites: sentence(v, topics, 4 + int(6)),
    };
  });
  const updatedAt = new Date(Date.UTC(2025, 0, 1) + int(700 * 86_400) * 1000).toISOString();
  const format = pick(courseFormats);
  const sessions: CourseSession[] = [0, 1].map((n) => {
    const online = format === 'online' || format === 'self-paced';
    const country = online ? null : pickSkewed(countries);
    const start = Date.UTC(2026, 0, 1) + int(900) * 86_400_000 + 8 * 3_600_000;
    return {
      id: `${id}-s${n}`,
      courseId: id,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + (1 + int(3)) * 86_400_000).toISOString(),
      timeZone: country ? timeZones[country]! : 'Europe/Brussels',
      venue: country ? 'Palace of Justice' : null,
      city: country ? `City ${int(50)}` : null,
      country,
      onlineUrl: online ? 'https://training.example.org/room' : null,
      language: pick(translatedLanguages),
      capacity: 20 + int(60),
      quotas: [],
      applicationDeadline: null,
      selectionDeadline: null,
      trainers: [],
      status: random() < 0.05 ? 'cancelled' : 'open',
    };
  });
  const hasCredits = random() < 0.3;
  return {
    id,
    providerId: provider.id,
    providerName: provider.name,
    slug: id,
    externalId: null,
    sourceLanguage,
    format,
    level: pick(courseLevels),
    hours: 4 + int(40),
    fee: random() < 0.7 ? null : { amount: 50 + int(500), currency: 'EUR' },
    status: 'published',
    isDemo: false,
    completionMinAttendancePercent: 80,
    assessmentRequired: false,
    publishedAt: updatedAt,
    createdAt: updatedAt,
    updatedAt,
    translations,
    topics,
    professions: pickSome(professions, 1, 3),
    instruments: pickSome(instruments, 0, 3),
    languages: [...new Set([sourceLanguage, ...pickSome(translatedLanguages, 0, 1)])],
    credits: hasCredits
      ? [{ system: pick(['ECTS', 'UFC'] as const), amount: 1 + int(5), awardingBody: provider.name }]
      : [],
    sessions,
  };
}

// ---------------------------------------------------------------- database

type Db = Kysely<Database>;

async function insertChunked<T>(db: Db, table: keyof Database, rows: T[], columns: number): Promise<void> {
  // Under SQLite's default 32,766 and PostgreSQL's 65,535 bound parameters.
  const chunk = Math.max(1, Math.floor(30_000 / columns));
  for (let start = 0; start < rows.length; start += chunk) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + chunk))
      .execute();
  }
}

async function insertCourses(db: Db, courses: Course[]): Promise<void> {
  await insertChunked(
    db,
    'course',
    courses.map((c) => ({
      id: c.id,
      provider_id: c.providerId,
      slug: c.slug,
      external_id: null,
      source_language: c.sourceLanguage,
      format: c.format,
      level: c.level,
      hours: c.hours,
      fee_amount: c.fee?.amount ?? null,
      fee_currency: c.fee?.currency ?? null,
      status: c.status,
      is_demo: 0,
      published_at: c.publishedAt,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    })),
    15,
  );
  await insertChunked(
    db,
    'course_translation',
    courses.flatMap((c) =>
      c.translations.map((t) => ({
        course_id: c.id,
        language: t.language,
        title: t.title,
        summary: t.summary,
        description: t.description,
        learning_outcomes: t.learningOutcomes,
        prerequisites: t.prerequisites,
      })),
    ),
    7,
  );
  await insertChunked(
    db,
    'course_topic',
    courses.flatMap((c) => c.topics.map((topic_code) => ({ course_id: c.id, topic_code }))),
    2,
  );
  await insertChunked(
    db,
    'course_profession',
    courses.flatMap((c) => c.professions.map((profession) => ({ course_id: c.id, profession }))),
    2,
  );
  await insertChunked(
    db,
    'course_instrument',
    courses.flatMap((c) => c.instruments.map((celex) => ({ course_id: c.id, celex }))),
    2,
  );
  await insertChunked(
    db,
    'course_language',
    courses.flatMap((c) => c.languages.map((language) => ({ course_id: c.id, language }))),
    2,
  );
  await insertChunked(
    db,
    'course_credit',
    courses.flatMap((c) =>
      c.credits.map((cr, position) => ({
        course_id: c.id,
        position,
        system: cr.system,
        amount: cr.amount,
        awarding_body: cr.awardingBody,
      })),
    ),
    5,
  );
  await insertChunked(
    db,
    'course_session',
    courses.flatMap((c) =>
      c.sessions.map((s) => ({
        id: s.id,
        course_id: c.id,
        starts_at: s.startsAt,
        ends_at: s.endsAt,
        time_zone: s.timeZone,
        venue: s.venue,
        city: s.city,
        country: s.country,
        online_url: s.onlineUrl,
        language: s.language,
        capacity: s.capacity,
        application_deadline: null,
        selection_deadline: null,
        status: s.status,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      })),
    ),
    16,
  );
}

async function seed(
  handle: DatabaseHandle,
  search: SearchIndex,
): Promise<{ insertMs: number; indexMs: number }> {
  const db = handle.db;
  await db
    .insertInto('organisation')
    .values(
      providers.map((p, i) => ({
        id: p.id,
        slug: p.id,
        name: p.name,
        type: 'judicial-school',
        country: countries[i % countries.length]!,
        is_provider: 1,
      })),
    )
    .execute();
  let insertMs = 0;
  let indexMs = 0;
  const started = performance.now();
  for (let start = 0; start < N; start += BATCH) {
    const courses = Array.from({ length: Math.min(BATCH, N - start) }, (_, i) => makeCourse(start + i + 1));
    await db.transaction().execute(async (trx) => {
      const t0 = performance.now();
      await insertCourses(trx, courses);
      const t1 = performance.now();
      const index = search.withTransaction(trx);
      for (const course of courses) await indexCourse(index, course);
      const t2 = performance.now();
      insertMs += t1 - t0;
      indexMs += t2 - t1;
    });
    const done = start + courses.length;
    if (done % 10_000 === 0 || done === N) {
      const elapsed = (performance.now() - started) / 1000;
      process.stderr.write(
        `  ${done} courses, ${elapsed.toFixed(1)} s (insert ${(insertMs / 1000).toFixed(1)} s, index ${(indexMs / 1000).toFixed(1)} s)\n`,
      );
    }
  }
  await sql`analyze`.execute(db);
  return { insertMs, indexMs };
}

// ---------------------------------------------------------------- queries

interface BenchQuery {
  readonly name: string;
  readonly lang: Locale;
  readonly q: string;
  readonly filters?: Partial<Record<CourseFacet, string[]>>;
  readonly from?: string;
  readonly to?: string;
}

const queries: BenchQuery[] = [
  { name: 'one word', lang: 'en', q: 'mediation' },
  { name: 'one word (fr, accent)', lang: 'fr', q: 'médiation' },
  { name: 'one word folded (de)', lang: 'de', q: 'grenzuberschreitend' },
  { name: 'two words', lang: 'en', q: 'digital evidence' },
  { name: 'two words (it)', lang: 'it', q: 'cooperazione giudiziaria' },
  { name: 'phrase', lang: 'en', q: '"mutual recognition"' },
  { name: 'prefix', lang: 'en', q: 'radical*' },
  { name: 'short prefix', lang: 'es', q: 'pr*' },
  { name: 'rare word', lang: 'en', q: 'steganography' },
  { name: 'rare word (ro)', lang: 'ro', q: 'criptomonedă' },
  { name: 'very common word', lang: 'en', q: 'training' },
  { name: 'very common word (de)', lang: 'de', q: 'der' },
  {
    name: 'common + two facets',
    lang: 'en',
    q: 'judicial',
    filters: { topic: ['psychology'], country: ['IT'] },
  },
  {
    name: 'word + two facets',
    lang: 'fr',
    q: 'victimes',
    filters: { format: ['online'], profession: ['prosecutor'] },
  },
  { name: 'no match', lang: 'en', q: 'zzyzx' },
  { name: 'empty query', lang: 'en', q: '' },
  { name: 'empty + two facets', lang: 'en', q: '', filters: { topic: ['mediation'], language: ['it'] } },
  {
    name: 'empty + three facets',
    lang: 'pt',
    q: '',
    filters: { country: ['PT', 'ES'], format: ['face-to-face'], hasCredits: ['true'] },
  },
  { name: 'empty + date range', lang: 'en', q: '', from: '2027-03-01', to: '2027-03-31' },
  {
    name: 'word + provider + instrument',
    lang: 'en',
    q: 'detention',
    filters: { provider: [providers[0]!.id], instrument: ['32008F0909'] },
  },
];

function listQuery(query: BenchQuery): CourseListQuery {
  const filters = Object.fromEntries(courseFacets.map((f) => [f, query.filters?.[f] ?? []])) as Record<
    CourseFacet,
    string[]
  >;
  return {
    q: query.q || undefined,
    filters,
    from: query.from,
    to: query.to,
    page: 1,
    pageSize: 20,
    lang: query.lang,
  };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const reused = process.env.BENCH_DATA_DIR;
  const options = {
    prefix: 'jpcoops-bench-catalogue-',
    dataDir: reused,
    keep: process.env.BENCH_KEEP === '1',
  };
  await withBenchDatabase(options, async ({ handle, dataDir, schema }) => {
    const writer = createSearchIndex(handle);
    console.log(
      `Catalogue benchmark on ${handle.dialect}${schema ? ` (schema ${schema})` : ` (${dataDir})`}: ${N} courses, ${2 * N} sessions, seed ${SEED}`,
    );
    const t0 = performance.now();
    const { insertMs, indexMs } = reused ? { insertMs: 0, indexMs: 0 } : await seed(handle, writer);
    const seedMs = performance.now() - t0;
    const docs = await handle.db
      .selectFrom('search_document')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const facetRows = await handle.db
      .selectFrom('search_facet')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    console.log(
      `${reused ? 'Reused' : 'Seeded'} in ${(seedMs / 1000).toFixed(1)} s (rows ${(insertMs / 1000).toFixed(1)} s, indexCourse ${(indexMs / 1000).toFixed(1)} s): ${Number(docs.n)} search documents, ${Number(facetRows.n)} facet rows`,
    );
    // As a process starting on this database would: read the filterable part into memory.
    const rssBefore = process.memoryUsage().rss;
    const warmStarted = performance.now();
    const search = createSearchIndex(handle);
    await search.warm();
    console.log(
      `In-memory view read in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s (resident memory +${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB)`,
    );

    const deps = { db: handle.db, search, translators: createTranslators(loadCatalog()) };
    const compared = queries.map((query) => {
      const listed = listQuery(query);
      // The bare index query the service makes: same text, kind, facets (incl. `serves`), ranges, order, counts.
      const bareQuery = courseSearch(listed);
      return {
        label: `${query.name} [${query.lang}] ${JSON.stringify(query.q)}`,
        service: () => listCourses(deps, listed),
        bare: () => search.search(bareQuery),
      };
    });
    const figures = await compareServiceWithBare(compared, handle.dialect);
    const ratio = figures.serviceP50 / figures.bareP50;
    const p95Ratio = figures.serviceP95 / figures.bareP95;
    console.log(`Goal service ≤ 2× bare — ${p95Ratio <= 2 && ratio <= 2 ? 'met' : 'NOT met'}.`);
  });
}

await main();
