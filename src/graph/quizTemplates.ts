/**
 * The self-test's reviewed allow-list: every question the quiz may ask, each with the passage of
 * a source that closes its answer and the reason why no wrong option can be true.
 *
 * The dataset does not list everything in the world, so a question generated from "whatever the
 * data does not say" marks true answers wrong (Norway offered as not in NATO, the Tax Agency as
 * not at the joint office at Europol). A question is therefore asked only where the answer is
 * closed by the text: either the source states the whole set (NCT's staff: Säkerhetspolisen, FRA
 * and Must), or every wrong option is one the sources contradict or that cannot be right (a year
 * the source gives differently, an organisation the source places elsewhere, the wrong kind of
 * thing). Wrong options are listed here by hand, each reviewed; none is drawn from the rest of
 * the dataset. When in doubt, a question is left out.
 *
 * The generator re-checks every template against the data it is given: the closing passage must
 * still be quoted in the evidence, the right answers in the data must be exactly the ones the
 * passage names (`expect`), and a wrong option that the data joins to the subject, or that the
 * deciding quotes name, is dropped. A template whose facts are missing asks nothing.
 */
import type { EdgeType, NodeType } from '../data/vocabulary';

export type QuizAsk =
  /** The answers are the nodes at the other end of the subject's edges of these types. */
  | {
      kind: 'relation';
      subject: string;
      types: readonly EdgeType[];
      /** The subject's end of the edges. */
      end: 'source' | 'target';
      /** Then follow one edge of this type from the node reached (e.g. a mission, part of the UN). */
      through?: EdgeType;
      /** Only answers of these node types (e.g. the agencies among OPC's participants). */
      answerTypes?: readonly NodeType[];
    }
  /** The subject's founding year (`founded`), stated in its evidence. */
  | { kind: 'year'; subject: string }
  /** The subject itself is the answer, for a fact its own evidence states. */
  | { kind: 'named'; subject: string };

export type QuizTemplate = {
  id: string;
  ask: QuizAsk;
  /** A passage of the evidence, verbatim (case, spacing and punctuation aside), that closes the answer. */
  closing: string;
  /** The right answers as the passage states them (node ids); for years, not used. */
  expect: readonly string[];
  /** Why the answer is closed: the reviewer's reading of the text. */
  closedBecause: string;
  /** Reviewed wrong options (node ids), each contradicted by the sources or impossible. */
  wrong: readonly string[];
  /** `all`: choose every right answer; `one`: exactly one is right. */
  choose: 'all' | 'one';
};

const OTHER_AGENCIES_THAN_NCT = [
  'polismyndigheten',
  'tullverket',
  'kustbevakningen',
  'skatteverket',
  'ekobrottsmyndigheten',
  'aklagarmyndigheten',
  'sida',
];

