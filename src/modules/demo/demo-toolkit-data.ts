import type { ResourceRecord } from '../toolkit/index.js';

/**
 * The Super Toolkit's demo resources: what RAN, EJTN, CEPOL, the Council of Europe, EuroPris and the
 * JP-COOPS partners publish on radicalisation, prison, probation and judicial cooperation, written in
 * the networks' languages. Invented for the demo (titles and addresses are not real publications).
 */
export interface DemoResource extends Omit<
  ResourceRecord,
  'evaluation' | 'transferability' | 'contact' | 'doi'
> {
  /** Identifies the demo resource across seeds; also its address at the network. */
  readonly key: string;
  readonly evaluation?: string;
  readonly transferability?: string;
  readonly contact?: string;
  readonly doi?: string;
}

const EAW = '32002F0584';
const EIO = '32014L0041';
const TRANSFER = '32008F0909';
const PROBATION = '32008F0947';
const TERRORISM = '32017L0541';
const LED = '32016L0680';
const VICTIMS = '32012L0029';

const base: Pick<
  DemoResource,
  'topics' | 'professions' | 'countries' | 'instruments' | 'licence' | 'evidence'
> = {
  topics: ['radicalisation'],
  professions: [],
  countries: [],
  instruments: [],
  licence: 'CC BY 4.0',
  evidence: null,
};

