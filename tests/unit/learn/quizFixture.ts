/**
 * A small dataset for the self-test's tests: the facts of seven reviewed templates, each quoted
 * with the passage that closes it, and the wrong options those templates may offer.
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
  description: { sv: `Om ${sv}.`, en: `About ${en}.` },
  ...extra,
});

const edge = (source: string, type: GraphEdge['type'], target: string, quote: string): GraphEdge => ({
  id: `${source}-${type}-${target}`,
  source,
  target,
  type,
  description: { sv: `${source} ${type} ${target}`, en: `${source} ${type} ${target}` },
  evidence: [{ source: 'sapo', quote }],
});

const NCT = 'Det är en permanent arbetsgrupp med personal från Säkerhetspolisen, FRA och Must.';
const CTG =
  'Samarbetsplattformen, som bildades 2001, består av EU-ländernas säkerhetstjänster samt Norge, Schweiz och Storbritannien.';
const OPC = '1998 bildades Operativa kommittén under BSTF.';

export const QUIZ_FIXTURE: Dataset = {
  meta: { title: { sv: 'Test', en: 'Test' } },
  sources: [
    {
      id: 'sapo',
      title: { sv: 'Samarbete med andra', en: 'Cooperation with others' },
      publisher: 'Säkerhetspolisen',
      language: 'sv',
    },
    {
      id: 'polisen',
      title: { sv: 'Internationellt samarbete', en: 'International cooperation' },
      publisher: 'Polismyndigheten',
      language: 'en',
    },
  ],
  nodes: [
    node('polismyndigheten', 'agency', 'Polismyndigheten', 'Swedish Police Authority'),
    node('sakerhetspolisen', 'agency', 'Säkerhetspolisen', 'Swedish Security Service', { aliases: ['Säpo'] }),
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
    node('kustbevakningen', 'agency', 'Kustbevakningen', 'Swedish Coast Guard'),
    node('skatteverket', 'agency', 'Skatteverket', 'Swedish Tax Agency'),
    node('ekobrottsmyndigheten', 'agency', 'Ekobrottsmyndigheten', 'Swedish Economic Crime Authority'),
    node(
      'sida',
      'agency',
      'Styrelsen för internationellt utvecklingssamarbete',
      'Swedish International Development Cooperation Agency',
      {
        short: { sv: 'Sida', en: 'Sida' },
      },
    ),
    node(
      'nct',
      'joint-body',
      'Nationellt centrum för terrorhotbedömning',
      'National Centre for Terrorist Threat Assessment',
      {
        short: { sv: 'NCT', en: 'NCT' },
      },
    ),
    node('opc', 'joint-body', 'Operativa kommittén', 'Operative Committee', {
      short: { sv: 'OPC', en: 'OPC' },
      founded: 1998,
      evidence: [{ source: 'sapo', quote: OPC }],
    }),
    node(
      'bstf',
      'cooperation',
      'Baltic Sea Task Force on Organised Crime',
      'Baltic Sea Task Force on Organised Crime',
      { short: { sv: 'BSTF', en: 'BSTF' } },
    ),
    node('ctg', 'cooperation', 'Counter-Terrorism Group', 'Counter-Terrorism Group', {
      short: { sv: 'CTG', en: 'CTG' },
      founded: 2001,
      evidence: [{ source: 'sapo', quote: CTG }],
    }),
    node('ptn', 'cooperation', 'Polis och Tull i Norden', 'Police and Customs in the Nordic countries', {
      short: { sv: 'PTN', en: 'PTN' },
    }),
    node('schengen', 'cooperation', 'Schengensamarbetet', 'Schengen cooperation'),
    node('itp', 'programme', 'International Training Programme', 'International Training Programme'),
    node('norge', 'country', 'Norge', 'Norway'),
    node('schweiz', 'country', 'Schweiz', 'Switzerland'),
    node('storbritannien', 'country', 'Storbritannien', 'United Kingdom'),
    node('usa', 'country', 'USA', 'United States'),
    node('serbien', 'country', 'Serbien', 'Serbia'),
    node('sverige', 'country', 'Sverige', 'Sweden'),
  ],
  edges: [
    edge('nct', 'staffed-by', 'sakerhetspolisen', NCT),
    edge('nct', 'staffed-by', 'fra', NCT),
    edge('nct', 'staffed-by', 'must', NCT),
    edge('opc', 'established-under', 'bstf', OPC),
    edge('norge', 'member-of', 'ctg', CTG),
    edge('schweiz', 'member-of', 'ctg', CTG),
    edge('storbritannien', 'member-of', 'ctg', CTG),
    edge(
      'sakerhetspolisen',
      'participates-in',
      'ctg',
      'I Counter-Terrorism Group (CTG) samarbetar Säkerhetspolisen med europeiska säkerhetstjänster.',
    ),
    edge('sida', 'funds', 'itp', 'The Programme is implemented by the police and is financed by Sida.'),
    edge(
      'tullverket',
      'participates-in',
      'ptn',
      'sambandsmän från polismyndigheter och tullverk är utstationerade tillsammans',
    ),
  ],
};