export const QUIZ_TEMPLATES = [
  {
    id: 'nct-staff',
    ask: { kind: 'relation', subject: 'nct', types: ['staffed-by'], end: 'source' },
    closing: 'Det är en permanent arbetsgrupp med personal från Säkerhetspolisen, FRA och Must',
    expect: ['sakerhetspolisen', 'fra', 'must'],
    closedBecause:
      "Säkerhetspolisen's page names NCT's whole staff: a permanent working group with staff from Säkerhetspolisen, FRA and Must. Any other Swedish agency is excluded by that list.",
    wrong: OTHER_AGENCIES_THAN_NCT,
    choose: 'all',
  },
  {
    id: 'opc-swedish-agencies',
    ask: {
      kind: 'relation',
      subject: 'opc',
      types: ['participates-in'],
      end: 'target',
      answerTypes: ['agency'],
    },
    closing:
      'där Sverige deltar med representanter från Polismyndigheten, Tullverket, Kustbevakningen, Skatteverket, Åklagarmyndigheten och Ekobrottsmyndigheten',
    expect: [
      'polismyndigheten',
      'tullverket',
      'kustbevakningen',
      'skatteverket',
      'aklagarmyndigheten',
      'ekobrottsmyndigheten',
    ],
    closedBecause:
      'The police page lists every Swedish agency that represents Sweden in OPC (six of them). The wrong options are Swedish agencies outside that list.',
    wrong: ['sakerhetspolisen', 'fra', 'must', 'sida'],
    choose: 'all',
  },
  {
    id: 'opc-formed-under',
    ask: { kind: 'relation', subject: 'opc', types: ['established-under'], end: 'source' },
    closing: '1998 bildades Operativa kommittén under BSTF',
    expect: ['bstf'],
    closedBecause:
      'The source places OPC under BSTF, one parent body. The wrong options are other cooperation frameworks the sources describe separately (the Nordic police cooperation, PTN, CTG, Schengen, the Eastern Partnership, ICIN).',
    wrong: ['nordiskt-polissamarbete', 'ptn', 'ctg', 'schengen', 'ostliga-partnerskapet', 'icin'],
    choose: 'one',
  },
  {
    id: 'opc-year',
    ask: { kind: 'year', subject: 'opc' },
    closing: '1998 bildades Operativa kommittén',
    expect: [],
    closedBecause: 'The source gives the year OPC was formed (1998); every other year is contradicted by it.',
    wrong: [],
    choose: 'one',
  },
  {
    id: 'bstf-year',
    ask: { kind: 'year', subject: 'bstf' },
    closing: 'inrättades vid Östersjötoppmötet 1996',
    expect: [],
    closedBecause:
      'The source gives the year BSTF was set up (1996, at the Baltic Sea summit); every other year is contradicted by it.',
    wrong: [],
    choose: 'one',
  },
  {
    id: 'ctg-year',
    ask: { kind: 'year', subject: 'ctg' },
    closing: 'som bildades 2001',
    expect: [],
    closedBecause: 'The source gives the year CTG was formed (2001); every other year is contradicted by it.',
    wrong: [],
    choose: 'one',
  },
  {
    id: 'bstf-set-up-by',
    ask: { kind: 'relation', subject: 'bstf', types: ['established-by'], end: 'source' },
    closing: 'inrättades vid Östersjötoppmötet 1996 av stats- och regeringschefer',
    expect: ['stats-och-regeringschefer'],
    closedBecause:
      'The source says who set BSTF up: heads of state and government of eleven countries, at the 1996 summit. The wrong options are groups the sources place elsewhere (the national police chiefs lead the Nordic police cooperation; security services are partners of Säkerhetspolisen).',
    wrong: ['nordiska-rikspolischefer', 'nordiska-sakerhetstjanster', 'eu-sakerhetstjanster'],
    choose: 'one',
  },
  {
    id: 'nordic-led-by',
    ask: { kind: 'relation', subject: 'nordiskt-polissamarbete', types: ['led-by'], end: 'source' },
    closing: 'leds av de nordiska rikspolischeferna',
    expect: ['nordiska-rikspolischefer'],
    closedBecause:
      'The source names who leads the Nordic police cooperation: the Nordic national police chiefs. The wrong options are groups the sources give other roles (the heads of government set up BSTF; the security services are partners of Säkerhetspolisen).',
    wrong: ['stats-och-regeringschefer', 'nordiska-sakerhetstjanster', 'eu-sakerhetstjanster'],
    choose: 'one',
  },
  {
    id: 'opc-coordinator-based-at',
    ask: { kind: 'relation', subject: 'opc-koordinator', types: ['located-at'], end: 'source' },
    closing: 'som sedan 1 januari 2017 återfinns hos Polismyndigheten',
    expect: ['polismyndigheten'],
    closedBecause:
      'The source places the OPC coordinator at one agency, the Police Authority, since 1 January 2017. The wrong options are the other agencies in OPC, which the source does not name as its home.',
    wrong: ['tullverket', 'kustbevakningen', 'skatteverket', 'aklagarmyndigheten', 'ekobrottsmyndigheten'],
    choose: 'one',
  },
  {
    id: 'ctg-other-countries',
    ask: { kind: 'relation', subject: 'ctg', types: ['member-of'], end: 'target', answerTypes: ['country'] },
    closing: 'består av EU-ländernas säkerhetstjänster samt Norge, Schweiz och Storbritannien',
    expect: ['norge', 'schweiz', 'storbritannien'],
    closedBecause:
      "The source states CTG's whole membership: the EU countries' security services and Norway, Switzerland and the United Kingdom. The wrong options are countries that are neither in the EU nor named (the USA, Serbia); Sweden is never offered, being an EU country.",
    wrong: ['usa', 'serbien'],
    choose: 'all',
  },
  {
    id: 'ctg-swedish-agency',
    ask: {
      kind: 'relation',
      subject: 'ctg',
      types: ['participates-in', 'member-of'],
      end: 'target',
      answerTypes: ['agency'],
    },
    closing: 'I Counter-Terrorism Group (CTG) samarbetar Säkerhetspolisen med europeiska säkerhetstjänster',
    expect: ['sakerhetspolisen'],
    closedBecause:
      'CTG is made up of security services (the source says so), and Säkerhetspolisen is the Swedish one that takes part. The wrong options are Swedish agencies that are not security services, so they cannot be members.',
    wrong: ['polismyndigheten', 'tullverket', 'kustbevakningen', 'skatteverket'],
    choose: 'one',
  },
  {
    id: 'itp-financed-by',
    ask: { kind: 'relation', subject: 'itp', types: ['funds'], end: 'target' },
    closing: 'is financed by Sida',
    expect: ['sida'],
    closedBecause:
      "The source names the programme's one financier, Sida. The wrong options are agencies with no part in the programme at all.",
    wrong: ['tullverket', 'skatteverket', 'kustbevakningen', 'ekobrottsmyndigheten'],
    choose: 'one',
  },
  {
    id: 'itp-implemented-by',
    ask: { kind: 'relation', subject: 'itp', types: ['implements'], end: 'target' },
    closing: 'is implemented by the Swedish Police Authority and the Kvinna till Kvinna Foundation',
    expect: ['polismyndigheten', 'kvinna-till-kvinna'],
    closedBecause:
      'The source names both implementers: the Swedish Police Authority and the Kvinna till Kvinna Foundation. Sida is placed elsewhere by the same sentence (it finances the programme); the other wrong options have no part in it.',
    wrong: ['sida', 'sakerhetspolisen', 'tullverket'],
    choose: 'all',
  },
  {
    id: 'europol-office-where',
    ask: { kind: 'relation', subject: 'europol-kontoret', types: ['located-at'], end: 'source' },
    closing: "have a joint office at Europol's headquarters in The Hague",
    expect: ['europol'],
    closedBecause:
      "The source places the joint office at Europol's headquarters in The Hague, and the question names the city. None of the wrong options has its headquarters there (Interpol: Lyon; Ameripol: Bogotá; OSCE: Vienna).",
    wrong: ['interpol', 'ameripol', 'osse'],
    choose: 'one',
  },
  {
    id: 'europol-agency-of',
    ask: { kind: 'relation', subject: 'europol', types: ['part-of'], end: 'source' },
    closing: "Europol is the European Union's central agency for law enforcement cooperation",
    expect: ['eu'],
    closedBecause:
      "The source calls Europol the European Union's agency. The UN, the OSCE and NATO are other organisations; Europol belongs to none of them.",
    wrong: ['fn', 'osse', 'nato'],
    choose: 'one',
  },
  {
    id: 'sweden-observer-of',
    ask: { kind: 'relation', subject: 'sverige', types: ['observer-of'], end: 'source' },
    closing: 'one of the observer organizations of Ameripol',
    expect: ['ameripol'],
    closedBecause:
      'The source says Sweden is an observer of Ameripol. In every wrong option Sweden is a full member (participating State of the OSCE), so it is not an observer there.',
    wrong: ['fn', 'eu', 'osse', 'interpol', 'nato'],
    choose: 'one',
  },
  {
    id: 'socta-whose',
    ask: { kind: 'relation', subject: 'socta', types: ['produces'], end: 'target' },
    closing: 'Europols hotbildsanalys (SOCTA)',
    expect: ['europol'],
    closedBecause: "The source calls SOCTA Europol's threat assessment. No other organisation produces it.",
    wrong: ['interpol', 'osse', 'fn'],
    choose: 'one',
  },
  {
    id: 'cic-issues',
    ask: { kind: 'relation', subject: 'cic', types: ['works-on'], end: 'source' },
    closing: 'Inom ramen för CIC:s arbete hanteras frågor kopplade till kontraspionage och kontraterrorism',
    expect: ['kontraspionage', 'kontraterrorism'],
    closedBecause:
      "The source says what CIC's work handles: counter-espionage and counter-terrorism. The wrong options are areas of ordinary crime fighting (drug crime, stolen vehicles, forensics, equipment) that an intelligence committee does not deal with.",
    wrong: [
      'narkotikabrottslighet',
      'smuggling-av-tillgripna-fordon',
      'kriminalteknik',
      'utrustning-och-material',
    ],
    choose: 'all',
  },
  {
    id: 'cic-swedish-agency',
    ask: {
      kind: 'relation',
      subject: 'cic',
      types: ['participates-in', 'member-of'],
      end: 'target',
      answerTypes: ['agency'],
    },
    closing: 'kommer Säkerhetspolisen delta i försvarsalliansens civila underrättelsekommitté',
    expect: ['sakerhetspolisen'],
    closedBecause:
      "The source names Säkerhetspolisen as Sweden's participant in NATO's civilian intelligence committee. The wrong options are agencies that are not intelligence or security services, so they cannot sit on it.",
    wrong: ['tullverket', 'kustbevakningen', 'skatteverket', 'aklagarmyndigheten'],
    choose: 'one',
  },
  {
    id: 'international-force-missions',
    ask: {
      kind: 'relation',
      subject: 'polisens-utlandsstyrka',
      types: ['peace-support'],
      end: 'source',
      through: 'part-of',
      answerTypes: ['international-organisation'],
    },
    closing:
      'tjänstgöra i Förenta Nationernas (FN), Europeiska Unionens (EU) och Organisationen för Säkerhet och Samarbete i Europas (OSSE) insatser',
    expect: ['fn', 'eu', 'osse'],
    closedBecause:
      "The source names the whole set: officers of the international force serve in the UN's, the EU's and the OSCE's missions. Interpol and Ameripol run no peace missions.",
    wrong: ['interpol', 'ameripol'],
    choose: 'all',
  },
  {
    id: 'interpol-global',
    ask: { kind: 'named', subject: 'interpol' },
    closing:
      'the only organization with the mandate and technical infrastructure to exchange police information globally',
    expect: ['interpol'],
    closedBecause:
      'The source calls Interpol the only organisation with the mandate and infrastructure to exchange police information globally. Europol and Ameripol are regional (the EU, the Americas).',
    wrong: ['europol', 'ameripol'],
    choose: 'one',
  },
] as const satisfies readonly QuizTemplate[];

export type QuizTemplateId = (typeof QUIZ_TEMPLATES)[number]['id'];
