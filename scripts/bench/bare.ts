/**
 * The benchmark's reference: Cytoscape alone, with its default stylesheet (plus the label and a
 * class to hide by), showing the same elements at the same positions as the app, built by the
 * same pure function. No React, no store, no controllers. The page draws the built-in network
 * on load (`?empty` for none) and reads a dataset file (our JSON format, positions on the nodes)
 * from its file input. `window.bare` gives the benchmark the equivalent of the app's changes.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import network from '../../data/network.json';
import positions from '../../data/positions.json';
import type { Dataset, Lang } from '../../src/data/schema';
import { buildElements, positionsFromJson, type Positions } from '../../src/graph/elements';

type Bare = {
  /** Sets every label to the language given (the app's language switch). */
  relabel: (lang: Lang) => void;
  /** Toggles `hidden` on the nodes of a type and their edges (the app's type filter). */
  toggleType: (type: string) => void;
  /** Set once a file read from the input is drawn: milliseconds from choosing it. */
  loaded: number | null;
};

declare global {
  interface Window {
    cy?: Core;
    bare?: Bare;
  }
}

const STYLE: StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)' } },
  { selector: '.hidden', style: { display: 'none' } },
];

let labels: Record<Lang, Map<string, string>> = { sv: new Map(), en: new Map() };

function show(dataset: Dataset, at: Positions | undefined): Core {
  window.cy?.destroy();
  const elements = buildElements(dataset, 'en', at);
  const other = buildElements(dataset, 'sv', at);
  labels = {
    en: new Map(elements.map((e) => [e.data.id, e.data.label])),
    sv: new Map(other.map((e) => [e.data.id, e.data.label])),
  };
  const cy = cytoscape({
    container: document.getElementById('graph'),
    elements: elements as ElementDefinition[],
    style: STYLE,
    layout: { name: 'preset', fit: true, padding: 30 },
    minZoom: 0.15,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  window.cy = cy;
  return cy;
}

const bare: Bare = {
  relabel: (lang) =>
    void window.cy?.batch(() =>
      window.cy!.elements().forEach((e) => void e.data('label', labels[lang].get(e.id()))),
    ),
  toggleType: (type) => {
    const nodes = window.cy!.nodes().filter((n) => n.data('type') === type);
    window.cy!.batch(() => void nodes.union(nodes.connectedEdges()).toggleClass('hidden'));
  },
  loaded: null,
};
window.bare = bare;

if (!new URLSearchParams(window.location.search).has('empty'))
  show(network as unknown as Dataset, positionsFromJson(positions));

document.querySelector('input[type=file]')!.addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (!file) return;
  const start = performance.now();
  void file.text().then((text) => {
    const dataset = JSON.parse(text) as Dataset & { nodes: { position?: { x: number; y: number } }[] };
    const at = new Map(dataset.nodes.flatMap((n) => (n.position ? [[n.id, n.position] as const] : [])));
    const cy = show(dataset, at.size ? at : undefined);
    cy.one('render', () => void (bare.loaded = performance.now() - start));
  });
});
