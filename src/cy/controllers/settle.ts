/**
 * When the camera has settled: no camera change for a quiet spell, counted from the later of the
 * last change and the end of the frame that drew it, and no gesture under way (a button held on
 * the graph). A wheel turned one step per frame on a large graph, where a frame may take longer
 * than the quiet spell, is then one gesture: a quiet spell counted from the change alone would
 * end inside that long frame, and the label pass (and the redraw of every element its classes ask
 * for) would run between two steps of the same turn, holding up the next one.
 */

export type Clock = {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type Settle = {
  /** The camera changed (a pan, a zoom, a wheel step, a node moved). */
  moved(): void;
  /** A frame has been drawn: if it drew a change, the quiet spell starts again from now. */
  drawn(): void;
  /** A gesture starts (`true`: a button pressed on the graph) or ends (`false`). */
  hold(on: boolean): void;
  /** Whether a change waits to settle. */
  waiting(): boolean;
  /** The changes so far need no settling (taken care of before any frame drew them). */
  forget(): void;
  dispose(): void;
};

/** Calls `onSettled` once after each run of changes, when the camera has settled (see above). */
export function settleWatcher(quietMs: number, onSettled: () => void, clock: Clock = realClock): Settle {
  let last = -Infinity;
  let waiting = false;
  let held = false;
  // a change not yet drawn: the frame that draws it restarts the quiet spell when it ends
  let undrawn = false;
  let timer: unknown = undefined;

  const clear = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  };
  const arm = () => {
    clear();
    if (!waiting || held) return;
    timer = clock.setTimeout(check, Math.max(0, quietMs - (clock.now() - last)));
  };
  const check = () => {
    timer = undefined;
    if (!waiting || held) return;
    if (clock.now() - last < quietMs) return arm();
    waiting = false;
    onSettled();
  };
  return {
    moved() {
      last = clock.now();
      waiting = true;
      undrawn = true;
      arm();
    },
    drawn() {
      if (!undrawn) return;
      undrawn = false;
      last = Math.max(last, clock.now());
      arm();
    },
    hold(on) {
      if (held === on) return;
      held = on;
      if (!on && waiting) last = Math.max(last, clock.now());
      arm();
    },
    waiting: () => waiting,
    forget() {
      waiting = false;
      undrawn = false;
      clear();
    },
    dispose() {
      waiting = false;
      clear();
    },
  };
}
