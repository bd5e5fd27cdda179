/**
 * The label controller: decides which labels are drawn, and at what size, once the camera has
 * settled (never on every animation frame, never during a camera animation: Cytoscape caches label
 * textures, and a style changed mid-glide can leave a stale one). Anything that changes what a
 * label should look like (classes from the other controllers, a language switch, a layout, the
 * overlays, presentation mode) asks for a pass at the next frame; camera moves ask for one once
 * they stop.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { getAppStore } from '../../store';
import { onOverlaysChange, overlayBoxes } from '../overlays';
import { runLabelPass } from '../labels/pass';

/** Quiet time after the last camera event before the view counts as settled. */
const SETTLE_MS = 120;

export function useLabelController(cy: Core | null) {
  useEffect(() => {
    if (!cy) return;
    const store = getAppStore();
    let applying = false;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastZoom = cy.zoom();
    let anchor: { x: number; y: number } | null = null;
    let wheel = { x: 0, y: 0, at: -Infinity };

    const run = () => {
      frame = 0;
      if (cy.destroyed()) return;
      if (cy.animated()) return settleLater();
      if (cy.width() < 2 || cy.height() < 2) return; // hidden (another view): placed when shown
      applying = true;
      try {
        const result = runLabelPass(cy, {
          presentation: store.getState().presentation,
          overlays: overlayBoxes(cy.container()),
          anchor,
        });
        // for the console and automated checks: what the last pass did
        cy.scratch('_labelPass', result);
      } finally {
        applying = false;
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(run);
    };
    const settleLater = () => {
      clearTimeout(timer);
      timer = setTimeout(schedule, SETTLE_MS);
    };
    const onViewport = () => {
      const zoom = cy.zoom();
      if (zoom > lastZoom * 1.01) {
        // zoomed in: the labels about the point zoomed on are drawn first
        const recent = performance.now() - wheel.at < 400;
        const r = recent ? wheel : { x: cy.width() / 2, y: cy.height() / 2 };
        const pan = cy.pan();
        anchor = { x: (r.x - pan.x) / zoom, y: (r.y - pan.y) / zoom };
      } else if (zoom < lastZoom / 1.01) anchor = null;
      lastZoom = zoom;
      settleLater();
    };
    const onChange = () => {
      if (!applying) schedule();
    };
    const container = cy.container();
    const onWheel = (e: WheelEvent) => {
      const box = container!.getBoundingClientRect();
      wheel = { x: e.clientX - box.left, y: e.clientY - box.top, at: performance.now() };
    };
    container?.addEventListener('wheel', onWheel, { passive: true });
    cy.on('viewport', onViewport);
    cy.on('position', settleLater);
    cy.on('class data add remove layoutstop resize', onChange);
    const offStore = store.subscribe((s) => s.presentation, schedule);
    const offOverlays = onOverlaysChange(schedule);
    schedule();
    return () => {
      container?.removeEventListener('wheel', onWheel);
      cy.removeListener('viewport', onViewport);
      cy.removeListener('position', settleLater);
      cy.removeListener('class data add remove layoutstop resize', onChange);
      offStore();
      offOverlays();
      clearTimeout(timer);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy]);
}
