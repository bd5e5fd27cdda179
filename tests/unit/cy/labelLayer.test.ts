import { describe, expect, it } from 'vitest';
import { drawLabelItems } from '../../../src/cy/labelLayer';
import type { LayerItem } from '../../../src/cy/labels/layerItems';

/** A 2D context that records what is drawn. */
function recorder() {
  const calls: string[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) =>
        void calls.push(
          `${key}(${args.map((a) => (typeof a === 'number' ? Math.round(a * 100) / 100 : String(a))).join(', ')})`,
        );
    },
    set(target, key: string, value: unknown) {
      target[key] = value;
      calls.push(`${key}=${String(value)}`);
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const item = (over: Partial<LayerItem>): LayerItem => ({
  id: 'n1',
  lines: ['Polisen'],
  px: 12,
  box: { x1: 10, y1: 20, x2: 70, y2: 36 },
  pad: 2,
  angle: 0,
  look: { framed: false, present: false },
  edge: false,
  ...over,
});

describe('drawLabelItems', () => {
  it('draws each line of a name centred in its box, at its font size, on a pale background', () => {
    const { ctx, calls } = recorder();
    drawLabelItems(ctx, [item({ lines: ['Nationellt', 'centrum'], box: { x1: 0, y1: 0, x2: 80, y2: 28 } })], {
      k: 2,
      x: 0,
      y: 0,
    });
    expect(calls).toContain('setTransform(2, 0, 0, 2, 0, 0)');
    expect(calls).toContain('fillStyle=rgba(255, 255, 255, 0.85)');
    expect(calls.find((c) => c.startsWith('font='))).toMatch(/^font=normal normal 12px /);
    expect(calls).toContain('fillText(Nationellt, 40, 8)');
    expect(calls).toContain('fillText(centrum, 40, 20)');
    expect(calls.some((c) => c.startsWith('stroke('))).toBe(false);
    expect(calls.some((c) => c.startsWith('rotate('))).toBe(false);
  });

  it('frames an emphasised name on an opaque background, and turns a relationship’s along its line', () => {
    const { ctx, calls } = recorder();
    drawLabelItems(ctx, [item({ look: { framed: true, present: false } })], { k: 1, x: 0, y: 0 });
    expect(calls).toContain('fillStyle=#ffffff');
    expect(calls).toContain('lineWidth=1.5');
    expect(calls).toContain('stroke()');
    const turned = recorder();
    drawLabelItems(turned.ctx, [item({ edge: true, angle: 0.5 })], { k: 1, x: 0, y: 0 });
    expect(turned.calls).toContain('rotate(0.5)');
    expect(turned.calls).toContain('fillStyle=rgba(255, 255, 255, 0.9)');
  });

  it('draws presented names in pure black', () => {
    const { ctx, calls } = recorder();
    drawLabelItems(ctx, [item({ look: { framed: false, present: true } })], { k: 1, x: 0, y: 0 });
    expect(calls).toContain('fillStyle=#000000');
  });
});
