/**
 * Runs the layout the store names, on the elements already in the graph (they are never
 * re-created). Start-up with stored positions runs nothing (react-cytoscapejs placed them with the
 * preset layout); a dataset without positions is laid out once with seeded fcose; a layout chosen
 * later animates into place unless the user prefers reduced motion. A newly loaded dataset is laid
 * out after its elements are all in the graph (`dataset` is the one drawn, null until then).
 */
import { useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { setNote } from '../scratch';
import type { Dataset } from '../../data/schema';
import { useAppStoreApi, type LayoutName } from '../../store';
import { isLarge } from '../largeGraph';
import { fitOn, HEADING_EXTENT, prefersReducedMotion, type HeadingExtent } from '../commands';
import { freeHeadingView, headingHeight, headingView } from '../headingView';
import type { LayoutContext, LayoutGroups } from '../layouts';
import { pathNodeIds } from './pathFrame';

export type { LayoutGroups };

/**
 * The layouts' code (grouping, rings, fcose's loader) is a chunk of its own: start-up with stored
 * positions runs no layout, so it is fetched when one is first run.
 */
const loadLayoutCode = () => import('../layouts');
type LayoutCode = Awaited<ReturnType<typeof loadLayoutCode>>;

/** Applies `store.layout`; returns the blocks of a grouped layout once it has settled. */
export function useLayoutController(cy: Core | null, dataset: Dataset | null): LayoutGroups {
  const store = useAppStoreApi();
  const [groups, setGroups] = useState<LayoutGroups>(null);
  // the dataset whose elements are in the graph now (CyView re-renders them before this runs)
  const shown = useRef<Dataset | null>(null);
  const runLayout = useRef<(name: LayoutName, animate: boolean) => void>(() => {});

  useEffect(() => {
    if (!cy) return;
    let token = 0;
    runLayout.current = (name, animate) => {
      const mine = ++token;
      void loadLayoutCode().then((code) => {
        if (mine === token && !cy.destroyed()) apply(code, mine, name, animate);
      });
    };
    const apply = ({ planLayout, runPlan }: LayoutCode, mine: number, name: LayoutName, animate: boolean) => {
      const s = store.getState();
      const ctx: LayoutContext = { dataset: s.dataset, positions: s.positions, lang: s.lang, animate };
      let plan = planLayout(name, ctx);
      if (plan.groups) {
        // headings are sized for the view they are shown in: planned for the whole graph area,
        // then again for the part of it the controls leave free for that picture
        const view = headingView(cy, s.presentation);
        plan = planLayout(name, { ...ctx, view });
        if (plan.groups) plan = planLayout(name, { ...ctx, view: freeHeadingView(cy, view, plan.groups) });
      }
      setGroups(null);
      setNote(cy, HEADING_EXTENT, null);
      cy.nodes().stop(true, false);
      void runPlan(cy, plan).then(() => {
        if (mine !== token || cy.destroyed()) return;
        if (plan.groups) {
          const extent: HeadingExtent = {
            ...plan.groups.extent,
            rise: headingHeight(s.presentation) * plan.groups.lines,
          };
          setNote(cy, HEADING_EXTENT, extent);
        }
        setGroups(plan.groups);
        // the layout placed the nodes only: frame them (and the headings) clear of the controls
        fitOn(cy, undefined, { instant: !animate });
      });
    };
    // headings are sized for a room or for a desk: a layout with them is made again for the other
    const offPresent = store.subscribe(
      (s) => s.presentation,
      () => {
        const { layout, dataset } = store.getState();
        if (layout === 'preset' || layout === 'fcose' || dataset !== shown.current) return;
        // once the chrome has gone or come back and the container has its new size
        requestAnimationFrame(() => requestAnimationFrame(() => runLayout.current(layout, false)));
      },
    );
    const off = store.subscribe(
      (s) => s.layout,
      (name, _prev) => {
        // a layout reset by loading another dataset is run once its elements are in (below)
        if (store.getState().dataset !== shown.current) return;
        runLayout.current(name, !prefersReducedMotion());
      },
    );
    return () => {
      off();
      offPresent();
      token++;
      runLayout.current = () => {};
    };
  }, [cy, store]);

  useEffect(() => {
    if (!cy || !dataset) return;
    const first = shown.current === null;
    shown.current = dataset;
    const { layout, positions } = store.getState();
    // Stored positions are already applied by the preset layout on mount: only the camera is set,
    // clear of the controls over the graph. Once every controller has set its classes (their
    // effects run after this one, in the same task: the camera waits for the end of the task), and
    // before the first frame, so that frame is drawn from where the view stays (framing reads the
    // style first: no box is measured from a label's old size). A tour step in the link frames
    // itself, and so does a path (see pathFrame.ts).
    // A loaded dataset comes with positions (its own, or laid out while it was read): the same.
    if (layout === 'preset' && positions) {
      let live = true;
      queueMicrotask(() => {
        // a large network is shown whole: framing it for legible names tries cameras with a
        // label pass each, seconds of work at 5,000 nodes, for a zoom the user sets anyway
        if (live && !cy.destroyed() && !(first && (store.getState().tour || pathNodeIds(store.getState()))))
          fitOn(cy, undefined, { instant: true, legible: !isLarge(cy.elements().length) });
      });
      return () => void (live = false);
    }
    runLayout.current(layout, false);
  }, [cy, dataset, store]);

  return groups;
}
