import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleWatcher, type Clock } from '../../../../src/cy/controllers/settle';

const QUIET = 120;
/** Fake timers, and a clock that reads them. */
const clock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

describe('the camera settling', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('settles once, a quiet spell after the last change', () => {
    const settled = vi.fn();
    const s = settleWatcher(QUIET, settled, clock);
    for (let i = 0; i < 5; i++) {
      s.moved();
      vi.advanceTimersByTime(QUIET / 2);
    }
    expect(settled).not.toHaveBeenCalled();
    expect(s.waiting()).toBe(true);
    vi.advanceTimersByTime(QUIET / 2);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(s.waiting()).toBe(false);
    vi.advanceTimersByTime(QUIET * 10);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('forgets the changes made before any frame drew them (the start-up camera), and settles the next ones', () => {
    const settled = vi.fn();
    const s = settleWatcher(QUIET, settled, clock);
    s.moved();
    s.forget();
    expect(s.waiting()).toBe(false);
    // the first frame drawn starts no quiet spell for what was forgotten
    s.drawn();
    vi.advanceTimersByTime(QUIET * 10);
    expect(settled).not.toHaveBeenCalled();
    s.moved();
    vi.advanceTimersByTime(QUIET);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('does not settle between the steps of a wheel turned one step per frame, however long a frame takes', () => {
    const settled = vi.fn();
    const s = settleWatcher(QUIET, settled, clock);
    // each step's frame takes three quiet spells to draw; the next step comes 40 ms after it ends
    for (let step = 0; step < 20; step++) {
      s.moved();
      vi.setSystemTime(Date.now() + QUIET * 3); // the page is busy drawing: no timer runs meanwhile
      s.drawn();
      vi.advanceTimersByTime(40);
    }
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(QUIET);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('counts the quiet spell from the end of the frame that drew the change, not from the change', () => {
    const settled = vi.fn();
    const s = settleWatcher(QUIET, settled, clock);
    s.moved();
    vi.setSystemTime(Date.now() + 500); // a long frame
    s.drawn();
    vi.advanceTimersByTime(QUIET - 1);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('waits while a button is held on the graph, and settles a quiet spell after its release', () => {
    const settled = vi.fn();
    const s = settleWatcher(QUIET, settled, clock);
    s.hold(true);
    s.moved();
    vi.advanceTimersByTime(QUIET * 10); // held still, mid-drag
    expect(settled).not.toHaveBeenCalled();
    s.hold(false);
    vi.advanceTimersByTime(QUIET - 1);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('says nothing of frames or holds without a change', () => {
    const settled = vi.fn();
    const s = settleWatcher(QUIET, settled, clock);
    s.drawn();
    s.hold(true);
    s.hold(false);
    vi.advanceTimersByTime(QUIET * 5);
    expect(settled).not.toHaveBeenCalled();
    expect(s.waiting()).toBe(false);
  });

  it('stops when disposed', () => {
    const settled = vi.fn();
    const s = settleWatcher(QUIET, settled, clock);
    s.moved();
    s.dispose();
    vi.advanceTimersByTime(QUIET * 5);
    expect(settled).not.toHaveBeenCalled();
  });
});
