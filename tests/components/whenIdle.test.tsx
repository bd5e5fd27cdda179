import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_DRAWN_MARK, FIRST_DRAWN_WAIT_MS, whenIdle } from '../../src/components/whenIdle';

describe('whenIdle', () => {
  afterEach(() => {
    performance.clearMarks(FIRST_DRAWN_MARK);
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the first graph, however long the idle timeout is, then for idle time', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    const fn = vi.fn();
    whenIdle(fn, 10);
    await new Promise((r) => setTimeout(r, 50));
    // not drawn yet: nothing asked of the idle queue
    expect(idle).toHaveLength(0);
    performance.mark(FIRST_DRAWN_MARK);
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    expect(fn).not.toHaveBeenCalled();
    idle[0]!();
    expect(fn).toHaveBeenCalledOnce();
  });

  it('runs at once (at idle) once the graph has been drawn, and gives up waiting on a page without one', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 0));
    const late = vi.fn();
    whenIdle(late);
    vi.advanceTimersByTime(FIRST_DRAWN_WAIT_MS - 1);
    expect(late).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runAllTimers();
    expect(late).toHaveBeenCalledOnce();

    performance.mark(FIRST_DRAWN_MARK);
    const soon = vi.fn();
    whenIdle(soon);
    vi.runAllTimers();
    expect(soon).toHaveBeenCalledOnce();
  });

  it('can be cancelled before it runs', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 0));
    const fn = vi.fn();
    const cancel = whenIdle(fn);
    cancel();
    vi.advanceTimersByTime(FIRST_DRAWN_WAIT_MS * 2);
    expect(fn).not.toHaveBeenCalled();
  });
});
