import { describe, expect, it } from 'vitest';
import { layOutWhileIdle, NameMeasure, stepPx } from '../../../../src/cy/labels/layerText';
import { balancedWidth, wrapLines } from '../../../../src/cy/labels/balance';
import { MAX_WIDTH_EM } from '../../../../src/cy/labels/fontSize';

/** A fixed-width stand-in for a canvas: each character 0.6 of the font size wide. */
const mono = () => {
  const calls: string[] = [];
  const width = (text: string, px: number) => {
    calls.push(`${px}:${text}`);
    return text.length * px * 0.6;
  };
  return { calls, width };
};

describe('NameMeasure', () => {
  it('lays a name out at the size asked for, wrapped at the balanced width Cytoscape labels use', () => {
    const { width } = mono();
    const m = new NameMeasure(width);
    const name = 'Nationellt centrum för samverkan mot brott och hot i Norden';
    const laid = m.lay(name, 12);
    const w100 = (line: string) => Math.ceil(width(line, 100));
    const em = balancedWidth(name, MAX_WIDTH_EM * 100, w100) / 100;
    const expected = wrapLines(name, em * 12, (l) => Math.ceil(width(l, 12))).map((l) => l.trimEnd());
    expect(laid.lines).toEqual(expected);
    expect(laid.lines.length).toBeGreaterThan(1);
    expect(laid.h).toBe(12 * laid.lines.length);
    expect(laid.w).toBe(Math.ceil(Math.max(...expected.map((l) => width(l, 12)))));
    // every line within the widest a name may be
    expect(laid.w).toBeLessThanOrEqual(MAX_WIDTH_EM * 12);
  });

  it('measures a name once per text and size: a pass after a pan measures nothing new', () => {
    const { calls, width } = mono();
    const m = new NameMeasure(width);
    m.lay('Polisen', 12);
    m.lay('Säpo', 12);
    const after = calls.length;
    expect(m.measured).toBe(2);
    expect(m.lay('Polisen', 12)).toBe(m.lay('Polisen', 12));
    m.lay('Säpo', 12);
    expect(calls.length).toBe(after);
    expect(m.measured).toBe(2);
    // another size is measured anew
    m.lay('Polisen', 14.5);
    expect(m.measured).toBe(3);
    expect(calls.length).toBeGreaterThan(after);
  });

  it('bounds a name from one measure, never smaller than its layout', () => {
    const { width } = mono();
    const m = new NameMeasure(width);
    for (const name of [
      'Polisen',
      'Europeiska unionens byrå för samarbete inom brottsbekämpning (Europol)',
    ]) {
      for (const px of [12, 13.5, 16, 24]) {
        const b = m.bound(name, px);
        const l = m.lay(name, px);
        expect(b.w).toBeGreaterThanOrEqual(l.w);
        expect(b.h).toBeGreaterThanOrEqual(l.h);
      }
    }
  });

  it('draws sizes in half-pixel steps', () => {
    expect(stepPx(12)).toBe(12);
    expect(stepPx(13.26)).toBe(13.5);
    expect(stepPx(15.74)).toBe(15.5);
  });
});

describe('layOutWhileIdle', () => {
  it('lays every name out at the size, a slice at a time, so that a pass then measures none', () => {
    const { width } = mono();
    const m = new NameMeasure(width);
    const names = Array.from({ length: 50 }, (_, i) => `Myndighet nummer ${i} för samverkan`);
    // a clock that moves 1 ms per name laid out, and idle calls run by hand
    let t = 0;
    const queued: ((remaining: number) => void)[] = [];
    const idle = (step: (remaining: number) => void) => {
      queued.push(step);
      return () => void queued.splice(queued.indexOf(step), 1);
    };
    const measureOne = m.lay.bind(m);
    m.lay = (text, px) => {
      t += 1;
      return measureOne(text, px);
    };
    const run = layOutWhileIdle(m, names[Symbol.iterator](), 13.5, idle, () => t);
    let slices = 0;
    while (queued.length) {
      queued.shift()!(50);
      slices++;
    }
    expect(run.done()).toBe(true);
    // 8 ms a slice at most
    expect(slices).toBeGreaterThanOrEqual(Math.ceil(50 / 8));
    expect(m.measured).toBe(50);
    for (const name of names) m.lay(name, 13.5);
    expect(m.measured).toBe(50);
  });

  it('stops when asked, leaving the rest', () => {
    const m = new NameMeasure(mono().width);
    const queued: ((remaining: number) => void)[] = [];
    const run = layOutWhileIdle(m, ['A', 'B'][Symbol.iterator](), 12, (step) => {
      queued.push(step);
      return () => void (queued.length = 0);
    });
    run.stop();
    expect(queued).toHaveLength(0);
    expect(run.done()).toBe(false);
    expect(m.measured).toBe(0);
  });
});
