/**
 * The one component that owns the Cytoscape instance. react-cytoscapejs mounts it, with props that
 * never change (no elements, one stylesheet, one layout object, and the whole <CytoscapeComponent>
 * element memoised so React skips it on re-render), so it never diffs nor re-lays out. The view
 * puts the elements in itself (controllers/elements.ts), and every later change reaches the
 * instance through controllers: small hooks that subscribe to one slice of the store and patch the
 * graph in cy.batch. The instance is registered in the store while it lives.
 *
 * Another dataset gets a new instance (the graph below is keyed by the dataset) rather than having
 * its elements swapped: Cytoscape's own `remove()` tracks ids in a plain object, so an element
 * whose id is `constructor` or `toString` is never removed, and the next dataset's elements would
 * collide with it. A new instance starts clean, and every controller applies its state once.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core } from 'cytoscape';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../data/schema';
import { useAppStore } from '../store';
import { createStylesheet } from './stylesheet';
import { INITIAL_LAYOUT } from './layoutBasics';
import { useCyControllers } from './controllers';
import { CHUNKED_ABOVE, useElements } from './controllers/elements';
import { afterPaint } from './afterPaint';
import { useLayoutController } from './controllers/layout';
import { useKeyboardController } from './controllers/keyboard';
import { usePinnedBackgrounds } from './controllers/rest';
import { keepLabelBoundsFresh } from './labelBounds';
import { GroupHeadings, RingGuides } from './GroupHeadings';
import { KeyboardAnnouncer } from './KeyboardAnnouncer';
import { mark } from '../load/marks';
import { FIRST_DRAWN, setNote } from './scratch';
import '../styles/graph.css';

const CY_STYLE = { width: '100%', height: '100%' };
/** react-cytoscapejs gets no elements: the view puts them in itself (see useElements). */
const NO_ELEMENTS: never[] = [];

/** A key per dataset object, so that another dataset mounts a new graph. */
const keys = new WeakMap<Dataset, number>();
let lastKey = 0;
function keyOf(dataset: Dataset): number {
  let key = keys.get(dataset);
  if (key === undefined) keys.set(dataset, (key = ++lastKey));
  return key;
}

/**
 * The dataset whose graph is mounted. A large one is mounted a paint after it came, in a task of
 * its own: the store's update and React's render of the panels are one task already, and making
 * the Cytoscape instance another (a tenth of a second or more); its elements come later still.
 * Meanwhile no graph is shown (the previous one is gone with its dataset).
 */
function useMountedDataset(dataset: Dataset): Dataset | null {
  const large = dataset.nodes.length + dataset.edges.length > CHUNKED_ABOVE;
  const [mountable, setMountable] = useState<Dataset | null>(null);
  useEffect(() => (large ? afterPaint(() => setMountable(dataset)) : undefined), [dataset, large]);
  return !large || mountable === dataset ? dataset : null;
}

export function CyView() {
  const { t } = useTranslation();
  const dataset = useMountedDataset(useAppStore((s) => s.dataset));
  const wrapRef = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={wrapRef}
      id="graph"
      className="cy-wrap"
      role="application"
      tabIndex={0}
      aria-label={t('common.graph.label')}
      aria-describedby="graph-help graph-keys"
    >
      <p id="graph-help" className="visually-hidden">
        {t('common.graph.help')}
      </p>
      <p id="graph-keys" className="visually-hidden">
        {t('common.graph.keys')}
      </p>
      {dataset && <Graph key={keyOf(dataset)} dataset={dataset} wrapRef={wrapRef} />}
    </div>
  );
}

/** The instance for one dataset, its controllers and the overlays drawn from it. */
function Graph({ dataset, wrapRef }: { dataset: Dataset; wrapRef: RefObject<HTMLDivElement | null> }) {
  // a new dataset mounts a new instance (keyed above): its own types get their style rules
  const stylesheet = useMemo(() => createStylesheet({ types: dataset.types }), [dataset.types]);
  const [cy, setCy] = useState<Core | null>(null);
  // react-cytoscapejs calls this on every update and, under StrictMode, with an instance it then
  // destroys: only a new, live instance is taken.
  const onCy = useCallback((instance: Core) => setCy((prev) => (prev === instance ? prev : instance)), []);
  const live = cy && !cy.destroyed() ? cy : null;
  // a layout effect, like the elements' below: the instance is marked before they go in
  useLayoutEffect(() => {
    if (!live) return;
    mark('start:instance');
    const drawn = () => {
      setNote(live, FIRST_DRAWN, true);
      mark('start:drawn');
    };
    live.one('render', drawn);
    return () => void live.off('render', drawn);
  }, [live]);

  // before the elements go in: no draw restyles a node (see controllers/rest.ts)
  usePinnedBackgrounds(live);
  // and no label box is kept at a label's old size (see labelBounds.ts)
  useLayoutEffect(() => void (live && keepLabelBoundsFresh(live)), [live]);
  // first: the elements are all in before any controller acts on them (`ready` is null until then)
  const ready = useElements(live);
  // then: start-up sets the camera here, before a deep link's selection or tour step moves it
  const groups = useLayoutController(ready, dataset);
  useCyControllers(ready);
  const focusedId = useKeyboardController(ready, wrapRef);

  const graph = useMemo(
    () => (
      <CytoscapeComponent
        className="cy"
        elements={NO_ELEMENTS}
        stylesheet={stylesheet}
        layout={INITIAL_LAYOUT}
        cy={onCy}
        minZoom={0.15}
        maxZoom={4}
        boxSelectionEnabled={false}
        style={CY_STYLE}
      />
    ),
    [stylesheet, onCy],
  );

  return (
    <>
      <RingGuides cy={ready} groups={groups} />
      {graph}
      <GroupHeadings cy={ready} groups={groups} />
      <KeyboardAnnouncer nodeId={focusedId} />
    </>
  );
}
