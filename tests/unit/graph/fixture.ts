/** A tiny dataset for the graph domain's unit tests: seven nodes, seven edges, three sources. */
import type { Dataset, GraphEdge, GraphNode } from '../../../src/data/schema';
import { NO_FILTERS } from '../../../src/graph/filter';

const d = (sv: string, en = sv) => ({ sv, en });
const ev = (source: string, quote = 'A quote long enough to pass the schema.') => ({ source, quote });

const node = (n: Partial<GraphNode> & Pick<GraphNode, 'id' | 'type' | 'level' | 'label'>): GraphNode => ({
  description: d(`Om ${n.label.sv}.`, `About ${n.label.en}.`),
  ...n,
});

const edge = (
  id: string,
  source: string,
  target: string,
  type: GraphEdge['type'],
  sources: string[],
  since?: number,
): GraphEdge => ({
  id,
  source,
  target,
  type,
  description: d(`${source} och ${target}.`, `${source} and ${target}.`),
  evidence: sources.map((s) => ev(s)),
  ...(since !== undefined ? { since } : {}),
});

export function fixture(): Dataset {
  return {
    meta: { title: d('Testnätverk', 'Test network') },
    sources: [
      { id: 'src-a', title: d('Källa A', 'Source A'), publisher: 'Regeringen', language: 'sv' },
      { id: 'src-b', title: d('Källa B', 'Source B'), publisher: 'Europol', language: 'en' },
      { id: 'src-c', title: d('Källa C', 'Source C'), publisher: 'OSSE', language: 'en' },
    ],
    nodes: [
      node({
        id: 'polismyndigheten',
        type: 'agency',
        level: 'national',
        label: d('Polismyndigheten', 'Swedish Police Authority'),
        aliases: ['Polisen'],
        founded: 2015,
      }),
      node({
        id: 'sakerhetspolisen',
        type: 'agency',
        level: 'national',
        label: d('Säkerhetspolisen', 'Swedish Security Service'),
        short: d('Säpo'),
        founded: 1989,
      }),
      node({
        id: 'europol',
        type: 'international-organisation',
        level: 'european',
        label: d('Europol'),
        founded: 1998,
        evidence: [ev('src-b')],
      }),
      node({
        id: 'osce',
        type: 'international-organisation',
        level: 'euro-atlantic',
        label: d(
          'Organisationen för säkerhet och samarbete i Europa',
          'Organization for Security and Co-operation in Europe',
        ),
        short: d('OSSE', 'OSCE'),
        founded: 1975,
        evidence: [ev('src-c')],
      }),
      node({
        id: 'nct',
        type: 'joint-body',
        level: 'national',
        label: d(
          'Nationellt centrum för terrorhotbedömning',
          'National Centre for Terrorist Threat Assessment',
        ),
        short: d('NCT'),
        founded: 2009,
      }),
      node({
        id: 'fra',
        type: 'agency',
        level: 'national',
        label: d('Försvarets radioanstalt', 'National Defence Radio Establishment'),
        short: d('FRA'),
      }),
      node({ id: 'norge', type: 'country', level: 'nordic', label: d('Norge', 'Norway') }),
    ],
    edges: [
      edge('nct-sapo', 'nct', 'sakerhetspolisen', 'staffed-by', ['src-a'], 2009),
      edge('nct-fra', 'nct', 'fra', 'staffed-by', ['src-a']),
      edge('polis-europol', 'polismyndigheten', 'europol', 'liaison-officer-at', ['src-b'], 1999),
      edge('sapo-europol', 'sakerhetspolisen', 'europol', 'information-exchange', ['src-b']),
      edge('polis-sapo', 'polismyndigheten', 'sakerhetspolisen', 'cooperation', ['src-a', 'src-b'], 2015),
      edge('polis-sapo-op', 'polismyndigheten', 'sakerhetspolisen', 'operational-cooperation', ['src-a']),
      edge('polis-osce', 'polismyndigheten', 'osce', 'participates-in', ['src-c'], 1995),
    ],
    glossary: [
      {
        id: 'osse',
        term: d('OSSE', 'OSCE'),
        definition: d('En organisation.', 'An organisation.'),
        node: 'osce',
      },
      {
        id: 'tidigare',
        term: d('Rikspolisstyrelsen', 'National Police Board'),
        definition: d('Tidigare myndighet.', 'A former authority.'),
        node: 'polismyndigheten',
      },
    ],
  };
}

export const ALL_FILTERS_OFF = NO_FILTERS;
