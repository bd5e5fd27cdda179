/**
 * The label controller: decides which labels are drawn, and at what size, once the camera has
 * settled (never on every animation frame, never during a camera animation: Cytoscape caches label
 * textures, and a style changed mid-glide can leave a stale one). Anything that changes what a
 * label should look like (classes from the other controllers, a language switch, a layout, the
 * overlays, presentation mode) asks for a pass once the next frame is presented, so the frame
 * that shows the change itself (a filter, a language) is not held back by the pass, whose result
 * follows a frame later (after a language switch two: the interface's frame comes first); camera
 * moves ask for one once they stop. On a large network the names are drawn on the label layer
 * (see labelLayer.ts), redrawn after each pass.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppStoreApi } from '../../store';
import { onOverlaysChange, overlayBoxes } from '../overlays';
import {
  forgetLabels,
  NAMES_EVENT,
  quietly,
  readyLayerPass,
  runLabelPass,
  ZOOM_ANCHOR,
} from '../labels/pass';
import { FIRST_DRAWN, setNote } from '../scratch';
import { settleWatcher } from './settle';
import { isLarge } from '../largeGraph';
import { attachLabelLayer } from '../labelLayer';
import type { EmphasisLayer } from '../emphasisLayer';
import { MARKS_EVENT } from '../marks';

/**
 * Quiet time after the last camera change (or the end of the frame that drew it) before the view
 * counts as settled (see settle.ts).
 */
export const SETTLE_MS = 120;
/**
 * The same on a large network (see largeGraph.ts), where a pass and the redrawing its classes ask
 * for cost far more, and a wheel turned slowly, notch by notch, should still count as one turn.
 */
export const LARGE_SETTLE_MS = 300;
/**
 * Up to this many elements, every element is restyled after a pass, so that Cytoscape draws each
 * anew (it keeps an element's texture until its style changes) and the picture is the same however
 * the view was reached. Beyond it that costs seconds a pass, and only what the pass changed is
 * drawn anew.
 */
const RESTYLE_ALL_UP_TO = 2000;