export const demoResources: readonly DemoResource[] = [
  {
    ...base,
    key: 'ran-returnees-manual',
    network: 'RAN',
    type: 'handbook',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Responses to returnees: foreign terrorist fighters and their families',
        summary:
          'A manual for prison, probation and social services on risk assessment, disengagement and the reintegration of returning foreign terrorist fighters and their children.',
      },
      {
        language: 'fr',
        title: 'Réponses aux revenants : combattants terroristes étrangers et leurs familles',
        summary:
          'Manuel destiné aux services pénitentiaires, de probation et sociaux sur l’évaluation des risques, le désengagement et la réinsertion des combattants revenus et de leurs enfants.',
      },
      {
        language: 'de',
        title: 'Umgang mit Rückkehrern: ausländische terroristische Kämpfer und ihre Familien',
        summary:
          'Handbuch für Justizvollzug, Bewährungshilfe und Sozialdienste zu Risikobewertung, Distanzierung und Wiedereingliederung von Rückkehrern und ihren Kindern.',
      },
    ],
    professions: ['prison-staff', 'probation-officer', 'prosecutor'],
    languages: ['en', 'fr', 'de'],
    countries: ['BE', 'DE', 'FR', 'NL'],
    instruments: [TERRORISM],
    originalUrl: 'https://home-affairs.ec.europa.eu/networks/ran/demo/returnees-manual',
    organisationName: 'Radicalisation Awareness Network',
    publishedOn: '2022-07',
    evidence: 'peer-reviewed',
    evaluation: 'Reviewed by RAN practitioners from twelve member states in two working-group meetings.',
    transferability: 'Needs cooperation agreements between prison, probation and youth services.',
  },
  {
    ...base,
    key: 'ran-prison-exit',
    network: 'RAN',
    type: 'practice',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Exit work in prison: mentoring violent extremist offenders',
        summary:
          'How mentors and chaplains build trust with violent extremist offenders and prepare their release together with probation officers.',
      },
    ],
    topics: ['radicalisation', 'psychology'],
    professions: ['prison-staff', 'probation-officer'],
    languages: ['en'],
    countries: ['DK', 'SE'],
    originalUrl: 'https://home-affairs.ec.europa.eu/networks/ran/demo/prison-exit-mentoring',
    organisationName: 'RAN Rehabilitation Working Group',
    publishedOn: '2021-11',
    evidence: 'evaluated',
    evaluation:
      'External evaluation of 64 cases between 2017 and 2020: no reconviction for terrorist offences.',
  },
  {
    ...base,
    key: 'ran-risk-assessment',
    network: 'RAN',
    type: 'guideline',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Risk assessment of violent extremist offenders: choosing and using tools',
        summary:
          'Compares structured professional judgement tools and explains how to combine them with the knowledge of prison staff.',
      },
      {
        language: 'it',
        title: 'Valutazione del rischio dei detenuti estremisti violenti: scegliere e usare gli strumenti',
        summary:
          'Confronta gli strumenti di giudizio professionale strutturato e spiega come integrarli con la conoscenza del personale penitenziario.',
      },
    ],
    topics: ['radicalisation', 'psychology'],
    professions: ['prison-staff', 'surveillance-judge', 'researcher'],
    languages: ['en', 'it'],
    countries: ['IT', 'NL', 'ES'],
    originalUrl: 'https://home-affairs.ec.europa.eu/networks/ran/demo/risk-assessment-tools',
    organisationName: 'Radicalisation Awareness Network',
    publishedOn: '2023-03',
    evidence: 'peer-reviewed',
  },
  {
    ...base,
    key: 'ran-online-propaganda',
    network: 'RAN',
    type: 'training-material',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Online propaganda and gaming platforms: a briefing for police trainers',
        summary:
          'Slides and exercises on extremist narratives in games, chats and short videos, with cases for community police officers.',
      },
    ],
    topics: ['radicalisation', 'digital-forensics'],
    professions: ['police-officer', 'trainer'],
    languages: ['en'],
    originalUrl: 'https://home-affairs.ec.europa.eu/networks/ran/demo/online-propaganda-gaming',
    organisationName: 'RAN Communication and Narratives Working Group',
    publishedOn: '2024-02',
    evidence: 'inspiring',
  },
  {
    ...base,
    key: 'ejtn-eaw-handbook',
    network: 'EJTN',
    type: 'handbook',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'The European Arrest Warrant in practice: a handbook for judges and prosecutors',
        summary:
          'Issuing and executing European Arrest Warrants: proportionality, grounds for refusal, detention conditions and the case law of the Court of Justice.',
      },
      {
        language: 'ro',
        title: 'Mandatul european de arestare în practică: manual pentru judecători și procurori',
        summary:
          'Emiterea și executarea mandatelor europene de arestare: proporționalitate, motive de refuz, condiții de detenție și jurisprudența Curții de Justiție.',
      },
      {
        language: 'es',
        title: 'La orden europea de detención en la práctica: manual para jueces y fiscales',
        summary:
          'Emisión y ejecución de órdenes europeas de detención: proporcionalidad, motivos de denegación, condiciones de reclusión y jurisprudencia del Tribunal de Justicia.',
      },
    ],
    topics: ['radicalisation'],
    professions: ['judge', 'prosecutor', 'lawyer'],
    languages: ['en', 'ro', 'es'],
    countries: ['RO', 'ES', 'IT'],
    instruments: [EAW],
    originalUrl: 'https://www.ejtn.eu/demo/eaw-handbook',
    organisationName: 'European Judicial Training Network',
    publishedOn: '2023-09',
    evidence: 'peer-reviewed',
  },
  {
    ...base,
    key: 'ejtn-eio-elearning',
    network: 'EJTN',
    type: 'e-learning',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'European Investigation Order: self-paced course',
        summary:
          'Six modules on issuing, recognising and executing EIOs, with the annex A form, deadlines and the use of evidence gathered abroad.',
      },
      {
        language: 'pt',
        title: 'Decisão europeia de investigação: curso em autoaprendizagem',
        summary:
          'Seis módulos sobre a emissão, o reconhecimento e a execução de DEI, com o formulário do anexo A, os prazos e a utilização da prova obtida no estrangeiro.',
      },
    ],
    topics: ['digital-forensics'],
    professions: ['judge', 'prosecutor', 'investigating-judge'],
    languages: ['en', 'pt'],
    instruments: [EIO],
    originalUrl: 'https://www.ejtn.eu/demo/eio-self-paced-course',
    organisationName: 'European Judicial Training Network',
    publishedOn: '2024-05',
    licence: 'EJTN terms of use',
  },
  {
    ...base,
    key: 'ejtn-terrorism-case-law',
    network: 'EJTN',
    type: 'case-study',
    sourceLanguage: 'fr',
    texts: [
      {
        language: 'fr',
        title: 'Jurisprudence européenne en matière de terrorisme : études de cas',
        summary:
          'Dix affaires commentées sur l’association de malfaiteurs terroriste, l’apologie en ligne et la preuve numérique, pour les magistrats du parquet.',
      },
      {
        language: 'en',
        title: 'European terrorism case law: case studies',
        summary:
          'Ten annotated cases on terrorist conspiracy, online glorification and digital evidence, for prosecutors.',
      },
    ],
    topics: ['radicalisation', 'digital-forensics'],
    professions: ['prosecutor', 'judge'],
    languages: ['fr', 'en'],
    countries: ['FR', 'BE'],
    instruments: [TERRORISM],
    originalUrl: 'https://www.ejtn.eu/demo/terrorism-case-law',
    organisationName: 'École nationale de la magistrature',
    publishedOn: '2022',
    evidence: 'peer-reviewed',
  },
  {
    ...base,
    key: 'ejtn-victims-terrorism',
    network: 'EJTN',
    type: 'guideline',
    sourceLanguage: 'es',
    texts: [
      {
        language: 'es',
        title: 'Guía para la atención judicial a las víctimas del terrorismo',
        summary:
          'Derechos de información, protección y participación de las víctimas en el proceso penal, con modelos de comunicación para juzgados y fiscalías.',
      },
    ],
    topics: ['psychology'],
    professions: ['judge', 'prosecutor', 'court-staff'],
    languages: ['es'],
    countries: ['ES'],
    instruments: [VICTIMS, TERRORISM],
    originalUrl: 'https://www.ejtn.eu/demo/victims-of-terrorism-guide',
    organisationName: 'Escuela Judicial (Consejo General del Poder Judicial)',
    publishedOn: '2021-04',
    evidence: 'inspiring',
  },
  {
    ...base,
    key: 'cepol-osint',
    network: 'CEPOL',
    type: 'e-learning',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Open-source intelligence in counter-terrorism investigations',
        summary:
          'LEEd online module on collecting and preserving open-source evidence lawfully, with the data protection rules of the Law Enforcement Directive.',
      },
    ],
    topics: ['digital-forensics', 'data-protection'],
    professions: ['police-officer', 'prosecutor'],
    languages: ['en'],
    instruments: [LED],
    originalUrl: 'https://www.cepol.europa.eu/demo/osint-counter-terrorism',
    organisationName: 'CEPOL',
    publishedOn: '2024-01',
    licence: 'CEPOL LEEd licence',
  },
  {
    ...base,
    key: 'cepol-first-responders',
    network: 'CEPOL',
    type: 'training-material',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Recognising radicalisation: a curriculum for first-line police officers',
        summary:
          'Lesson plans, role plays and indicators that help patrol officers recognise signs of radicalisation and refer cases to multi-agency hubs.',
      },
      {
        language: 'de',
        title: 'Radikalisierung erkennen: ein Curriculum für Polizeibeamte im Streifendienst',
        summary:
          'Unterrichtsentwürfe, Rollenspiele und Indikatoren, mit denen Streifenbeamte Anzeichen von Radikalisierung erkennen und Fälle an behördenübergreifende Stellen weiterleiten.',
      },
    ],
    professions: ['police-officer', 'trainer'],
    languages: ['en', 'de'],
    countries: ['AT', 'DE'],
    originalUrl: 'https://www.cepol.europa.eu/demo/first-line-radicalisation-curriculum',
    organisationName: 'CEPOL',
    publishedOn: '2023-06',
    evidence: 'evaluated',
    evaluation:
      'Piloted with 420 officers in Austria and Germany; knowledge tests before and after each course.',
  },
  {
    ...base,
    key: 'cepol-digital-evidence',
    network: 'CEPOL',
    type: 'video',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Seizing encrypted devices: webinar recording',
        summary:
          'Forensic experts show how to seize and image phones and laptops without losing volatile data, and how to ask other member states for help.',
      },
    ],
    topics: ['digital-forensics'],
    professions: ['police-officer', 'investigating-judge'],
    languages: ['en'],
    instruments: [EIO],
    originalUrl: 'https://www.cepol.europa.eu/demo/encrypted-devices-webinar',
    organisationName: 'CEPOL',
    publishedOn: '2024-09-18',
  },
  {
    ...base,
    key: 'coe-prison-handbook',
    network: 'CoE',
    type: 'handbook',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Handbook for prison and probation services regarding radicalisation and violent extremism',
        summary:
          'Principles and practical steps for prison and probation services, grounded in the European Prison Rules and the European Probation Rules.',
      },
      {
        language: 'fr',
        title:
          'Manuel à l’intention des services pénitentiaires et de probation concernant la radicalisation et l’extrémisme violent',
        summary:
          'Principes et mesures concrètes pour les services pénitentiaires et de probation, fondés sur les Règles pénitentiaires européennes et les Règles européennes relatives à la probation.',
      },
      {
        language: 'it',
        title:
          'Manuale per i servizi penitenziari e di probation in materia di radicalizzazione ed estremismo violento',
        summary:
          'Principi e misure pratiche per i servizi penitenziari e di probation, fondati sulle Regole penitenziarie europee e sulle Regole europee sulla probation.',
      },
    ],
    professions: ['prison-staff', 'prison-director', 'probation-officer'],
    languages: ['en', 'fr', 'it'],
    instruments: [PROBATION],
    originalUrl: 'https://www.coe.int/demo/prison-probation-radicalisation-handbook',
    organisationName: 'Council of Europe, Council for Penological Co-operation',
    publishedOn: '2016',
    evidence: 'peer-reviewed',
  },
  {
    ...base,
    key: 'coe-human-rights-ct',
    network: 'CoE',
    type: 'legislation',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Guidelines on human rights and the fight against terrorism',
        summary:
          'The Committee of Ministers’ guidelines on arrest, detention, fair trial and data protection in counter-terrorism measures, with commentary.',
      },
    ],
    topics: ['radicalisation', 'data-protection'],
    professions: ['judge', 'prosecutor', 'lawyer'],
    languages: ['en'],
    originalUrl: 'https://www.coe.int/demo/human-rights-counter-terrorism-guidelines',
    organisationName: 'Council of Europe',
    publishedOn: '2022-03',
  },
  {
    ...base,
    key: 'coe-help-radicalisation',
    network: 'CoE',
    type: 'e-learning',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'HELP course: radicalisation prevention in prisons',
        summary:
          'Free online course of the HELP programme for prison staff and lawyers: human rights standards, dynamic security and disengagement.',
      },
      {
        language: 'ro',
        title: 'Curs HELP: prevenirea radicalizării în penitenciare',
        summary:
          'Curs online gratuit al programului HELP pentru personalul penitenciar și avocați: standarde privind drepturile omului, securitate dinamică și dezangajare.',
      },
      {
        language: 'pt',
        title: 'Curso HELP: prevenção da radicalização nas prisões',
        summary:
          'Curso em linha gratuito do programa HELP para pessoal prisional e advogados: normas de direitos humanos, segurança dinâmica e desvinculação.',
      },
    ],
    professions: ['prison-staff', 'lawyer'],
    languages: ['en', 'ro', 'pt'],
    countries: ['RO', 'PT'],
    originalUrl: 'https://www.coe.int/demo/help-radicalisation-prisons',
    organisationName: 'Council of Europe, HELP programme',
    publishedOn: '2023-10',
    evidence: 'evaluated',
  },
  {
    ...base,
    key: 'europris-dynamic-security',
    network: 'EuroPris',
    type: 'practice',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Dynamic security in high-security wings: an inspiring practice',
        summary:
          'How daily contact, activities and staff rotation reduce violence and recruitment in wings for violent extremist offenders.',
      },
    ],
    professions: ['prison-staff', 'prison-director'],
    languages: ['en'],
    countries: ['NL', 'BE'],
    originalUrl: 'https://www.europris.org/demo/dynamic-security-high-security',
    organisationName: 'EuroPris',
    publishedOn: '2022-05',
    evidence: 'inspiring',
  },
  {
    ...base,
    key: 'europris-transfer-prisoners',
    network: 'EuroPris',
    type: 'guideline',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Transferring sentenced persons within the EU: a practical guide for prison services',
        summary:
          'Steps, forms and time limits of Framework Decision 2008/909/JHA for prison administrations, with a checklist for the certificate.',
      },
      {
        language: 'it',
        title: 'Il trasferimento dei condannati nell’UE: guida pratica per l’amministrazione penitenziaria',
        summary:
          'Fasi, moduli e termini della decisione quadro 2008/909/GAI per le amministrazioni penitenziarie, con una lista di controllo per il certificato.',
      },
    ],
    topics: ['radicalisation'],
    professions: ['prison-director', 'prison-staff', 'prosecutor'],
    languages: ['en', 'it'],
    instruments: [TRANSFER],
    originalUrl: 'https://www.europris.org/demo/transfer-sentenced-persons-guide',
    organisationName: 'EuroPris',
    publishedOn: '2021-09',
  },
  {
    ...base,
    key: 'europris-returnees-manual',
    network: 'EuroPris',
    type: 'handbook',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Responses to returnees: foreign terrorist fighters and their families',
        summary:
          'The RAN manual on returnees, shared with the prison services of EuroPris members with a foreword on prison regimes.',
      },
    ],
    professions: ['prison-staff'],
    languages: ['en'],
    originalUrl: 'https://www.europris.org/demo/ran-returnees-manual',
    organisationName: 'EuroPris',
    publishedOn: '2022-07',
  },
  {
    ...base,
    key: 'europris-probation-mediation',
    network: 'EuroPris',
    type: 'research',
    sourceLanguage: 'de',
    texts: [
      {
        language: 'de',
        title: 'Täter-Opfer-Ausgleich in Haft: eine vergleichende Studie',
        summary:
          'Vergleich von Programmen der restorativen Justiz in Justizvollzugsanstalten aus sechs Mitgliedstaaten, mit Empfehlungen für die Bewährungshilfe.',
      },
    ],
    topics: ['mediation'],
    professions: ['probation-officer', 'researcher'],
    languages: ['de'],
    countries: ['DE', 'AT', 'CZ'],
    instruments: [PROBATION],
    originalUrl: 'https://www.europris.org/demo/restorative-justice-in-prison-study',
    organisationName: 'Kriminologischer Dienst',
    publishedOn: '2020-12',
    evidence: 'evaluated',
  },
  {
    ...base,
    key: 'jpcoops-contact-points',
    network: 'JP-COOPS',
    type: 'toolkit',
    sourceLanguage: 'en',
    texts: [
      {
        language: 'en',
        title: 'Multi-agency contact points against radicalisation: a toolkit',
        summary:
          'Templates, meeting agendas and information-sharing agreements for national contact points linking judges, prosecutors, prison, probation and police.',
      },
      {
        language: 'it',
        title: 'Punti di contatto multi-agenzia contro la radicalizzazione: un toolkit',
        summary:
          'Modelli, ordini del giorno e accordi di scambio di informazioni per i punti di contatto nazionali tra magistrati, carcere, probation e polizia.',
      },
    ],
    professions: ['judge', 'prosecutor', 'prison-staff', 'probation-officer', 'police-officer'],
    languages: ['en', 'it'],
    countries: ['IT', 'MT', 'RO', 'ES'],
    instruments: [LED],
    originalUrl: 'https://jp-coops.eu/demo/contact-points-toolkit',
    organisationName: 'University of Malta',
    contact: 'toolkit@jp-coops.eu',
    publishedOn: '2025-06',
    evidence: 'inspiring',
    transferability: 'Works where a national authority can host the contact point and convene the agencies.',
  },
  {
    ...base,
    key: 'jpcoops-mediation-prison',
    network: 'JP-COOPS',
    type: 'practice',
    sourceLanguage: 'it',
    texts: [
      {
        language: 'it',
        title: 'Mediazione penale e radicalizzazione in carcere: l’esperienza di un istituto campano',
        summary:
          'Percorsi di mediazione tra detenuti e operatori per prevenire la radicalizzazione, con il ruolo del magistrato di sorveglianza.',
      },
      {
        language: 'en',
        title: 'Victim-offender mediation and radicalisation in prison: a practice from Campania',
        summary:
          'Mediation between inmates and staff to prevent radicalisation, and the role of the supervisory judge.',
      },
    ],
    topics: ['mediation', 'radicalisation'],
    professions: ['surveillance-judge', 'prison-staff'],
    languages: ['it', 'en'],
    countries: ['IT'],
    originalUrl: 'https://jp-coops.eu/demo/mediation-in-prison-campania',
    organisationName: 'Università degli Studi di Napoli Federico II',
    publishedOn: '2025-03',
    evidence: 'inspiring',
  },
  {
    ...base,
    key: 'jpcoops-forensics-guide',
    network: 'JP-COOPS',
    type: 'guideline',
    sourceLanguage: 'ro',
    texts: [
      {
        language: 'ro',
        title: 'Probele digitale în cauzele de terorism: ghid pentru procurori',
        summary:
          'Ridicarea, conservarea și analiza probelor digitale, cererile de asistență prin ordinul european de anchetă și protecția datelor cu caracter personal.',
      },
    ],
    topics: ['digital-forensics', 'data-protection'],
    professions: ['prosecutor', 'investigating-judge'],
    languages: ['ro'],
    countries: ['RO'],
    instruments: [EIO, LED],
    originalUrl: 'https://jp-coops.eu/demo/digital-evidence-guide-ro',
    organisationName: 'Institutul Național al Magistraturii',
    publishedOn: '2025-01',
  },
  {
    ...base,
    key: 'jpcoops-psychology-module',
    network: 'JP-COOPS',
    type: 'training-material',
    sourceLanguage: 'es',
    texts: [
      {
        language: 'es',
        title: 'Psicología de la radicalización: módulo formativo para funcionarios de prisiones',
        summary:
          'Factores de vulnerabilidad, procesos de identidad y señales de alerta, con casos prácticos y una guía para el formador.',
      },
      {
        language: 'pt',
        title: 'Psicologia da radicalização: módulo de formação para guardas prisionais',
        summary:
          'Fatores de vulnerabilidade, processos identitários e sinais de alerta, com casos práticos e um guia para o formador.',
      },
    ],
    topics: ['psychology'],
    professions: ['prison-staff', 'trainer'],
    languages: ['es', 'pt'],
    countries: ['ES', 'PT'],
    originalUrl: 'https://jp-coops.eu/demo/psychology-of-radicalisation-module',
    organisationName: 'Universidad de Granada',
    publishedOn: '2025-09',
    evidence: 'peer-reviewed',
  },
  {
    ...base,
    key: 'jpcoops-juvenile-justice',
    network: 'JP-COOPS',
    type: 'case-study',
    sourceLanguage: 'fr',
    texts: [
      {
        language: 'fr',
        title: 'Mineurs radicalisés devant le juge des enfants : trois études de cas',
        summary:
          'Mesures éducatives, suivi en milieu ouvert et coopération avec les services de protection de l’enfance pour des mineurs poursuivis pour terrorisme.',
      },
    ],
    topics: ['radicalisation', 'psychology'],
    professions: ['juvenile-judge', 'juvenile-prosecutor'],
    languages: ['fr'],
    countries: ['FR', 'BE'],
    instruments: [TERRORISM],
    originalUrl: 'https://jp-coops.eu/demo/juvenile-cases-fr',
    organisationName: 'JP-COOPS',
    publishedOn: '2025-05',
  },
  {
    ...base,
    key: 'jpcoops-data-protection',
    network: 'JP-COOPS',
    type: 'guideline',
    sourceLanguage: 'pt',
    texts: [
      {
        language: 'pt',
        title: 'Partilha de informações entre serviços prisionais e polícia: regras de proteção de dados',
        summary:
          'O que a Diretiva (UE) 2016/680 permite partilhar, com quem e durante quanto tempo, com modelos de registo de transmissões.',
      },
    ],
    topics: ['data-protection'],
    professions: ['prison-director', 'police-officer'],
    languages: ['pt'],
    countries: ['PT'],
    instruments: [LED],
    originalUrl: 'https://jp-coops.eu/demo/information-sharing-data-protection-pt',
    organisationName: 'JP-COOPS',
    publishedOn: '2025-10',
  },
  {
    ...base,
    key: 'jpcoops-eaw-prison-conditions',
    network: 'JP-COOPS',
    type: 'research',
    sourceLanguage: 'de',
    texts: [
      {
        language: 'de',
        title: 'Haftbedingungen und Europäischer Haftbefehl: Auswertung der Rechtsprechung',
        summary:
          'Wie Vollstreckungsgerichte Zusicherungen zu Haftbedingungen prüfen, nach Aranyosi und Căldăraru, mit Zahlen aus vier Mitgliedstaaten.',
      },
      {
        language: 'en',
        title: 'Detention conditions and the European Arrest Warrant: a review of case law',
        summary:
          'How executing courts assess assurances on detention conditions after Aranyosi and Căldăraru, with figures from four member states.',
      },
    ],
    topics: ['radicalisation'],
    professions: ['judge', 'lawyer', 'researcher'],
    languages: ['de', 'en'],
    countries: ['DE', 'RO', 'HU', 'IT'],
    instruments: [EAW],
    originalUrl: 'https://jp-coops.eu/demo/detention-conditions-eaw-review',
    organisationName: 'JP-COOPS',
    publishedOn: '2025-11',
    evidence: 'peer-reviewed',
  },
];

/** The same work published by two networks: shown on each page as "also available from". */
export const demoResourceLinks: readonly (readonly [string, string])[] = [
  ['europris-returnees-manual', 'ran-returnees-manual'],
];
