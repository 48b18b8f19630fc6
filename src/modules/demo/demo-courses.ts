/**
 * The demo courses of the joint training catalogue. Invented for demonstration: every course is
 * stored with `is_demo = 1` and shown as demo content; none of it announces a real training event.
 * Sessions are placed relative to the seeding date (`startInDays`), so the calendar always looks current.
 */
import type {
  CourseFormat,
  CourseLevel,
  CourseStatus,
  CreditSystem,
  SessionStatus,
} from '../catalogue/catalogue.table.js';

export type DemoProvider = 'jp-coops' | 'j-safe' | 'mindb4act' | 'ejtn' | 'cepol';
export type DemoTopic =
  'radicalisation' | 'digital-forensics' | 'mediation' | 'data-protection' | 'psychology';
export type DemoProfession =
  | 'judge'
  | 'investigating-judge'
  | 'juvenile-judge'
  | 'prosecutor'
  | 'juvenile-prosecutor'
  | 'lawyer'
  | 'court-staff'
  | 'surveillance-judge'
  | 'prison-staff'
  | 'prison-director'
  | 'probation-officer'
  | 'police-officer'
  | 'trainer'
  | 'researcher'
  | 'other';
export type DemoLanguage = 'en' | 'it' | 'fr' | 'de' | 'es' | 'pt' | 'ro' | 'el' | 'nl' | 'pl' | 'hu';

export interface DemoTranslation {
  readonly language: DemoLanguage;
  readonly title: string;
  readonly summary: string;
  readonly description?: string;
  readonly learningOutcomes?: string;
  readonly prerequisites?: string;
}

export interface DemoSession {
  /** Days after the seeding date (negative: in the past). */
  readonly startInDays: number;
  readonly days: number;
  /** Null for an online session. */
  readonly country: string | null;
  readonly city?: string;
  readonly venue?: string;
  readonly language: DemoLanguage;
  readonly capacity: number;
  readonly quotas?: readonly { country: string; places: number }[];
  readonly status?: SessionStatus;
}

export interface DemoCourse {
  readonly slug: string;
  readonly provider: DemoProvider;
  readonly format: CourseFormat;
  readonly level: CourseLevel;
  readonly hours: number;
  readonly fee?: { amount: number; currency: string };
  readonly status: Exclude<CourseStatus, 'draft'>;
  readonly topics: readonly DemoTopic[];
  readonly professions: readonly DemoProfession[];
  /** CELEX numbers from data/instruments.json. */
  readonly instruments: readonly string[];
  readonly languages: readonly DemoLanguage[];
  readonly credits?: readonly { system: CreditSystem; amount: number; awardingBody: string }[];
  /** The first translation is the source language. */
  readonly translations: readonly DemoTranslation[];
  readonly sessions: readonly DemoSession[];
}

const SSM = 'Scuola Superiore della Magistratura';
const UM = 'University of Malta';
const ELI = 'European Law Institute';
const STOCKHOLM = ['32010L0064', '32012L0013', '32013L0048', '32016L0343', '32016L0800', '32016L1919'];

