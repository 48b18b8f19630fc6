/**
 * Word lists per language for the toolkit benchmark's generated resources: what toolkits, handbooks
 * and practices on radicalisation, prison, probation and judicial cooperation say, in seven languages.
 * Sentences are drawn from them (frequent words, skewed domain terms, topic words, rare words).
 */
export type BenchLanguage = 'en' | 'it' | 'fr' | 'de' | 'es' | 'pt' | 'ro';

export interface Vocabulary {
  readonly common: readonly string[];
  readonly terms: readonly string[];
  readonly topics: Readonly<Record<string, readonly string[]>>;
  readonly titleStarts: readonly string[];
  readonly rare: readonly string[];
}

const words = (text: string) => text.trim().split(/\s+/);

export const topicCodes = [
  'radicalisation',
  'digital-forensics',
  'mediation',
  'data-protection',
  'psychology',
];

export const vocabulary: Record<BenchLanguage, Vocabulary> = {
  en: {
    common: words('the and of for in with to on a by practitioners staff european guidance'),
    terms: words(
      'prison probation offenders extremist violent returnees disengagement rehabilitation reintegration risk assessment exit programme mentoring dynamic security cooperation warrant surrender investigation order evidence victims juvenile family community police prosecutors judges',
    ),
    topics: {
      radicalisation: words(
        'radicalisation extremism terrorism recruitment propaganda ideology polarisation',
      ),
      'digital-forensics': words('digital forensics devices encryption online platforms metadata seizure'),
      mediation: words('mediation restorative dialogue conflict reconciliation victim-offender'),
      'data-protection': words('data protection personal information sharing retention safeguards'),
      psychology: words('psychology vulnerability identity trauma motivation resilience'),
    },
    titleStarts: words(
      'Handbook Guidelines Toolkit Manual Lessons Practices Responses Working Preventing Managing',
    ),
    rare: words('hawala steganography deepfake cryptocurrency'),
  },
  it: {
    common: words('il la di per in con e a su degli delle operatori personale europeo indicazioni'),
    terms: words(
      'carcere probation detenuti estremisti violenti rimpatriati disimpegno riabilitazione reinserimento rischio valutazione programma uscita tutoraggio sicurezza dinamica cooperazione mandato consegna ordine indagine prove vittime minori famiglia comunità polizia pubblici ministeri giudici',
    ),
    topics: {
      radicalisation: words(
        'radicalizzazione estremismo terrorismo reclutamento propaganda ideologia polarizzazione',
      ),
      'digital-forensics': words('informatica forense dispositivi cifratura piattaforme metadati sequestro'),
      mediation: words('mediazione riparativa dialogo conflitto riconciliazione vittima-autore'),
      'data-protection': words('protezione dati personali condivisione conservazione garanzie'),
      psychology: words('psicologia vulnerabilità identità trauma motivazione resilienza'),
    },
    titleStarts: words('Manuale Linee Toolkit Guida Lezioni Pratiche Risposte Lavorare Prevenire Gestire'),
    rare: words('hawala steganografia deepfake criptovaluta'),
  },
  fr: {
    common: words('le la les de des pour dans avec et à sur professionnels personnel européen orientations'),
    terms: words(
      'prison probation détenus extrémistes violents revenants désengagement réhabilitation réinsertion risque évaluation programme sortie mentorat sécurité dynamique coopération mandat remise décision enquête preuve victimes mineurs famille communauté police procureurs juges',
    ),
    topics: {
      radicalisation: words(
        'radicalisation extrémisme terrorisme recrutement propagande idéologie polarisation',
      ),
      'digital-forensics': words(
        'criminalistique numérique appareils chiffrement plateformes métadonnées saisie',
      ),
      mediation: words('médiation réparatrice dialogue conflit réconciliation victime-auteur'),
      'data-protection': words('protection données personnelles partage conservation garanties'),
      psychology: words('psychologie vulnérabilité identité traumatisme motivation résilience'),
    },
    titleStarts: words('Manuel Lignes Boîte Guide Leçons Pratiques Réponses Travailler Prévenir Gérer'),
    rare: words('hawala stéganographie hypertrucage cryptomonnaie'),
  },
  de: {
    common: words('der die das und für in mit von zu auf Fachkräfte Personal europäische Leitfaden'),
    terms: words(
      'Justizvollzug Bewährungshilfe Gefangene Extremisten gewaltbereite Rückkehrer Distanzierung Resozialisierung Wiedereingliederung Risiko Bewertung Ausstiegsprogramm Mentoring dynamische Sicherheit Zusammenarbeit Haftbefehl Übergabe Ermittlungsanordnung Beweise Opfer Jugendliche Familie Gemeinschaft Polizei Staatsanwälte Richter grenzüberschreitend',
    ),
    topics: {
      radicalisation: words(
        'Radikalisierung Extremismus Terrorismus Anwerbung Propaganda Ideologie Polarisierung',
      ),
      'digital-forensics': words(
        'digitale Forensik Geräte Verschlüsselung Plattformen Metadaten Beschlagnahme',
      ),
      mediation: words('Mediation Täter-Opfer-Ausgleich Dialog Konflikt Versöhnung restorative'),
      'data-protection': words('Datenschutz personenbezogene Informationsaustausch Speicherung Garantien'),
      psychology: words('Psychologie Verletzlichkeit Identität Trauma Motivation Resilienz'),
    },
    titleStarts: words(
      'Handbuch Leitlinien Toolkit Leitfaden Erfahrungen Praxis Antworten Arbeit Verhinderung Umgang',
    ),
    rare: words('Hawala Steganografie Deepfake Kryptowährung'),
  },
  es: {
    common: words('el la los de para en con y a sobre profesionales personal europeo orientaciones'),
    terms: words(
      'prisión libertad vigilada internos extremistas violentos retornados desvinculación rehabilitación reinserción riesgo evaluación programa salida mentoría seguridad dinámica cooperación orden entrega investigación prueba víctimas menores familia comunidad policía fiscales jueces',
    ),
    topics: {
      radicalisation: words(
        'radicalización extremismo terrorismo reclutamiento propaganda ideología polarización',
      ),
      'digital-forensics': words(
        'informática forense dispositivos cifrado plataformas metadatos incautación',
      ),
      mediation: words('mediación restaurativa diálogo conflicto reconciliación víctima-infractor'),
      'data-protection': words('protección datos personales intercambio conservación garantías'),
      psychology: words('psicología vulnerabilidad identidad trauma motivación resiliencia'),
    },
    titleStarts: words(
      'Manual Directrices Caja Guía Lecciones Prácticas Respuestas Trabajar Prevenir Gestionar',
    ),
    rare: words('hawala esteganografía ultrafalso criptomoneda'),
  },
  pt: {
    common: words('o a os de para em com e ao sobre profissionais pessoal europeu orientações'),
    terms: words(
      'prisão liberdade condicional reclusos extremistas violentos retornados desvinculação reabilitação reinserção risco avaliação programa saída mentoria segurança dinâmica cooperação mandado entrega decisão investigação prova vítimas menores família comunidade polícia procuradores juízes',
    ),
    topics: {
      radicalisation: words(
        'radicalização extremismo terrorismo recrutamento propaganda ideologia polarização',
      ),
      'digital-forensics': words('informática forense dispositivos cifragem plataformas metadados apreensão'),
      mediation: words('mediação restaurativa diálogo conflito reconciliação vítima-agressor'),
      'data-protection': words('proteção dados pessoais partilha conservação garantias'),
      psychology: words('psicologia vulnerabilidade identidade trauma motivação resiliência'),
    },
    titleStarts: words('Manual Orientações Toolkit Guia Lições Práticas Respostas Trabalhar Prevenir Gerir'),
    rare: words('hawala esteganografia deepfake criptomoeda'),
  },
  ro: {
    common: words('și de pentru în cu la pe al ale practicieni personal european orientări'),
    terms: words(
      'penitenciar probațiune deținuți extremiști violenți returnați dezangajare reabilitare reintegrare risc evaluare program ieșire mentorat securitate dinamică cooperare mandat predare ordin anchetă probe victime minori familie comunitate poliție procurori judecători',
    ),
    topics: {
      radicalisation: words('radicalizare extremism terorism recrutare propagandă ideologie polarizare'),
      'digital-forensics': words('criminalistică digitală dispozitive criptare platforme metadate ridicare'),
      mediation: words('mediere restaurativă dialog conflict reconciliere victimă-infractor'),
      'data-protection': words('protecția datelor personale partajare păstrare garanții'),
      psychology: words('psihologie vulnerabilitate identitate traumă motivație reziliență'),
    },
    titleStarts: words(
      'Manual Ghid Toolkit Îndrumar Lecții Practici Răspunsuri Lucrul Prevenirea Gestionarea',
    ),
    rare: words('hawala steganografie deepfake criptomonedă'),
  },
};
