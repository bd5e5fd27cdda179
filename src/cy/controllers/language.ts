import { useEffect } from 'react';
import type { Core, SingularElementReturnValue } from 'cytoscape';
import { useAppStoreApi } from '../../store';
import { edgeLabel, fullLabel, shortLabel } from '../../graph/elements';
import type { Dataset, Lang } from '../../data/schema';
import { LANGS } from '../../data/langs';
import { whenIdle } from '../../components/whenIdle';
import { measureAhead } from '../labels/textSize';
import { forgetLabels, NAMES_EVENT, namesOnLayer } from '../labels/pass';
import { isLarge } from '../largeGraph';
import { BUILT_IN_LANG } from './elements';

/** Longest wait for a frame before the rest of a switch is relabelled anyway (a tab in the background draws none). */
const REST_WAIT_MS = 250;
/** Longest slice of the other language's names measured at a time while the page is idle. */
const AHEAD_SLICE_MS = 8;

/** Each element's names in `lang`, as its data holds them: a node's short and full name, a relationship's label. */
function* namesIn(dataset: Dataset, lang: Lang): Generator<[string, Record<string, string>]> {
  for (const n of dataset.nodes) yield [n.id, { label: shortLabel(n, lang), fullLabel: fullLabel(n, lang) }];
  for (const e of dataset.edges) yield [e.id, { label: edgeLabel(e, lang, dataset.types) }];
}

/** Whether `data` holds every field of `names` as it is there. */
const holds = (data: Record<string, unknown>, names: Record<string, string>) =>
  Object.entries(names).every(([k, v]) => data[k] === v);

/**
 * Relabels nodes and edges in place when the language changes (no element is re-created). Only
 * labels that differ are set: Cytoscape restyles (and re-measures the label of) every element
 * whose data is set, and many names are the same in both languages (Europol, NCT, EU); at start-up
 * the elements already carry the language shown, so nothing is set at all. With `now`, only the
 * elements it accepts are relabelled; the others keep their labels (see useLanguageController).
 * Names drawn on the label layer are set as setNamesOnLayer sets them, all at once.
 */
export function applyLanguage(
  cy: Core,
  dataset: Dataset,
  lang: Lang,
  now: (ele: SingularElementReturnValue) => boolean = () => true,
) {
  if (namesOnLayer(cy)) return void setNamesOnLayer(cy, dataset, lang);
  cy.batch(() => {
    for (const [id, names] of namesIn(dataset, lang)) {
      const ele = cy.getElementById(id);
      if (ele.nonempty() && !holds(ele.data() as Record<string, unknown>, names) && now(ele)) ele.data(names);
    }
  });
}

/** An element's own data, as Cytoscape keeps it. */
type OwnData = { _private: { data: Record<string, unknown> } };

/**
 * Relabels a network whose names the label layer draws (a large one). Its stylesheet gives
 * Cytoscape no label to draw and no rule reads a name, yet Cytoscape restyles every element whose
 * `data()` is set: at 25,000 elements that made the frame after a switch one task of 460 to 850
 * ms, for a style that came out the same. The names are set in each element's data as Cytoscape
 * keeps it, without that; the label layer's reading is forgotten and the label controller told
 * (NAMES_EVENT), so the next pass reads every name afresh (in steps: see readyLayerPass).
 * Returns how many elements were relabelled.
 */
export function setNamesOnLayer(cy: Core, dataset: Dataset, lang: Lang): number {
  let changed = 0;
  for (const [id, names] of namesIn(dataset, lang)) {
    const ele = cy.getElementById(id);
    if (ele.empty()) continue;
    const data = (ele as unknown as OwnData)._private.data;
    if (holds(data, names)) continue;
    Object.assign(data, names);
    changed++;
  }
  if (changed) {
    forgetLabels(cy);
    cy.emit(NAMES_EVENT);
  }
  return changed;
}

/**
 * Whether Cytoscape draws a label for the element as it is styled now: shown, with a text, not
 * made transparent. A relationship shows its label only when hovered, selected, on a path or in a
 * tour; a name the label pass left out, and a hidden or faded element, draw none.
 */
export function drawsLabel(ele: SingularElementReturnValue): boolean {
  if (!ele.visible()) return false;
  // `pstyle` (the style as applied) is not in the typings
  const style = (ele as unknown as Styled).pstyle;
  return style.call(ele, 'label').strValue !== '' && style.call(ele, 'text-opacity').value > 0;
}

type Styled = { pstyle(name: string): { strValue: string; value: number } };

/**
 * A switch relabels the graph in two steps. At once, the elements that draw their label now: the
 * frame that shows the switch needs them. The rest (most of them: every relationship but a
 * hovered or selected one, the names the label pass left out) once the frame after it is
 * presented, the one in which the interface follows (store/sync.ts): every element whose data
 * is set is matched again against the whole stylesheet and measured before Cytoscape draws, and
 * the rest draw nothing either frame could show. The label pass waits for the same frame
 * (labels.ts); the rest is asked for first, so it comes before the pass, and the pass places
 * every name in the new language.
 */
export function useLanguageController(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    const relabel = (now?: (ele: SingularElementReturnValue) => boolean) => {
      if (cy.destroyed()) return;
      const { dataset, lang } = store.getState();
      applyLanguage(cy, dataset, lang, now);
    };
    // a message posted in an animation frame arrives after that frame's rendering step (paint)
    const afterPaint = new MessageChannel();
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let due = false;
    /** Frames still to be presented before the rest is relabelled. */
    let frames = 0;
    const nextFrame = () => (frame = requestAnimationFrame(() => afterPaint.port2.postMessage(null)));
    const rest = () => {
      if (!due) return;
      due = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      relabel();
    };
    afterPaint.port1.onmessage = () => {
      if (--frames > 0) nextFrame();
      else rest();
    };
    // elements built in the language shown need nothing (a switch meanwhile is applied here)
    const { dataset, lang } = store.getState();
    if (cy.scratch(BUILT_IN_LANG) !== lang) applyLanguage(cy, dataset, lang);
    const off = store.subscribe(
      (s) => s.lang,
      () => {
        // headless (no style): nothing is drawn, everything at once; names on the label layer
        // too (no element is restyled for them: see setNamesOnLayer)
        if (!(cy as unknown as { styleEnabled(): boolean }).styleEnabled() || namesOnLayer(cy))
          return relabel();
        if (!due) {
          due = true;
          frames = 2;
          nextFrame();
          timer = setTimeout(rest, REST_WAIT_MS);
        }
        relabel(drawsLabel);
      },
    );
    return () => {
      off();
      due = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      afterPaint.port1.close();
    };
  }, [cy, store]);

  // the other language's names, measured while the page is idle, so that the first switch to it
  // finds them measured (a large network's names are drawn by the label layer, measured there)
  useEffect(() => {
    if (!cy || isLarge(cy.elements().length)) return;
    const { dataset, lang } = store.getState();
    const texts = new Set<string>();
    for (const other of LANGS)
      if (other !== lang)
        for (const n of dataset.nodes) {
          texts.add(shortLabel(n, other));
          texts.add(fullLabel(n, other));
        }
    const queue = [...texts];
    let at = 0;
    let cancel = () => {};
    const slice = () => {
      const end = performance.now() + AHEAD_SLICE_MS;
      while (at < queue.length && performance.now() < end) measureAhead(queue[at++]!);
      if (at < queue.length) cancel = whenIdle(slice, 1000);
    };
    cancel = whenIdle(slice, 4000);
    return () => cancel();
  }, [cy, store]);
}
