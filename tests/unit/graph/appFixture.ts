/**
 * A tiny but realistic dataset for the app core's tests: a few agencies, a unit, an international
 * organisation and a joint body, directed and undirected relationships, and evidence quoted from
 * a Swedish and an English source. Shared by tests/unit and tests/components.
 */
import type { Dataset } from '../../../src/data/schema';

export const FIXTURE: Dataset = {
  meta: { title: { sv: 'Testnät', en: 'Test network' } },
  sources: [
    {
      id: 'src-polis',
      title: { sv: 'Polisens årsredovisning', en: 'Police annual report' },
      publisher: 'Polismyndigheten',
      language: 'sv',
      date: '2024-02-20',
    },
    {
      id: 'src-europol',
      title: { sv: 'Europols förordning', en: 'Europol Regulation' },
      publisher: 'Europeiska unionen',
      language: 'en',
      url: 'https://example.org/europol',
    },
  ],
  nodes: [
    {
      id: 'polismyndigheten',
      type: 'agency',
      level: 'national',
      label: { sv: 'Polismyndigheten', en: 'Swedish Police Authority' },
      description: { sv: 'Sveriges polis.', en: 'The Swedish police.' },
      founded: 2015,
    },
    {
      id: 'noa',
      type: 'unit',
      level: 'national',
      label: { sv: 'Nationella operativa avdelningen', en: 'National Operations Department' },
      short: { sv: 'Noa', en: 'NOA' },
      description: { sv: 'En avdelning inom Polismyndigheten.', en: 'A department of the Police Authority.' },
    },
    {
      id: 'sakerhetspolisen',
      type: 'agency',
      level: 'national',
      label: { sv: 'Säkerhetspolisen', en: 'Swedish Security Service' },
      short: { sv: 'Säpo', en: 'SÄPO' },
      description: { sv: 'Sveriges säkerhetstjänst.', en: "Sweden's security service." },
      founded: 1989,
    },
    {
      id: 'europol',
      type: 'international-organisation',
      level: 'european',
      label: {
        sv: 'Europeiska unionens byrå för samarbete inom brottsbekämpning',
        en: 'European Union Agency for Law Enforcement Cooperation',
      },
      short: { sv: 'Europol', en: 'Europol' },
      description: { sv: 'EU:s polisbyrå.', en: "The EU's police agency." },
      founded: 1998,
    },
    {
      id: 'nct',
      type: 'joint-body',
      level: 'national',
      label: {
        sv: 'Nationellt centrum för terrorhotbedömning',
        en: 'National Centre for Terrorist Threat Assessment',
      },
      short: { sv: 'NCT', en: 'NCT' },
      description: { sv: 'Bedömer terrorhotet.', en: 'Assesses the terrorist threat.' },
    },
  ],
  edges: [
    {
      id: 'noa-part-of-polisen',
      source: 'noa',
      target: 'polismyndigheten',
      type: 'part-of',
      description: {
        sv: 'Noa är en avdelning i Polismyndigheten.',
        en: 'NOA is a department of the Police Authority.',
      },
      evidence: [
        { source: 'src-polis', quote: 'Nationella operativa avdelningen är en del av Polismyndigheten.' },
      ],
    },
    {
      id: 'noa-lo-europol',
      source: 'noa',
      target: 'europol',
      type: 'liaison-officer-at',
      description: { sv: 'Noa har sambandsmän vid Europol.', en: 'NOA posts liaison officers at Europol.' },
      since: 1999,
      evidence: [
        {
          source: 'src-europol',
          quote: 'Each Member State shall second at least one liaison officer to Europol.',
        },
      ],
    },
    {
      id: 'nct-staffed-by-sapo',
      source: 'nct',
      target: 'sakerhetspolisen',
      type: 'staffed-by',
      description: { sv: 'Säpo bemannar NCT.', en: 'SÄPO staffs NCT.' },
      evidence: [{ source: 'src-polis', quote: 'NCT bemannas av analytiker från Säkerhetspolisen.' }],
    },
    {
      id: 'nct-staffed-by-polisen',
      source: 'nct',
      target: 'polismyndigheten',
      type: 'staffed-by',
      description: { sv: 'Polisen bemannar NCT.', en: 'The Police staff NCT.' },
      evidence: [{ source: 'src-polis', quote: 'NCT bemannas även av analytiker från Polismyndigheten.' }],
    },
    {
      id: 'polisen-sapo-coop',
      source: 'polismyndigheten',
      target: 'sakerhetspolisen',
      type: 'operational-cooperation',
      description: {
        sv: 'Polisen och Säpo samarbetar operativt.',
        en: 'The Police and SÄPO cooperate operationally.',
      },
      since: 2015,
      evidence: [
        {
          source: 'src-polis',
          quote: 'Polismyndigheten och Säkerhetspolisen samverkar i det operativa arbetet.',
        },
      ],
    },
  ],
};