export const demoCourses: readonly DemoCourse[] = [
  {
    slug: 'radicalisation-key-concepts-judges-prosecutors',
    provider: 'jp-coops',
    format: 'face-to-face',
    level: 'continuing',
    hours: 16,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['judge', 'prosecutor', 'investigating-judge'],
    instruments: ['32017L0541'],
    languages: ['en', 'it'],
    credits: [{ system: 'UFC', amount: 2, awardingBody: SSM }],
    translations: [
      {
        language: 'en',
        title:
          'Radicalisation towards terrorism: key concepts and legal framework for judges and prosecutors',
        summary:
          'Two-day course on the concepts of radicalisation and violent extremism, the Directive on combating terrorism and its national transposition.',
        description:
          'The course opens the JP-COOPS training programme. Participants work through **key concepts**, the EU and national legislative framework, push and pull factors, and the risk-assessment instruments used across Member States, using anonymised case files.',
        learningOutcomes:
          'Distinguish radicalisation, violent extremism and terrorism; apply Directive (EU) 2017/541 to case scenarios; identify the main risk-assessment instruments.',
        prerequisites: 'Practising judge or prosecutor.',
      },
      {
        language: 'it',
        title:
          'Radicalizzazione verso il terrorismo: concetti chiave e quadro giuridico per magistrati giudicanti e requirenti',
        summary:
          'Corso di due giorni sui concetti di radicalizzazione ed estremismo violento, sulla direttiva sulla lotta contro il terrorismo e sul suo recepimento nazionale.',
      },
      {
        language: 'fr',
        title:
          'La radicalisation menant au terrorisme : notions clés et cadre juridique pour les juges et les procureurs',
        summary:
          'Formation de deux jours sur les notions de radicalisation et d’extrémisme violent, la directive relative à la lutte contre le terrorisme et sa transposition nationale.',
      },
    ],
    sessions: [
      {
        startInDays: 45,
        days: 2,
        country: 'IT',
        city: 'Rome',
        venue: 'Corte Suprema di Cassazione, Aula Magna',
        language: 'it',
        capacity: 40,
      },
      {
        startInDays: 160,
        days: 2,
        country: 'MT',
        city: 'Valletta',
        venue: 'University of Malta, Valletta Campus',
        language: 'en',
        capacity: 30,
      },
    ],
  },
  {
    slug: 'risk-assessment-violent-extremist-offenders',
    provider: 'jp-coops',
    format: 'blended',
    level: 'continuing',
    hours: 24,
    status: 'published',
    topics: ['radicalisation', 'psychology'],
    professions: ['prison-staff', 'probation-officer', 'surveillance-judge'],
    instruments: ['32008F0909', '32008F0947'],
    languages: ['en', 'ro', 'pt'],
    credits: [{ system: 'ECTS', amount: 1, awardingBody: UM }],
    translations: [
      {
        language: 'en',
        title: 'Risk-assessment instruments for violent extremist offenders',
        summary:
          'How structured professional judgement tools are used in prison and probation, what they can and cannot predict, and how their results travel with a transferred sentence.',
        description:
          'Online preparation followed by a two-day workshop. Participants compare the instruments in use, score anonymised cases and discuss how assessments are shared when a sentence is transferred under FD 2008/909 or supervision under FD 2008/947.',
        learningOutcomes:
          'Use a structured risk-assessment instrument on a case; explain its limits to a court.',
        prerequisites: 'Experience with offenders in custody or under supervision.',
      },
      {
        language: 'ro',
        title: 'Instrumente de evaluare a riscului pentru infractorii extremiști violenți',
        summary:
          'Modul în care instrumentele de judecată profesională structurată sunt folosite în penitenciare și în probațiune, ce pot și ce nu pot prevedea acestea.',
      },
      {
        language: 'pt',
        title: 'Instrumentos de avaliação de risco para reclusos extremistas violentos',
        summary:
          'Como são utilizados os instrumentos de juízo profissional estruturado nas prisões e na reinserção social e quais são os seus limites.',
      },
    ],
    sessions: [
      {
        startInDays: 70,
        days: 2,
        country: 'RO',
        city: 'Bucharest',
        venue: 'Institutul Național al Magistraturii',
        language: 'ro',
        capacity: 30,
      },
      {
        startInDays: 210,
        days: 2,
        country: 'PT',
        city: 'Lisbon',
        venue: 'Centro de Estudos Judiciários',
        language: 'pt',
        capacity: 30,
      },
    ],
  },
  {
    slug: 'transfer-of-sentenced-persons-fd-909',
    provider: 'jp-coops',
    format: 'face-to-face',
    level: 'continuing',
    hours: 12,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['surveillance-judge', 'prison-director', 'prosecutor', 'judge'],
    instruments: ['32008F0909'],
    languages: ['es', 'fr'],
    translations: [
      {
        language: 'en',
        title: 'Transfer of sentenced persons under Framework Decision 2008/909/JHA',
        summary:
          'The certificate, the 90-day decision deadline, adaptation of sentences and the transfer of radicalised prisoners, step by step.',
        description:
          'Practical seminar on the recognition and enforcement of custodial sentences, with exercises on the Annex I certificate and on social rehabilitation as the purpose of transfer.',
        learningOutcomes: 'Complete and check an Annex I certificate; decide on adaptation of a sentence.',
      },
      {
        language: 'es',
        title: 'Traslado de personas condenadas con arreglo a la Decisión Marco 2008/909/JAI',
        summary:
          'El certificado, el plazo de 90 días para resolver, la adaptación de la pena y el traslado de internos radicalizados, paso a paso.',
      },
      {
        language: 'fr',
        title: 'Transfèrement des personnes condamnées en application de la décision-cadre 2008/909/JAI',
        summary:
          'Le certificat, le délai de décision de 90 jours, l’adaptation des peines et le transfèrement des détenus radicalisés, étape par étape.',
      },
    ],
    sessions: [
      {
        startInDays: 95,
        days: 2,
        country: 'ES',
        city: 'Madrid',
        venue: 'Escuela Judicial, sede de Madrid',
        language: 'es',
        capacity: 35,
      },
      {
        startInDays: 250,
        days: 2,
        country: 'BE',
        city: 'Brussels',
        venue: 'Palais de Justice',
        language: 'fr',
        capacity: 35,
      },
    ],
  },
  {
    slug: 'probation-and-pre-trial-supervision-across-borders',
    provider: 'jp-coops',
    format: 'online',
    level: 'continuing',
    hours: 10,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['probation-officer', 'judge', 'surveillance-judge'],
    instruments: ['32008F0947', '32009F0829'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Probation and pre-trial supervision across borders: FD 2008/947 and FD 2009/829',
        summary:
          'Four online sessions on supervising probation measures and the European Supervision Order in another Member State.',
        description:
          'Live online sessions with case work in small groups: choosing between the instruments, deadlines for recognition, reporting a breach.',
      },
      {
        language: 'de',
        title: 'Bewährung und Überwachung vor dem Prozess über Grenzen hinweg: RB 2008/947 und RB 2009/829',
        summary:
          'Vier Online-Sitzungen zur Überwachung von Bewährungsmaßnahmen und zur Europäischen Überwachungsanordnung in einem anderen Mitgliedstaat.',
      },
      {
        language: 'it',
        title: 'Sospensione condizionale e misure cautelari oltre frontiera: DQ 2008/947 e DQ 2009/829',
        summary:
          'Quattro sessioni online sulla sorveglianza delle misure di sospensione condizionale e sull’ordinanza cautelare europea in un altro Stato membro.',
      },
    ],
    sessions: [{ startInDays: 30, days: 22, country: null, language: 'en', capacity: 80 }],
  },
  {
    slug: 'investigative-acts-in-prison-eio',
    provider: 'jp-coops',
    format: 'face-to-face',
    level: 'continuing',
    hours: 14,
    status: 'published',
    topics: ['digital-forensics', 'radicalisation'],
    professions: ['prosecutor', 'investigating-judge', 'prison-staff', 'police-officer'],
    instruments: ['32014L0041'],
    languages: ['it', 'en'],
    translations: [
      {
        language: 'en',
        title: 'Investigative acts in prison under the European Investigation Order',
        summary:
          'Hearings, searches of cells, seizure of devices and temporary transfer of detainees requested through an EIO.',
        description:
          'Prosecutors and prison staff work side by side on how an EIO reaches a prison, who executes the measure and how the evidence is preserved.',
      },
      {
        language: 'it',
        title: 'Atti di indagine in carcere tramite l’ordine europeo di indagine',
        summary:
          'Audizioni, perquisizioni delle camere detentive, sequestro di dispositivi e trasferimento temporaneo di detenuti richiesti con un OEI.',
      },
    ],
    sessions: [
      {
        startInDays: 120,
        days: 2,
        country: 'IT',
        city: 'Milan',
        venue: 'Palazzo di Giustizia di Milano',
        language: 'it',
        capacity: 40,
      },
      {
        startInDays: 300,
        days: 2,
        country: 'EL',
        city: 'Athens',
        venue: 'National School of Judges, Athens office',
        language: 'en',
        capacity: 30,
      },
    ],
  },
  {
    slug: 'jp-coops-handbook-multi-agency-cooperation',
    provider: 'jp-coops',
    format: 'self-paced',
    level: 'initial',
    hours: 6,
    status: 'published',
    topics: ['radicalisation', 'data-protection'],
    professions: ['judge', 'prosecutor', 'lawyer', 'prison-director'],
    instruments: ['32008F0909', '32008F0947', '32009F0829', '32014L0041'],
    languages: ['en', 'fr', 'es', 'pt'],
    translations: [
      {
        language: 'en',
        title: 'The JP-COOPS Handbook: multi-agency cooperation in radicalisation cases',
        summary: 'Self-paced guided reading of the Handbook, chapter by chapter, with short quizzes.',
      },
      {
        language: 'fr',
        title: 'Le manuel JP-COOPS : la coopération multi-agences dans les affaires de radicalisation',
        summary:
          'Lecture guidée du manuel, à votre rythme, chapitre par chapitre, avec de courts questionnaires.',
      },
      {
        language: 'es',
        title: 'El manual JP-COOPS: cooperación entre organismos en casos de radicalización',
        summary:
          'Lectura guiada del manual a su propio ritmo, capítulo por capítulo, con breves cuestionarios.',
      },
      {
        language: 'pt',
        title: 'O manual JP-COOPS: cooperação entre várias entidades em casos de radicalização',
        summary: 'Leitura orientada do manual ao seu ritmo, capítulo a capítulo, com pequenos questionários.',
      },
    ],
    sessions: [],
  },
  {
    slug: 'national-contact-points-inter-agency-training',
    provider: 'jp-coops',
    format: 'face-to-face',
    level: 'continuing',
    hours: 16,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['trainer', 'prosecutor', 'police-officer', 'prison-director'],
    instruments: [],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'National contact points: building inter-agency training in your Member State',
        summary:
          'Workshop for members of the national contact points on planning national inter-agency courses with judges, prosecutors, police and prison services.',
      },
    ],
    sessions: [
      {
        startInDays: 60,
        days: 2,
        country: 'MT',
        city: 'Msida',
        venue: 'University of Malta, Msida Campus',
        language: 'en',
        capacity: 52,
        quotas: [
          { country: 'IT', places: 4 },
          { country: 'ES', places: 4 },
          { country: 'RO', places: 4 },
          { country: 'PT', places: 4 },
        ],
      },
    ],
  },
  {
    slug: 'information-exchange-gdpr-police-directive',
    provider: 'jp-coops',
    format: 'blended',
    level: 'continuing',
    hours: 20,
    status: 'published',
    topics: ['data-protection'],
    professions: ['judge', 'prosecutor', 'police-officer', 'prison-staff'],
    instruments: ['32016R0679', '32016L0680'],
    languages: ['fr', 'de', 'en'],
    credits: [{ system: 'UFC', amount: 2, awardingBody: ELI }],
    translations: [
      {
        language: 'en',
        title: 'Information exchange in radicalisation prevention under the GDPR and the Police Directive',
        summary:
          'What a prison, a probation service, the police and a prosecutor may share about a person at risk, on which legal basis, and with which safeguards.',
        description:
          'Since May 2018 the GDPR and Directive (EU) 2016/680 govern information sharing in multi-agency prevention. The course maps legal bases, purpose limitation and data-subject rights onto realistic case conferences.',
        learningOutcomes: 'Identify the applicable regime for each exchange; document a lawful exchange.',
      },
      {
        language: 'fr',
        title:
          'L’échange d’informations dans la prévention de la radicalisation au regard du RGPD et de la directive « police »',
        summary:
          'Ce qu’un établissement pénitentiaire, un service de probation, la police et un procureur peuvent partager sur une personne à risque, sur quelle base juridique et avec quelles garanties.',
      },
      {
        language: 'de',
        title:
          'Informationsaustausch in der Radikalisierungsprävention nach der DSGVO und der Richtlinie zum Datenschutz bei Polizei und Justiz',
        summary:
          'Was Justizvollzug, Bewährungshilfe, Polizei und Staatsanwaltschaft über eine gefährdete Person austauschen dürfen, auf welcher Rechtsgrundlage und mit welchen Garantien.',
      },
    ],
    sessions: [
      {
        startInDays: 110,
        days: 2,
        country: 'FR',
        city: 'Strasbourg',
        venue: 'Palais de la Musique et des Congrès',
        language: 'fr',
        capacity: 40,
      },
      {
        startInDays: 230,
        days: 2,
        country: 'DE',
        city: 'Trier',
        venue: 'Tagungszentrum Trier',
        language: 'de',
        capacity: 40,
      },
    ],
  },
  {
    slug: 'procedural-rights-terrorism-cases-stockholm-roadmap',
    provider: 'jp-coops',
    format: 'online',
    level: 'continuing',
    hours: 8,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['lawyer', 'judge'],
    instruments: STOCKHOLM,
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Procedural rights of suspects in terrorism cases: the Stockholm Roadmap directives',
        summary:
          'Interpretation, information, access to a lawyer, presumption of innocence, children’s safeguards and legal aid when the charge is terrorism.',
      },
      {
        language: 'it',
        title:
          'Diritti procedurali degli indagati nei procedimenti per terrorismo: le direttive della tabella di marcia di Stoccolma',
        summary:
          'Interpretazione, informazione, accesso al difensore, presunzione di innocenza, garanzie per i minori e patrocinio a spese dello Stato quando l’accusa è di terrorismo.',
      },
      {
        language: 'ro',
        title:
          'Drepturile procedurale ale suspecților în cauzele de terorism: directivele Foii de parcurs de la Stockholm',
        summary:
          'Interpretare, informare, accesul la un avocat, prezumția de nevinovăție, garanțiile pentru copii și asistența juridică gratuită atunci când acuzația este de terorism.',
      },
    ],
    sessions: [{ startInDays: 25, days: 8, country: null, language: 'en', capacity: 100 }],
  },
  {
    slug: 'children-in-radicalisation-cases-juvenile-justice',
    provider: 'jp-coops',
    format: 'face-to-face',
    level: 'continuing',
    hours: 12,
    status: 'published',
    topics: ['radicalisation', 'psychology'],
    professions: ['juvenile-judge', 'juvenile-prosecutor', 'probation-officer'],
    instruments: ['32016L0800'],
    languages: ['pt', 'en'],
    translations: [
      {
        language: 'en',
        title: 'Children and young people in radicalisation cases: juvenile justice safeguards',
        summary:
          'Directive (EU) 2016/800 in cases of radicalised minors: individual assessment, detention as a last resort, and work with families and schools.',
      },
      {
        language: 'pt',
        title: 'Crianças e jovens em processos de radicalização: garantias da justiça juvenil',
        summary:
          'A Diretiva (UE) 2016/800 nos processos de menores radicalizados: avaliação individual, privação de liberdade como último recurso e trabalho com as famílias e as escolas.',
      },
      {
        language: 'fr',
        title: 'Les mineurs dans les affaires de radicalisation : les garanties de la justice des mineurs',
        summary:
          'La directive (UE) 2016/800 dans les affaires de mineurs radicalisés : évaluation personnalisée, détention en dernier recours, travail avec les familles et les écoles.',
      },
    ],
    sessions: [
      {
        startInDays: 140,
        days: 2,
        country: 'PT',
        city: 'Porto',
        venue: 'Tribunal da Relação do Porto',
        language: 'pt',
        capacity: 30,
      },
      {
        startInDays: 320,
        days: 2,
        country: 'NL',
        city: 'The Hague',
        venue: 'Peace Palace Conference Centre',
        language: 'en',
        capacity: 30,
      },
    ],
  },
  {
    slug: 'train-the-trainers-five-modules',
    provider: 'jp-coops',
    format: 'blended',
    level: 'continuing',
    hours: 30,
    status: 'published',
    topics: ['radicalisation', 'digital-forensics', 'mediation', 'data-protection', 'psychology'],
    professions: ['trainer'],
    instruments: [],
    languages: ['en'],
    credits: [{ system: 'ECTS', amount: 1, awardingBody: UM }],
    translations: [
      {
        language: 'en',
        title: 'Train the trainers: delivering the five JP-COOPS training modules',
        summary:
          'For trainers of judicial and police schools who will deliver the five modules nationally: content, adult-learning methods and evaluation.',
        learningOutcomes: 'Plan, deliver and evaluate (Kirkpatrick levels 1 and 2) one module.',
      },
    ],
    sessions: [
      {
        startInDays: 80,
        days: 3,
        country: 'MT',
        city: 'Valletta',
        venue: 'University of Malta, Valletta Campus',
        language: 'en',
        capacity: 25,
      },
      {
        startInDays: 270,
        days: 3,
        country: 'BG',
        city: 'Sofia',
        venue: 'National Institute of Justice',
        language: 'en',
        capacity: 25,
      },
    ],
  },
  {
    slug: 'mobile-forensics-prison-environment',
    provider: 'j-safe',
    format: 'face-to-face',
    level: 'initial',
    hours: 16,
    status: 'published',
    topics: ['digital-forensics'],
    professions: ['prison-staff', 'police-officer', 'investigating-judge'],
    instruments: ['32014L0041'],
    languages: ['it', 'ro'],
    translations: [
      {
        language: 'en',
        title: 'Introduction to mobile forensics in the prison environment',
        summary:
          'Phones smuggled into prison: secure seizure, isolation from the network, acquisition and what the data can show.',
        description: 'Hands-on laboratory with training handsets; no prior technical knowledge is needed.',
      },
      {
        language: 'it',
        title: 'Introduzione all’informatica forense dei dispositivi mobili in ambiente penitenziario',
        summary:
          'Telefoni introdotti illecitamente in carcere: sequestro in sicurezza, isolamento dalla rete, acquisizione e valore probatorio dei dati.',
      },
      {
        language: 'ro',
        title: 'Introducere în criminalistica dispozitivelor mobile în mediul penitenciar',
        summary:
          'Telefoane introduse ilegal în penitenciar: ridicarea în siguranță, izolarea de rețea, extragerea datelor și ce pot dovedi acestea.',
      },
    ],
    sessions: [
      {
        startInDays: 50,
        days: 2,
        country: 'IT',
        city: 'Rome',
        venue: 'Istituto Superiore di Studi Penitenziari',
        language: 'it',
        capacity: 20,
      },
      {
        startInDays: 190,
        days: 2,
        country: 'RO',
        city: 'Bucharest',
        venue: 'Școala Națională de Pregătire a Agenților de Poliție Penitenciară',
        language: 'ro',
        capacity: 20,
      },
    ],
  },
  {
    slug: 'drones-over-prisons-detection-forensics',
    provider: 'j-safe',
    format: 'face-to-face',
    level: 'continuing',
    hours: 12,
    status: 'published',
    topics: ['digital-forensics'],
    professions: ['prison-staff', 'prison-director', 'police-officer'],
    instruments: [],
    languages: ['es', 'en'],
    translations: [
      {
        language: 'en',
        title: 'Drones over prisons: detection, seizure and forensic analysis',
        summary:
          'How drones are used to deliver phones and drugs into prisons, how to detect and seize them, and what flight logs reveal.',
      },
      {
        language: 'es',
        title: 'Drones sobre las prisiones: detección, incautación y análisis forense',
        summary:
          'Cómo se utilizan los drones para introducir teléfonos y drogas en las prisiones, cómo detectarlos e incautarlos y qué revelan sus registros de vuelo.',
      },
      {
        language: 'fr',
        title: 'Les drones au-dessus des prisons : détection, saisie et analyse criminalistique',
        summary:
          'Comment les drones servent à introduire téléphones et stupéfiants en détention, comment les détecter et les saisir, et ce que révèlent les journaux de vol.',
      },
    ],
    sessions: [
      {
        startInDays: 85,
        days: 2,
        country: 'ES',
        city: 'Barcelona',
        venue: 'Centre d’Estudis Jurídics i Formació Especialitzada',
        language: 'es',
        capacity: 25,
      },
      {
        startInDays: 240,
        days: 2,
        country: 'BE',
        city: 'Brussels',
        venue: 'Egmont Palace Conference Rooms',
        language: 'en',
        capacity: 25,
      },
    ],
  },
  {
    slug: 'voip-encrypted-messaging-from-prison',
    provider: 'j-safe',
    format: 'online',
    level: 'continuing',
    hours: 8,
    status: 'published',
    topics: ['digital-forensics', 'data-protection'],
    professions: ['prosecutor', 'investigating-judge', 'police-officer'],
    instruments: ['32014L0041', '32016L0680'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'VoIP and encrypted messaging used from prison: evidence and lawful interception',
        summary:
          'Interception requested through Annex C of the EIO, metadata versus content, and the data-protection limits on what is kept.',
      },
      {
        language: 'de',
        title: 'VoIP und verschlüsselte Messenger im Justizvollzug: Beweise und rechtmäßige Überwachung',
        summary:
          'Überwachung über Anhang C der EEA, Metadaten und Inhalte sowie die datenschutzrechtlichen Grenzen der Speicherung.',
      },
      {
        language: 'it',
        title: 'VoIP e messaggistica cifrata dal carcere: prova e intercettazione legittima',
        summary:
          'Intercettazioni richieste con l’allegato C dell’OEI, metadati e contenuti, limiti della protezione dei dati alla conservazione.',
      },
    ],
    sessions: [{ startInDays: 40, days: 3, country: null, language: 'en', capacity: 120 }],
  },
  {
    slug: 'digital-evidence-in-court-chain-of-custody',
    provider: 'j-safe',
    format: 'blended',
    level: 'continuing',
    hours: 14,
    status: 'published',
    topics: ['digital-forensics'],
    professions: ['judge', 'prosecutor', 'lawyer', 'court-staff'],
    instruments: ['32014L0041'],
    languages: ['it', 'fr'],
    credits: [{ system: 'UFC', amount: 1.5, awardingBody: SSM }],
    translations: [
      {
        language: 'en',
        title: 'Digital evidence in court: chain of custody and admissibility',
        summary: 'What a judge should ask about a forensic report on a phone or a drone before admitting it.',
      },
      {
        language: 'it',
        title: 'La prova digitale nel processo: catena di custodia e utilizzabilità',
        summary:
          'Che cosa deve chiedere il giudice su una consulenza tecnica relativa a un telefono o a un drone prima di ammetterla.',
      },
      {
        language: 'fr',
        title: 'La preuve numérique devant le juge : chaîne de possession et recevabilité',
        summary:
          'Les questions qu’un juge doit poser sur un rapport d’expertise relatif à un téléphone ou à un drone avant de l’admettre.',
      },
    ],
    sessions: [
      {
        startInDays: 130,
        days: 2,
        country: 'IT',
        city: 'Scandicci',
        venue: 'Villa di Castel Pulci',
        language: 'it',
        capacity: 40,
      },
      {
        startInDays: 280,
        days: 2,
        country: 'FR',
        city: 'Lyon',
        venue: 'Cour d’appel de Lyon',
        language: 'fr',
        capacity: 35,
      },
    ],
  },
  {
    slug: 'introduction-to-mediation-prison-settings',
    provider: 'j-safe',
    format: 'face-to-face',
    level: 'initial',
    hours: 16,
    status: 'published',
    topics: ['mediation'],
    professions: ['prison-staff', 'probation-officer', 'prison-director'],
    instruments: [],
    languages: ['pt', 'es'],
    translations: [
      {
        language: 'en',
        title: 'Introduction to mediation in prison settings',
        summary:
          'Principles of mediation, the role of the mediator and its use between prisoners, staff and families.',
      },
      {
        language: 'pt',
        title: 'Introdução à mediação em contexto prisional',
        summary:
          'Princípios da mediação, o papel do mediador e a sua aplicação entre reclusos, profissionais e famílias.',
      },
      {
        language: 'es',
        title: 'Introducción a la mediación en el ámbito penitenciario',
        summary:
          'Principios de la mediación, el papel de la persona mediadora y su aplicación entre internos, personal y familias.',
      },
    ],
    sessions: [
      {
        startInDays: 65,
        days: 2,
        country: 'PT',
        city: 'Lisbon',
        venue: 'Direção-Geral de Reinserção e Serviços Prisionais',
        language: 'pt',
        capacity: 24,
      },
      {
        startInDays: 205,
        days: 2,
        country: 'ES',
        city: 'Madrid',
        venue: 'Centro de Estudios Penitenciarios',
        language: 'es',
        capacity: 24,
      },
    ],
  },
  {
    slug: 'restorative-justice-violent-extremist-offenders',
    provider: 'j-safe',
    format: 'blended',
    level: 'continuing',
    hours: 20,
    status: 'published',
    topics: ['mediation', 'psychology'],
    professions: ['probation-officer', 'prison-staff', 'trainer'],
    instruments: [],
    languages: ['en', 'ro'],
    translations: [
      {
        language: 'en',
        title: 'Restorative justice and dialogue with violent extremist offenders',
        summary:
          'When victim–offender dialogue is appropriate in extremism cases, how to prepare it and how to protect victims.',
      },
      {
        language: 'ro',
        title: 'Justiția restaurativă și dialogul cu infractorii extremiști violenți',
        summary:
          'Când este potrivit dialogul victimă–infractor în cauzele de extremism, cum se pregătește și cum sunt protejate victimele.',
      },
    ],
    sessions: [
      {
        startInDays: 100,
        days: 2,
        country: 'BE',
        city: 'Leuven',
        venue: 'Faculty of Law, KU Leuven',
        language: 'en',
        capacity: 30,
      },
      {
        startInDays: 260,
        days: 2,
        country: 'RO',
        city: 'Cluj-Napoca',
        venue: 'Curtea de Apel Cluj',
        language: 'ro',
        capacity: 30,
      },
    ],
  },
  {
    slug: 'conflict-de-escalation-prison-officers',
    provider: 'j-safe',
    format: 'face-to-face',
    level: 'initial',
    hours: 8,
    status: 'published',
    topics: ['mediation'],
    professions: ['prison-staff'],
    instruments: [],
    languages: ['el', 'en'],
    translations: [
      {
        language: 'en',
        title: 'Conflict de-escalation on the wing: practical mediation skills for prison officers',
        summary:
          'One-day practical training with role plays on defusing conflicts between prisoners and with staff.',
      },
    ],
    sessions: [
      {
        startInDays: 55,
        days: 1,
        country: 'EL',
        city: 'Thessaloniki',
        venue: 'Training School for Correctional Officers',
        language: 'el',
        capacity: 20,
      },
      {
        startInDays: 175,
        days: 1,
        country: 'CY',
        city: 'Nicosia',
        venue: 'Cyprus Prisons Department Training Centre',
        language: 'el',
        capacity: 20,
      },
    ],
  },
  {
    slug: 'surveillance-judges-violent-extremism',
    provider: 'j-safe',
    format: 'face-to-face',
    level: 'continuing',
    hours: 12,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['surveillance-judge', 'prison-director', 'prosecutor'],
    instruments: ['32008F0909', '32008F0947'],
    languages: ['it'],
    credits: [{ system: 'UFC', amount: 1, awardingBody: SSM }],
    translations: [
      {
        language: 'it',
        title: 'Magistratura di sorveglianza ed estremismo violento in carcere',
        summary:
          'Esecuzione della pena, misure alternative e liberazione anticipata dei detenuti per reati di terrorismo, anche in ambito transfrontaliero.',
      },
      {
        language: 'en',
        title: 'Surveillance judges and violent extremism in prison',
        summary:
          'Execution of sentences, alternative measures and early release of prisoners convicted of terrorist offences, including across borders.',
      },
    ],
    sessions: [
      {
        startInDays: 150,
        days: 2,
        country: 'IT',
        city: 'Naples',
        venue: 'Castel Capuano',
        language: 'it',
        capacity: 45,
      },
    ],
  },
  {
    slug: 'recognising-signs-of-radicalisation-in-prison',
    provider: 'j-safe',
    format: 'self-paced',
    level: 'initial',
    hours: 5,
    status: 'published',
    topics: ['radicalisation', 'psychology'],
    professions: ['prison-staff'],
    instruments: [],
    languages: ['en', 'it', 'fr', 'de', 'es', 'pt', 'ro'],
    translations: [
      {
        language: 'en',
        title: 'Recognising signs of radicalisation in prison: observation and reporting',
        summary:
          'E-learning for prison officers on observing behaviour without stereotyping and on reporting concerns.',
      },
      {
        language: 'it',
        title: 'Riconoscere i segnali di radicalizzazione in carcere: osservazione e segnalazione',
        summary:
          'Corso e-learning per il personale penitenziario sull’osservazione dei comportamenti senza stereotipi e sulla segnalazione dei casi.',
      },
      {
        language: 'fr',
        title: 'Repérer les signes de radicalisation en détention : observation et signalement',
        summary:
          'Formation en ligne pour les surveillants pénitentiaires : observer les comportements sans stéréotypes et signaler les préoccupations.',
      },
      {
        language: 'de',
        title: 'Anzeichen von Radikalisierung im Justizvollzug erkennen: Beobachtung und Meldung',
        summary:
          'E-Learning für Justizvollzugsbedienstete zur vorurteilsfreien Beobachtung von Verhalten und zur Meldung von Bedenken.',
      },
      {
        language: 'es',
        title: 'Reconocer los signos de radicalización en prisión: observación y comunicación',
        summary:
          'Formación en línea para funcionarios de prisiones sobre cómo observar conductas sin estereotipos y comunicar las sospechas.',
      },
      {
        language: 'pt',
        title: 'Reconhecer os sinais de radicalização na prisão: observação e comunicação',
        summary:
          'Formação em linha para guardas prisionais sobre a observação de comportamentos sem estereótipos e a comunicação de preocupações.',
      },
      {
        language: 'ro',
        title: 'Recunoașterea semnelor de radicalizare în penitenciar: observare și raportare',
        summary:
          'Curs online pentru personalul penitenciar privind observarea comportamentelor fără stereotipuri și raportarea suspiciunilor.',
      },
    ],
    sessions: [],
  },
  {
    slug: 'living-lab-method-co-creating-prevention',
    provider: 'mindb4act',
    format: 'face-to-face',
    level: 'continuing',
    hours: 16,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['researcher', 'trainer', 'police-officer'],
    instruments: [],
    languages: ['es', 'de', 'en'],
    translations: [
      {
        language: 'en',
        title: 'The Living Lab method for co-creating prevention policies',
        summary:
          'How practitioners and researchers co-design, test and revise prevention measures in Living Lab sessions.',
      },
      {
        language: 'es',
        title: 'El método Living Lab para la cocreación de políticas de prevención',
        summary:
          'Cómo profesionales e investigadores diseñan, ensayan y revisan conjuntamente medidas de prevención en sesiones Living Lab.',
      },
      {
        language: 'de',
        title: 'Die Living-Lab-Methode zur gemeinsamen Entwicklung von Präventionsstrategien',
        summary:
          'Wie Fachleute aus der Praxis und Forschende in Living-Lab-Sitzungen Präventionsmaßnahmen gemeinsam entwerfen, erproben und überarbeiten.',
      },
    ],
    sessions: [
      {
        startInDays: 75,
        days: 2,
        country: 'ES',
        city: 'Madrid',
        venue: 'Universidad Politécnica de Madrid, Escuela de Ingenieros',
        language: 'es',
        capacity: 30,
      },
      {
        startInDays: 225,
        days: 2,
        country: 'AT',
        city: 'Vienna',
        venue: 'Juridicum, University of Vienna',
        language: 'de',
        capacity: 30,
      },
    ],
  },
  {
    slug: 'introduction-psychology-of-radicalisation',
    provider: 'mindb4act',
    format: 'online',
    level: 'initial',
    hours: 10,
    status: 'published',
    topics: ['psychology'],
    professions: ['judge', 'prosecutor', 'prison-staff', 'probation-officer', 'police-officer'],
    instruments: [],
    languages: ['en'],
    credits: [{ system: 'ECTS', amount: 1, awardingBody: 'University of Malta' }],
    translations: [
      {
        language: 'en',
        title: 'Introduction to the psychology of radicalisation',
        summary:
          'Identity, grievance, group dynamics and moral disengagement: what psychology explains about radicalisation and what it does not.',
      },
      {
        language: 'it',
        title: 'Introduzione alla psicologia della radicalizzazione',
        summary:
          'Identità, risentimento, dinamiche di gruppo e disimpegno morale: che cosa spiega la psicologia della radicalizzazione e che cosa no.',
      },
      {
        language: 'fr',
        title: 'Introduction à la psychologie de la radicalisation',
        summary:
          'Identité, griefs, dynamiques de groupe et désengagement moral : ce que la psychologie explique de la radicalisation, et ce qu’elle n’explique pas.',
      },
      {
        language: 'de',
        title: 'Einführung in die Psychologie der Radikalisierung',
        summary:
          'Identität, Kränkung, Gruppendynamik und moralische Entkopplung: was die Psychologie über Radikalisierung erklärt und was nicht.',
      },
      {
        language: 'es',
        title: 'Introducción a la psicología de la radicalización',
        summary:
          'Identidad, agravio, dinámicas de grupo y desconexión moral: lo que la psicología explica de la radicalización y lo que no.',
      },
      {
        language: 'pt',
        title: 'Introdução à psicologia da radicalização',
        summary:
          'Identidade, ressentimento, dinâmicas de grupo e desvinculação moral: o que a psicologia explica sobre a radicalização e o que não explica.',
      },
      {
        language: 'ro',
        title: 'Introducere în psihologia radicalizării',
        summary:
          'Identitate, resentiment, dinamici de grup și dezangajare morală: ce explică psihologia despre radicalizare și ce nu explică.',
      },
    ],
    sessions: [
      { startInDays: 35, days: 28, country: null, language: 'en', capacity: 150 },
      { startInDays: 215, days: 28, country: null, language: 'en', capacity: 150 },
    ],
  },
  {
    slug: 'push-and-pull-factors-violent-extremism',
    provider: 'mindb4act',
    format: 'blended',
    level: 'continuing',
    hours: 18,
    status: 'published',
    topics: ['radicalisation', 'psychology'],
    professions: ['judge', 'prosecutor', 'probation-officer', 'researcher'],
    instruments: ['32017L0541'],
    languages: ['fr', 'en'],
    translations: [
      {
        language: 'en',
        title: 'Push and pull factors: pathways into and out of violent extremism',
        summary:
          'Structural, social and individual factors that push people towards extremist groups, and those that pull them out.',
      },
      {
        language: 'fr',
        title:
          'Facteurs d’incitation et d’attraction : les parcours d’entrée et de sortie de l’extrémisme violent',
        summary:
          'Les facteurs structurels, sociaux et individuels qui poussent vers les groupes extrémistes, et ceux qui permettent d’en sortir.',
      },
    ],
    sessions: [
      {
        startInDays: 90,
        days: 2,
        country: 'FR',
        city: 'Paris',
        venue: 'École nationale de la magistrature, site de Paris',
        language: 'fr',
        capacity: 35,
      },
      {
        startInDays: 245,
        days: 2,
        country: 'BE',
        city: 'Brussels',
        venue: 'Residence Palace',
        language: 'en',
        capacity: 35,
      },
    ],
  },
  {
    slug: 'online-propaganda-extremist-narratives',
    provider: 'mindb4act',
    format: 'online',
    level: 'initial',
    hours: 8,
    status: 'published',
    topics: ['radicalisation', 'digital-forensics'],
    professions: ['police-officer', 'researcher', 'prosecutor'],
    instruments: ['32017L0541'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Online propaganda and recruitment: understanding extremist narratives',
        summary:
          'How extremist groups use social media, gaming platforms and messaging apps, and how to read their narratives.',
      },
    ],
    sessions: [{ startInDays: 20, days: 10, country: null, language: 'en', capacity: 200 }],
  },
  {
    slug: 'community-policing-trust-building',
    provider: 'mindb4act',
    format: 'face-to-face',
    level: 'continuing',
    hours: 14,
    status: 'published',
    topics: ['radicalisation', 'mediation'],
    professions: ['police-officer'],
    instruments: [],
    languages: ['de', 'en'],
    translations: [
      {
        language: 'en',
        title: 'Community policing and trust-building in radicalisation prevention',
        summary:
          'Working with communities, religious leaders and families to prevent radicalisation while keeping trust.',
      },
      {
        language: 'de',
        title: 'Bürgernahe Polizeiarbeit und Vertrauensbildung in der Radikalisierungsprävention',
        summary:
          'Zusammenarbeit mit Gemeinschaften, religiösen Verantwortlichen und Familien zur Prävention von Radikalisierung unter Wahrung des Vertrauens.',
      },
    ],
    sessions: [
      {
        startInDays: 115,
        days: 2,
        country: 'DE',
        city: 'Berlin',
        venue: 'Hochschule für Wirtschaft und Recht Berlin',
        language: 'de',
        capacity: 30,
      },
      {
        startInDays: 295,
        days: 2,
        country: 'DK',
        city: 'Copenhagen',
        venue: 'Copenhagen Police Training Centre',
        language: 'en',
        capacity: 30,
      },
    ],
  },
  {
    slug: 'disengagement-and-exit-programmes',
    provider: 'mindb4act',
    format: 'face-to-face',
    level: 'continuing',
    hours: 12,
    status: 'published',
    topics: ['psychology'],
    professions: ['probation-officer', 'prison-staff', 'researcher'],
    instruments: ['32008F0947'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Disengagement and exit programmes: what works',
        summary:
          'Evidence on exit and disengagement programmes in prison and probation, and how to evaluate them.',
      },
    ],
    sessions: [
      {
        startInDays: 165,
        days: 2,
        country: 'NL',
        city: 'Amsterdam',
        venue: 'Vrije Universiteit Amsterdam',
        language: 'en',
        capacity: 35,
      },
    ],
  },
  {
    slug: 'research-ethics-data-protection-radicalisation',
    provider: 'mindb4act',
    format: 'online',
    level: 'initial',
    hours: 6,
    status: 'published',
    topics: ['data-protection'],
    professions: ['researcher'],
    instruments: ['32016R0679'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Research ethics and data protection in radicalisation studies',
        summary:
          'Consent, special categories of data, pseudonymisation and safe storage when researching radicalisation.',
      },
      {
        language: 'it',
        title: 'Etica della ricerca e protezione dei dati negli studi sulla radicalizzazione',
        summary:
          'Consenso, categorie particolari di dati, pseudonimizzazione e conservazione sicura nella ricerca sulla radicalizzazione.',
      },
      {
        language: 'fr',
        title: 'Éthique de la recherche et protection des données dans les études sur la radicalisation',
        summary:
          'Consentement, catégories particulières de données, pseudonymisation et conservation sécurisée dans la recherche sur la radicalisation.',
      },
    ],
    sessions: [{ startInDays: 60, days: 3, country: null, language: 'en', capacity: 100 }],
  },
  {
    slug: 'schools-youth-work-early-prevention',
    provider: 'mindb4act',
    format: 'face-to-face',
    level: 'initial',
    hours: 10,
    status: 'published',
    topics: ['radicalisation', 'psychology'],
    professions: ['juvenile-judge', 'juvenile-prosecutor', 'other'],
    instruments: [],
    languages: ['pt', 'it'],
    translations: [
      {
        language: 'en',
        title: 'Schools, youth work and early prevention',
        summary:
          'How schools, youth workers and juvenile justice can act early and together when a young person is drawn towards extremism.',
      },
      {
        language: 'pt',
        title: 'Escolas, trabalho com jovens e prevenção precoce',
        summary:
          'Como as escolas, os técnicos de juventude e a justiça juvenil podem agir cedo e em conjunto quando um jovem é atraído pelo extremismo.',
      },
      {
        language: 'it',
        title: 'Scuola, lavoro con i giovani e prevenzione precoce',
        summary:
          'Come scuola, operatori giovanili e giustizia minorile possono intervenire presto e insieme quando un giovane è attratto dall’estremismo.',
      },
    ],
    sessions: [
      {
        startInDays: 125,
        days: 2,
        country: 'PT',
        city: 'Lisbon',
        venue: 'Faculdade de Direito da Universidade de Lisboa',
        language: 'pt',
        capacity: 30,
      },
      {
        startInDays: 285,
        days: 2,
        country: 'IT',
        city: 'Turin',
        venue: 'Campus Luigi Einaudi',
        language: 'it',
        capacity: 30,
      },
    ],
  },
  {
    slug: 'judicial-cooperation-counter-terrorism',
    provider: 'ejtn',
    format: 'face-to-face',
    level: 'continuing',
    hours: 16,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['judge', 'prosecutor', 'investigating-judge'],
    instruments: ['32017L0541', '32002F0584', '32014L0041'],
    languages: ['en', 'fr'],
    translations: [
      {
        language: 'en',
        title: 'Judicial cooperation in counter-terrorism cases',
        summary:
          'Seminar for judges and prosecutors on the Directive on combating terrorism, the EAW and the EIO in terrorism proceedings.',
      },
      {
        language: 'fr',
        title: 'La coopération judiciaire dans les affaires de terrorisme',
        summary:
          'Séminaire pour juges et procureurs sur la directive relative à la lutte contre le terrorisme, le MAE et la DEE dans les procédures terroristes.',
      },
      {
        language: 'es',
        title: 'La cooperación judicial en los asuntos de terrorismo',
        summary:
          'Seminario para jueces y fiscales sobre la Directiva relativa a la lucha contra el terrorismo, la ODE y la OEI en los procesos por terrorismo.',
      },
    ],
    sessions: [
      {
        startInDays: 105,
        days: 3,
        country: 'FR',
        city: 'Bordeaux',
        venue: 'École nationale de la magistrature',
        language: 'fr',
        capacity: 40,
        quotas: [
          { country: 'FR', places: 6 },
          { country: 'BE', places: 4 },
          { country: 'LU', places: 2 },
          { country: 'IT', places: 4 },
        ],
      },
      {
        startInDays: 290,
        days: 3,
        country: 'ES',
        city: 'Barcelona',
        venue: 'Escuela Judicial',
        language: 'en',
        capacity: 40,
        quotas: [
          { country: 'ES', places: 6 },
          { country: 'PT', places: 4 },
          { country: 'EL', places: 4 },
          { country: 'RO', places: 4 },
        ],
      },
    ],
  },
  {
    slug: 'european-arrest-warrant-in-practice',
    provider: 'ejtn',
    format: 'face-to-face',
    level: 'continuing',
    hours: 16,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['judge', 'prosecutor'],
    instruments: ['32002F0584'],
    languages: ['en', 'it'],
    translations: [
      {
        language: 'en',
        title: 'The European Arrest Warrant in practice',
        summary:
          'Issuing and executing EAWs: proportionality, grounds for refusal, detention conditions and deadlines.',
      },
      {
        language: 'it',
        title: 'Il mandato d’arresto europeo nella prassi',
        summary:
          'Emissione ed esecuzione del MAE: proporzionalità, motivi di rifiuto, condizioni di detenzione e termini.',
      },
      {
        language: 'ro',
        title: 'Mandatul european de arestare în practică',
        summary:
          'Emiterea și executarea MEA: proporționalitate, motive de refuz, condiții de detenție și termene.',
      },
    ],
    sessions: [
      {
        startInDays: 70,
        days: 2,
        country: 'IT',
        city: 'Scandicci',
        venue: 'Villa di Castel Pulci',
        language: 'it',
        capacity: 40,
        quotas: [
          { country: 'IT', places: 10 },
          { country: 'MT', places: 3 },
        ],
      },
      {
        startInDays: 255,
        days: 2,
        country: 'RO',
        city: 'Bucharest',
        venue: 'Institutul Național al Magistraturii',
        language: 'en',
        capacity: 40,
        quotas: [
          { country: 'RO', places: 8 },
          { country: 'BG', places: 6 },
          { country: 'HU', places: 6 },
        ],
      },
    ],
  },
  {
    slug: 'cross-border-electronic-evidence-eio',
    provider: 'ejtn',
    format: 'face-to-face',
    level: 'continuing',
    hours: 14,
    status: 'published',
    topics: ['digital-forensics'],
    professions: ['judge', 'prosecutor', 'investigating-judge'],
    instruments: ['32014L0041'],
    languages: ['en', 'de'],
    translations: [
      {
        language: 'en',
        title: 'Cross-border electronic evidence and the European Investigation Order',
        summary:
          'Obtaining subscriber, traffic and content data across borders with the EIO, and assessing it at trial.',
      },
      {
        language: 'fr',
        title: 'La preuve électronique transfrontière et la décision d’enquête européenne',
        summary:
          'Obtenir des données relatives aux abonnés, au trafic et au contenu au-delà des frontières avec la DEE, et les apprécier au procès.',
      },
      {
        language: 'de',
        title: 'Grenzüberschreitende elektronische Beweismittel und die Europäische Ermittlungsanordnung',
        summary:
          'Bestands-, Verkehrs- und Inhaltsdaten grenzüberschreitend mit der EEA erheben und in der Hauptverhandlung würdigen.',
      },
    ],
    sessions: [
      {
        startInDays: 135,
        days: 2,
        country: 'DE',
        city: 'Trier',
        venue: 'Europäische Rechtsakademie',
        language: 'en',
        capacity: 35,
      },
      {
        startInDays: 305,
        days: 2,
        country: 'AT',
        city: 'Vienna',
        venue: 'Palace of Justice',
        language: 'de',
        capacity: 30,
      },
    ],
  },
  {
    slug: 'data-protection-criminal-proceedings-judiciary',
    provider: 'ejtn',
    format: 'face-to-face',
    level: 'continuing',
    hours: 12,
    status: 'published',
    topics: ['data-protection'],
    professions: ['judge', 'prosecutor', 'court-staff'],
    instruments: ['32016L0680', '32016R0679'],
    languages: ['de', 'en'],
    translations: [
      {
        language: 'en',
        title: 'Data protection in criminal proceedings: the Law Enforcement Directive for the judiciary',
        summary:
          'Courts and prosecution services as controllers: Directive (EU) 2016/680, judicial independence and supervision.',
      },
      {
        language: 'de',
        title: 'Datenschutz im Strafverfahren: die Richtlinie (EU) 2016/680 für die Justiz',
        summary:
          'Gerichte und Staatsanwaltschaften als Verantwortliche: Richtlinie (EU) 2016/680, richterliche Unabhängigkeit und Aufsicht.',
      },
      {
        language: 'fr',
        title:
          'La protection des données dans la procédure pénale : la directive « police-justice » pour les magistrats',
        summary:
          'Juridictions et parquets en tant que responsables du traitement : directive (UE) 2016/680, indépendance de la justice et contrôle.',
      },
    ],
    sessions: [
      {
        startInDays: 145,
        days: 2,
        country: 'DE',
        city: 'Trier',
        venue: 'Europäische Rechtsakademie',
        language: 'de',
        capacity: 35,
      },
    ],
  },
  {
    slug: 'mutual-recognition-custodial-sentences-detention',
    provider: 'ejtn',
    format: 'face-to-face',
    level: 'continuing',
    hours: 14,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['judge', 'surveillance-judge', 'prosecutor'],
    instruments: ['32008F0909', '32009F0829', '32002F0584'],
    languages: ['en', 'pt'],
    translations: [
      {
        language: 'en',
        title: 'Mutual recognition of custodial sentences and detention conditions',
        summary:
          'FD 2008/909, the European Supervision Order and the EAW when detention conditions are in question.',
      },
      {
        language: 'pt',
        title: 'Reconhecimento mútuo de penas privativas de liberdade e condições de detenção',
        summary:
          'A DQ 2008/909, a decisão europeia de controlo judicial e o MDE quando estão em causa as condições de detenção.',
      },
      {
        language: 'es',
        title: 'Reconocimiento mutuo de penas privativas de libertad y condiciones de reclusión',
        summary:
          'La DM 2008/909, la orden europea de vigilancia y la ODE cuando se cuestionan las condiciones de reclusión.',
      },
    ],
    sessions: [
      {
        startInDays: 155,
        days: 2,
        country: 'PT',
        city: 'Lisbon',
        venue: 'Centro de Estudos Judiciários',
        language: 'pt',
        capacity: 35,
        quotas: [
          { country: 'PT', places: 10 },
          { country: 'ES', places: 6 },
        ],
      },
      {
        startInDays: 335,
        days: 2,
        country: 'SI',
        city: 'Ljubljana',
        venue: 'Judicial Training Centre',
        language: 'en',
        capacity: 30,
      },
    ],
  },
  {
    slug: 'child-friendly-justice-juvenile-suspects',
    provider: 'ejtn',
    format: 'face-to-face',
    level: 'continuing',
    hours: 12,
    status: 'published',
    topics: ['psychology'],
    professions: ['juvenile-judge', 'juvenile-prosecutor'],
    instruments: ['32016L0800'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Child-friendly justice for juvenile suspects',
        summary:
          'Directive (EU) 2016/800 in practice: individual assessment, audiovisual recording of interviews and the right to be accompanied.',
      },
      {
        language: 'fr',
        title: 'Une justice adaptée aux enfants suspects',
        summary:
          'La directive (UE) 2016/800 en pratique : évaluation personnalisée, enregistrement audiovisuel des auditions et droit d’être accompagné.',
      },
      {
        language: 'ro',
        title: 'Justiția adaptată copiilor suspectați',
        summary:
          'Directiva (UE) 2016/800 în practică: evaluarea individuală, înregistrarea audiovizuală a audierilor și dreptul de a fi însoțit.',
      },
    ],
    sessions: [
      {
        startInDays: 185,
        days: 2,
        country: 'HU',
        city: 'Budapest',
        venue: 'Hungarian Judicial Academy',
        language: 'en',
        capacity: 30,
        quotas: [
          { country: 'HU', places: 5 },
          { country: 'SK', places: 4 },
          { country: 'CZ', places: 4 },
        ],
      },
    ],
  },
  {
    slug: 'victim-offender-mediation-criminal-matters',
    provider: 'ejtn',
    format: 'face-to-face',
    level: 'continuing',
    hours: 12,
    status: 'published',
    topics: ['mediation'],
    professions: ['judge', 'prosecutor'],
    instruments: [],
    languages: ['fr', 'en'],
    translations: [
      {
        language: 'en',
        title: 'Victim–offender mediation in criminal matters',
        summary:
          'Referral to mediation by judges and prosecutors, safeguards for victims and the effect of an agreement on proceedings.',
      },
      {
        language: 'fr',
        title: 'La médiation entre la victime et l’auteur en matière pénale',
        summary:
          'Le renvoi en médiation par les juges et les procureurs, les garanties pour les victimes et l’effet d’un accord sur la procédure.',
      },
      {
        language: 'de',
        title: 'Täter-Opfer-Ausgleich in Strafsachen',
        summary:
          'Zuweisung an die Mediation durch Gerichte und Staatsanwaltschaften, Schutz der Opfer und Auswirkungen einer Einigung auf das Verfahren.',
      },
    ],
    sessions: [
      {
        startInDays: 195,
        days: 2,
        country: 'BE',
        city: 'Brussels',
        venue: 'Institut de formation judiciaire',
        language: 'fr',
        capacity: 30,
      },
      {
        startInDays: 340,
        days: 2,
        country: 'FI',
        city: 'Helsinki',
        venue: 'Helsinki District Court Training Rooms',
        language: 'en',
        capacity: 30,
      },
    ],
  },
  {
    slug: 'e-learning-directive-combating-terrorism',
    provider: 'ejtn',
    format: 'self-paced',
    level: 'initial',
    hours: 4,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['judge', 'prosecutor', 'lawyer', 'court-staff'],
    instruments: ['32017L0541'],
    languages: ['en', 'fr', 'de', 'it', 'es', 'pt', 'ro'],
    translations: [
      {
        language: 'en',
        title: 'E-learning: the Directive on combating terrorism',
        summary:
          'Self-paced module on the offences defined by Directive (EU) 2017/541 and the rights of victims of terrorism.',
      },
      {
        language: 'fr',
        title: 'Formation en ligne : la directive relative à la lutte contre le terrorisme',
        summary:
          'Module à suivre à votre rythme sur les infractions définies par la directive (UE) 2017/541 et les droits des victimes du terrorisme.',
      },
      {
        language: 'de',
        title: 'E-Learning: die Richtlinie zur Terrorismusbekämpfung',
        summary:
          'Selbstlernmodul zu den Straftaten der Richtlinie (EU) 2017/541 und zu den Rechten der Opfer des Terrorismus.',
      },
      {
        language: 'it',
        title: 'Formazione a distanza: la direttiva sulla lotta contro il terrorismo',
        summary:
          'Modulo in autoapprendimento sui reati definiti dalla direttiva (UE) 2017/541 e sui diritti delle vittime del terrorismo.',
      },
      {
        language: 'es',
        title: 'Formación en línea: la Directiva relativa a la lucha contra el terrorismo',
        summary:
          'Módulo de autoaprendizaje sobre los delitos definidos por la Directiva (UE) 2017/541 y los derechos de las víctimas del terrorismo.',
      },
      {
        language: 'pt',
        title: 'Formação em linha: a Diretiva relativa à luta contra o terrorismo',
        summary:
          'Módulo de autoaprendizagem sobre as infrações definidas pela Diretiva (UE) 2017/541 e os direitos das vítimas do terrorismo.',
      },
      {
        language: 'ro',
        title: 'Curs online: Directiva privind combaterea terorismului',
        summary:
          'Modul de studiu individual privind infracțiunile definite de Directiva (UE) 2017/541 și drepturile victimelor terorismului.',
      },
    ],
    sessions: [],
  },
  {
    slug: 'violent-extremism-online-investigation-referral',
    provider: 'cepol',
    format: 'face-to-face',
    level: 'continuing',
    hours: 32,
    status: 'published',
    topics: ['radicalisation', 'digital-forensics'],
    professions: ['police-officer'],
    instruments: ['32017L0541'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Violent extremism online: investigation and referral',
        summary:
          'Residential course on open-source investigation of extremist content, referral to platforms and cooperation with Europol.',
      },
    ],
    sessions: [
      {
        startInDays: 100,
        days: 4,
        country: 'HU',
        city: 'Budapest',
        venue: 'CEPOL Headquarters',
        language: 'en',
        capacity: 28,
        quotas: [
          { country: 'HU', places: 2 },
          { country: 'DE', places: 2 },
          { country: 'FR', places: 2 },
          { country: 'IT', places: 2 },
          { country: 'ES', places: 2 },
        ],
      },
      {
        startInDays: 310,
        days: 4,
        country: 'ES',
        city: 'Ávila',
        venue: 'Escuela Nacional de Policía',
        language: 'en',
        capacity: 28,
      },
    ],
  },
  {
    slug: 'mobile-device-forensics-investigators',
    provider: 'cepol',
    format: 'face-to-face',
    level: 'continuing',
    hours: 35,
    status: 'published',
    topics: ['digital-forensics'],
    professions: ['police-officer'],
    instruments: ['32014L0041'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Mobile device forensics for investigators',
        summary:
          'Acquisition and analysis of smartphones, including devices seized in prisons, with current forensic tools.',
      },
    ],
    sessions: [
      {
        startInDays: 90,
        days: 5,
        country: 'LT',
        city: 'Vilnius',
        venue: 'Lithuanian Police School',
        language: 'en',
        capacity: 24,
      },
      {
        startInDays: 265,
        days: 5,
        country: 'EE',
        city: 'Tallinn',
        venue: 'Estonian Academy of Security Sciences',
        language: 'en',
        capacity: 24,
      },
    ],
  },
  {
    slug: 'counter-drone-measures-critical-sites-prisons',
    provider: 'cepol',
    format: 'face-to-face',
    level: 'continuing',
    hours: 24,
    status: 'published',
    topics: ['digital-forensics'],
    professions: ['police-officer', 'prison-staff'],
    instruments: [],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Counter-drone measures for critical sites and prisons',
        summary:
          'Threat assessment, detection technologies, legal limits on countermeasures and evidence from seized drones.',
      },
    ],
    sessions: [
      {
        startInDays: 170,
        days: 3,
        country: 'NL',
        city: 'Apeldoorn',
        venue: 'Police Academy of the Netherlands',
        language: 'en',
        capacity: 24,
      },
    ],
  },
  {
    slug: 'personal-data-police-cooperation-led',
    provider: 'cepol',
    format: 'online',
    level: 'continuing',
    hours: 3,
    status: 'published',
    topics: ['data-protection'],
    professions: ['police-officer'],
    instruments: ['32016L0680'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Personal data in police cooperation: the Law Enforcement Directive',
        summary:
          'Webinar on processing personal data in cross-border police cooperation under Directive (EU) 2016/680.',
      },
    ],
    sessions: [
      { startInDays: 15, days: 1, country: null, language: 'en', capacity: 500 },
      { startInDays: 200, days: 1, country: null, language: 'en', capacity: 500 },
    ],
  },
  {
    slug: 'radicalisation-awareness-first-line-police',
    provider: 'cepol',
    format: 'self-paced',
    level: 'initial',
    hours: 6,
    status: 'published',
    topics: ['radicalisation', 'psychology'],
    professions: ['police-officer'],
    instruments: [],
    languages: ['en', 'fr', 'de', 'it', 'es', 'pt', 'ro'],
    translations: [
      {
        language: 'en',
        title: 'Radicalisation awareness for first-line police officers',
        summary:
          'LEEd e-learning module on recognising radicalisation and on when and how to pass on concerns.',
      },
      {
        language: 'fr',
        title: 'Sensibilisation à la radicalisation pour les policiers de terrain',
        summary:
          'Module d’apprentissage en ligne LEEd pour reconnaître la radicalisation et savoir quand et comment transmettre une préoccupation.',
      },
      {
        language: 'de',
        title: 'Sensibilisierung für Radikalisierung für Polizeikräfte im Streifendienst',
        summary:
          'LEEd-E-Learning-Modul zum Erkennen von Radikalisierung und dazu, wann und wie Bedenken weiterzugeben sind.',
      },
      {
        language: 'it',
        title: 'Sensibilizzazione alla radicalizzazione per gli operatori di polizia in prima linea',
        summary:
          'Modulo e-learning LEEd per riconoscere la radicalizzazione e sapere quando e come segnalare un sospetto.',
      },
      {
        language: 'es',
        title: 'Sensibilización sobre la radicalización para policías de primera línea',
        summary:
          'Módulo de aprendizaje en línea LEEd para reconocer la radicalización y saber cuándo y cómo comunicar una sospecha.',
      },
      {
        language: 'pt',
        title: 'Sensibilização para a radicalização destinada a polícias de primeira linha',
        summary:
          'Módulo de aprendizagem em linha LEEd para reconhecer a radicalização e saber quando e como comunicar uma suspeita.',
      },
      {
        language: 'ro',
        title: 'Conștientizarea radicalizării pentru polițiștii din prima linie',
        summary:
          'Modul de învățare online LEEd pentru recunoașterea radicalizării și pentru a ști când și cum se transmite o suspiciune.',
      },
    ],
    sessions: [],
  },
  {
    slug: 'crisis-negotiation-mediation-skills-police',
    provider: 'cepol',
    format: 'face-to-face',
    level: 'continuing',
    hours: 35,
    status: 'published',
    topics: ['mediation', 'psychology'],
    professions: ['police-officer'],
    instruments: [],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Crisis negotiation and mediation skills for police',
        summary:
          'Negotiation in hostage and barricade situations, including incidents in prisons, with simulation exercises.',
      },
    ],
    sessions: [
      {
        startInDays: 145,
        days: 5,
        country: 'CZ',
        city: 'Prague',
        venue: 'Police Academy of the Czech Republic',
        language: 'en',
        capacity: 24,
      },
      {
        startInDays: 325,
        days: 5,
        country: 'PT',
        city: 'Lisbon',
        venue: 'Instituto Superior de Ciências Policiais e Segurança Interna',
        language: 'en',
        capacity: 24,
      },
    ],
  },
  {
    slug: 'joint-investigation-teams-terrorism',
    provider: 'cepol',
    format: 'face-to-face',
    level: 'continuing',
    hours: 28,
    status: 'published',
    topics: ['radicalisation'],
    professions: ['police-officer', 'prosecutor'],
    instruments: ['32017L0541'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Joint investigation teams in terrorism cases',
        summary:
          'Setting up and running a JIT with Eurojust and Europol support: agreement, funding, evidence and disclosure.',
      },
    ],
    sessions: [
      {
        startInDays: 180,
        days: 4,
        country: 'NL',
        city: 'The Hague',
        venue: 'Eurojust Conference Centre',
        language: 'en',
        capacity: 30,
        quotas: [
          { country: 'NL', places: 3 },
          { country: 'BE', places: 3 },
          { country: 'FR', places: 3 },
          { country: 'DE', places: 3 },
        ],
      },
    ],
  },
  {
    slug: 'investigative-interviewing-terrorist-suspects',
    provider: 'cepol',
    format: 'face-to-face',
    level: 'continuing',
    hours: 24,
    status: 'published',
    topics: ['psychology'],
    professions: ['police-officer'],
    instruments: ['32013L0048', '32012L0013'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Investigative interviewing of suspects of terrorist offences',
        summary:
          'Ethical, research-based interviewing that respects the right of access to a lawyer and the right to information.',
      },
    ],
    sessions: [
      {
        startInDays: 115,
        days: 3,
        country: 'IE',
        city: 'Templemore',
        venue: 'Garda College',
        language: 'en',
        capacity: 24,
      },
      {
        startInDays: 275,
        days: 3,
        country: 'PL',
        city: 'Szczytno',
        venue: 'Police Academy in Szczytno',
        language: 'en',
        capacity: 24,
      },
    ],
  },
  {
    slug: 'training-living-lab-data-protection-pilot',
    provider: 'jp-coops',
    format: 'face-to-face',
    level: 'continuing',
    hours: 8,
    status: 'archived',
    topics: ['data-protection'],
    professions: ['judge', 'prosecutor', 'police-officer', 'researcher'],
    instruments: ['32016R0679', '32016L0680'],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Training Living Lab on data protection (pilot)',
        summary:
          'Pilot co-creation session whose recommendations revised the data-protection module. Kept for reference.',
      },
    ],
    sessions: [
      {
        startInDays: -200,
        days: 1,
        country: 'MT',
        city: 'Valletta',
        venue: 'University of Malta, Valletta Campus',
        language: 'en',
        capacity: 50,
        status: 'closed',
      },
    ],
  },
  {
    slug: 'radicalisation-prevention-pilot-course',
    provider: 'mindb4act',
    format: 'blended',
    level: 'initial',
    hours: 12,
    status: 'archived',
    topics: ['radicalisation'],
    professions: ['police-officer', 'prison-staff'],
    instruments: [],
    languages: ['en'],
    translations: [
      {
        language: 'en',
        title: 'Radicalisation prevention: pilot course',
        summary:
          'First edition of the prevention course, replaced by the current modules. Kept for reference.',
      },
    ],
    sessions: [
      {
        startInDays: -120,
        days: 2,
        country: 'ES',
        city: 'Madrid',
        venue: 'Universidad Politécnica de Madrid',
        language: 'en',
        capacity: 30,
        status: 'closed',
      },
    ],
  },
  {
    slug: 'certificate-prevention-violent-extremism',
    provider: 'mindb4act',
    format: 'blended',
    level: 'continuing',
    hours: 60,
    fee: { amount: 350, currency: 'EUR' },
    status: 'published',
    topics: ['radicalisation', 'psychology', 'mediation'],
    professions: ['trainer', 'probation-officer', 'researcher', 'other'],
    instruments: [],
    languages: ['en'],
    credits: [{ system: 'ECTS', amount: 2, awardingBody: 'University of Malta' }],
    translations: [
      {
        language: 'en',
        title: 'Certificate in the prevention of violent extremism',
        summary:
          'Ten-week blended certificate with an assessed project, for practitioners who lead prevention work.',
      },
      {
        language: 'it',
        title: 'Certificato in prevenzione dell’estremismo violento',
        summary:
          'Percorso misto di dieci settimane con un progetto valutato, per i professionisti che coordinano attività di prevenzione.',
      },
    ],
    sessions: [
      {
        startInDays: 150,
        days: 70,
        country: 'MT',
        city: 'Msida',
        venue: 'University of Malta, Msida Campus',
        language: 'en',
        capacity: 30,
      },
    ],
  },
];
