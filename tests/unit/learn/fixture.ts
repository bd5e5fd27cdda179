/**
 * A tiny dataset for the learning tools' tests: enough of each relationship the quiz asks
 * about, with real-looking ids, and nothing else.
 */
import type { Dataset, GraphEdge, GraphNode } from '../../../src/data/schema';

const node = (
  id: string,
  type: GraphNode['type'],
  sv: string,
  en: string,
  extra: Partial<GraphNode> = {},
): GraphNode => ({
  id,
  type,
  level: 'national',
  label: { sv, en },
  description: { sv: `Beskrivning av ${sv}.`, en: `About ${en}.` },
  ...extra,
});

const edge = (
  source: string,
  type: GraphEdge['type'],
  target: string,
  quote = `${source} ${type} ${target} says the source.`,
): GraphEdge => ({
  id: `${source}-${type}-${target}`,
  source,
  target,
  type,
  description: { sv: `${source} ${type} ${target}`, en: `${source} ${type} ${target}` },
  evidence: [{ source: 'src-a', quote }],
});

export const FIXTURE: Dataset = {
  meta: { title: { sv: 'Test', en: 'Test' } },
  sources: [
    { id: 'src-a', title: { sv: 'Källa A', en: 'Source A' }, publisher: 'Test', language: 'sv' },
    { id: 'src-b', title: { sv: 'Källa B', en: 'Source B' }, publisher: 'Test', language: 'en' },
  ],
  nodes: [
    node('polismyndigheten', 'agency', 'Polismyndigheten', 'Swedish Police Authority'),
    node('sakerhetspolisen', 'agency', 'Säkerhetspolisen', 'Swedish Security Service', {
      short: { sv: 'Säpo', en: 'Säpo' },
    }),
    node('fra', 'agency', 'Försvarets radioanstalt', 'National Defence Radio Establishment', {
      short: { sv: 'FRA', en: 'FRA' },
    }),
    node(
      'must',
      'agency',
      'Militära underrättelse- och säkerhetstjänsten',
      'Military Intelligence and Security Service',
      { short: { sv: 'Must', en: 'Must' } },
    ),
    node('tullverket', 'agency', 'Tullverket', 'Swedish Customs'),
    node('sida', 'agency', 'Sida', 'Sida'),
    node('kustbevakningen', 'agency', 'Kustbevakningen', 'Swedish Coast Guard'),
    node(
      'nct',
      'joint-body',
      'Nationellt centrum för terrorhotbedömning',
      'National Centre for Terrorist Threat Assessment',
      {
        short: { sv: 'NCT', en: 'NCT' },
      },
    ),
    node('opc', 'joint-body', 'Operativ kontaktcentral', 'Operational Committee', {
      short: { sv: 'OPC', en: 'OPC' },
      founded: 1998,
      evidence: [{ source: 'src-b', quote: 'The OPC was set up in 1998 to coordinate operations.' }],
    }),
    node('cic', 'joint-body', 'Civilt underrättelseråd', 'Civilian Intelligence Committee', {
      short: { sv: 'CIC', en: 'CIC' },
      founded: 1993,
      evidence: [{ source: 'src-b', quote: 'A committee with no year stated in this quote.' }],
    }),
    node(
      'bstf',
      'cooperation',
      'Östersjöstaternas arbetsgrupp',
      'Task Force on Organised Crime in the Baltic Sea Region',
      {
        short: { sv: 'BSTF', en: 'BSTF' },
      },
    ),
    node('ctg', 'cooperation', 'Counter Terrorist Group', 'Counter Terrorist Group', {
      short: { sv: 'CTG', en: 'CTG' },
    }),
    node(
      'ptn',
      'cooperation',
      'Polis och tull i Norden',
      'Police and Customs Cooperation in the Nordic Countries',
      { short: { sv: 'PTN', en: 'PTN' } },
    ),
    node('itp', 'programme', 'Internationellt utbildningsprogram', 'International Training Programme'),
    node('norge', 'country', 'Norge', 'Norway'),
    node('schweiz', 'country', 'Schweiz', 'Switzerland'),
    node('storbritannien', 'country', 'Storbritannien', 'United Kingdom'),
    node('serbien', 'country', 'Serbien', 'Serbia'),
    node('usa', 'country', 'USA', 'United States'),
    node('sverige', 'country', 'Sverige', 'Sweden'),
    node('danmark', 'country', 'Danmark', 'Denmark'),
    node('finland', 'country', 'Finland', 'Finland'),
  ],
  edges: [
    edge('nct', 'staffed-by', 'sakerhetspolisen'),
    edge('nct', 'staffed-by', 'fra'),
    edge('nct', 'staffed-by', 'must'),
    edge('opc', 'established-under', 'bstf'),
    edge('ptn', 'part-of', 'ctg'),
    edge('sida', 'funds', 'itp'),
    edge('norge', 'member-of', 'ctg'),
    edge('schweiz', 'member-of', 'ctg'),
    edge('storbritannien', 'member-of', 'ctg'),
    edge('polismyndigheten', 'participates-in', 'opc'),
    edge('tullverket', 'participates-in', 'opc'),
    edge('kustbevakningen', 'participates-in', 'opc'),
    edge('sverige', 'participates-in', 'opc'),
    edge('sakerhetspolisen', 'participates-in', 'ctg'),
    edge('sverige', 'participates-in', 'bstf'),
    edge('usa', 'cooperation', 'ctg'),
  ],
  glossary: [
    {
      id: 'osse',
      term: { sv: 'OSSE', en: 'OSCE' },
      expansion: {
        sv: 'Organisationen för säkerhet och samarbete i Europa',
        en: 'Organization for Security and Co-operation in Europe',
      },
      definition: {
        sv: 'Världens största regionala säkerhetsorganisation.',
        en: 'The largest regional security organisation in the world.',
      },
    },
    {
      id: 'nct',
      term: { sv: 'NCT', en: 'NCT' },
      expansion: {
        sv: 'Nationellt centrum för terrorhotbedömning',
        en: 'National Centre for Terrorist Threat Assessment',
      },
      definition: {
        sv: 'Gemensam arbetsgrupp som bedömer terrorhotet.',
        en: 'A joint working group that assesses the terrorist threat.',
      },
      node: 'nct',
    },
    {
      id: 'sambandsman',
      term: { sv: 'Sambandsman', en: 'Liaison officer' },
      definition: {
        sv: 'En polis som är placerad utomlands för att underlätta samarbetet.',
        en: 'A police officer posted abroad to ease cooperation.',
      },
    },
  ],
};