export function useLabelController(cy: Core | null) {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!cy) return;
    let applying = false;
    let frame = 0;
    let live = true;
    const large = isLarge(cy.elements().length);
    // a large network's names are drawn on a layer of their own (see labelLayer.ts)
    const layer = large ? attachLabelLayer(cy) : null;
    // and its hover, focus, selection and emphasis on one under it (see emphasisLayer.ts), loaded
    // with the first large network (the marks are kept meanwhile, and drawn once it is there)
    let emphasis: EmphasisLayer | null = null;
    if (large)
      void import('../emphasisLayer').then((m) => {
        if (live && !cy.destroyed()) emphasis = m.attachEmphasisLayer(cy);
      });
    // a message posted in an animation frame arrives after that frame's rendering step (paint)
    const afterPaint = new MessageChannel();
    // a language switch: the interface follows the graph's labels in the frame after theirs
    // (store/sync.ts); the pass waits for that frame too, so that the interface is not held back
    // by the pass and the restyling of every element that follows it
    let afterInterface = false;

    const run = () => {
      frame = 0;
      if (!live || cy.destroyed()) return;
      if (afterInterface) {
        afterInterface = false;
        return schedule();
      }
      // the camera still moving (a glide, a wheel turned, a drag): the pass follows its settling
      if (settle.waiting()) return;
      pass();
    };
    const pass = () => {
      if (cy.animated()) return settle.moved();
      if (cy.width() < 2 || cy.height() < 2) return; // hidden (another view): placed when shown
      // a large network's first pass (or one after elements came or went) reads and measures every
      // name first, each in a task of its own after a frame: not all in one task of 170 ms
      if (layer && readyLayerPass(cy)) return schedule();
      applying = true;
      try {
        const once = () =>
          runLabelPass(cy, {
            presentation: store.getState().presentation,
            overlays: overlayBoxes(cy.container()),
            anchor: (cy.scratch(ZOOM_ANCHOR) as { x: number; y: number } | undefined) ?? null,
          });
        const started = performance.now();
        let { items, ...result } = once();
        // names measured at another size (the zoom changed): once more, measured at this one, before
        // the frame is drawn, so a view looks the same however it was reached
        if (result.rescaled) {
          forgetLabels(cy);
          ({ items, ...result } = once());
        }
        if (layer) layer.draw(items ?? []);
        // before the first frame nothing has been drawn yet: every element is drawn anew anyway
        else if (cy.elements().length <= RESTYLE_ALL_UP_TO && cy.scratch(FIRST_DRAWN) === true)
          quietly(cy, () => cy.style().update());
        // for the console and automated checks: what the last pass did
        setNote(cy, '_labelPass', result);
        // and how long it took (read by the label benchmark)
        setNote(cy, '_labelPassMs', performance.now() - started);
      } finally {
        applying = false;
      }
    };
    afterPaint.port1.onmessage = run;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => afterPaint.port2.postMessage(null));
    };
    const quiet = large ? LARGE_SETTLE_MS : SETTLE_MS;
    const settle = settleWatcher(quiet, () => schedule());
    const moved = () => settle.moved();
    const drawn = () => settle.drawn();
    const onChange = () => {
      if (!applying) schedule();
    };
    // Cytoscape reports a resize on its own once it has watched the container for a moment
    // (after the first frame), the size unchanged: only a new size moves names
    let size = `${cy.width()}x${cy.height()}`;
    const onResize = () => {
      const now = `${cy.width()}x${cy.height()}`;
      if (now === size) return;
      size = now;
      onChange();
    };
    const container = cy.container();
    // a wheel zooming in or out about the pointer: the names there are drawn first (or no longer)
    const onWheel = (e: WheelEvent) => {
      const box = container!.getBoundingClientRect();
      const zoom = cy.zoom();
      const pan = cy.pan();
      const at = { x: (e.clientX - box.left - pan.x) / zoom, y: (e.clientY - box.top - pan.y) / zoom };
      setNote(cy, ZOOM_ANCHOR, e.deltaY < 0 ? at : null);
      // a step of a turn, even one that leaves the zoom at its limit
      if (e.buttons === 0) settle.hold(false);
      settle.moved();
    };
    // a button held on the graph (a drag under way): the pass waits for its release (or for a
    // pointer seen without a button, should the release have happened out of the page's sight)
    const onDown = () => settle.hold(true);
    const onUp = () => settle.hold(false);
    const onMove = (e: PointerEvent) => {
      if (e.buttons === 0) settle.hold(false);
    };
    container?.addEventListener('wheel', onWheel, { passive: true });
    container?.addEventListener('pointerdown', onDown);
    container?.addEventListener('pointermove', onMove, { passive: true });
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    cy.on('viewport position', moved);
    cy.on('render', drawn);
    cy.on(`class data add remove layoutstop ${MARKS_EVENT} ${NAMES_EVENT}`, onChange);
    cy.on('resize', onResize);
    const offStore = store.subscribe((s) => s.presentation, schedule);
    const offLang = store.subscribe(
      (s) => s.lang,
      () => void (afterInterface = true),
    );
    const offOverlays = onOverlaysChange(schedule);
    // The first pass: at the end of this task, after the start-up camera is set (queued by the
    // layout controller's effect, which runs before this one), so that a graph not yet drawn has
    // its names placed in its first frame; a camera set before any frame needs no settling.
    // A graph already drawn (a large one, drawn while it came in) waits for its frame as usual.
    if (cy.scratch(FIRST_DRAWN) === true) schedule();
    else
      queueMicrotask(() => {
        if (!live || cy.destroyed()) return;
        if (cy.scratch(FIRST_DRAWN) === true) return schedule();
        settle.forget();
        pass();
      });
    return () => {
      container?.removeEventListener('wheel', onWheel);
      container?.removeEventListener('pointerdown', onDown);
      container?.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
      cy.removeListener('viewport position', moved);
      cy.removeListener('render', drawn);
      cy.removeListener(`class data add remove layoutstop ${MARKS_EVENT} ${NAMES_EVENT}`, onChange);
      cy.removeListener('resize', onResize);
      offStore();
      offLang();
      offOverlays();
      settle.dispose();
      layer?.destroy();
      emphasis?.destroy();
      if (frame) cancelAnimationFrame(frame);
      live = false;
      afterPaint.port1.close();
    };
  }, [cy, store]);
}
