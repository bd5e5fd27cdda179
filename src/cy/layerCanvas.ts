/**
 * A 2D canvas of the view's size laid over an instance's canvases, at the screen's pixel ratio,
 * taking no pointer events and hidden from assistive technology: the label layer's and the
 * emphasis layer's (see labelLayer.ts, emphasisLayer.ts).
 */
import type { Core } from 'cytoscape';

export type LayerCanvas = {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  /** The canvas's pixels per CSS pixel, as at the last fit. */
  ratio(): number;
  /** Sizes the canvas to the view (which clears it). */
  fit(): void;
  /** Sizes it to the view only if the view or the pixel ratio changed since. */
  refit(): void;
  /** Clears it, its transform reset. */
  clear(): void;
};

/**
 * Puts a layer canvas in the instance's container, before `before` if given (same stacking level,
 * so under it) or last; null where there is no container or no 2D context.
 */
export function layerCanvas(
  cy: Core,
  className: string,
  style: Partial<CSSStyleDeclaration> = {},
  before: Element | null = null,
): LayerCanvas | null {
  const container = cy.container();
  if (!container) return null;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  canvas.className = className;
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    pointerEvents: 'none',
    zIndex: '1',
    ...style,
  });
  container.insertBefore(canvas, before);
  let ratio = 1;
  const fit = () => {
    ratio = window.devicePixelRatio || 1;
    const [w, h] = [cy.width(), cy.height()];
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
  };
  fit();
  return {
    canvas,
    ctx,
    ratio: () => ratio,
    fit,
    refit() {
      const r = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(cy.width() * r) || canvas.height !== Math.round(cy.height() * r)) fit();
    },
    clear() {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
    },
  };
}
