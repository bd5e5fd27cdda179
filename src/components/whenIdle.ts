/** The mark the graph sets when it has drawn its first frame (cy/CyView.tsx). */
export const FIRST_DRAWN_MARK = 'samverkan:start:drawn';
/**
 * How long idle work waits for the first graph at most: a page that shows no graph (an error
 * page, a view opened in place of the graph) still gets its idle work.
 */
export const FIRST_DRAWN_WAIT_MS = 10_000;

const drawn = () =>
  typeof performance !== 'undefined' &&
  typeof performance.getEntriesByName === 'function' &&
  performance.getEntriesByName(FIRST_DRAWN_MARK).length > 0;

/**
 * Calls `fn` once the graph's first frame is drawn (the performance mark above), or after
 * FIRST_DRAWN_WAIT_MS if none comes; at once where the browser cannot tell. Returns a cancel.
 */
function afterFirstGraph(fn: () => void): () => void {
  if (drawn() || typeof PerformanceObserver === 'undefined') {
    fn();
    return () => {};
  }
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    window.clearTimeout(timer);
    fn();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_DRAWN_MARK).length) go();
  });
  try {
    observer.observe({ type: 'mark' });
  } catch {
    // a browser that cannot observe marks: the wait below still ends
  }
  const timer = window.setTimeout(go, FIRST_DRAWN_WAIT_MS);
  // drawn between the first look and the observer's start
  if (drawn()) go();
  return () => {
    done = true;
    observer.disconnect();
    window.clearTimeout(timer);
  };
}

/**
 * Runs `fn` once the page is idle (at the latest after `timeout` ms) after the graph's first
 * frame: for loading what the first view does not need but the next interaction might. On a
 * busy machine the first frame can take longer than `timeout`, and what is loaded for later
 * must not be fetched and run ahead of it. Returns a cancel.
 */
export function whenIdle(fn: () => void, timeout = 2000): () => void {
  let cancelIdle = () => {};
  const cancelWait = afterFirstGraph(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(fn, { timeout });
      cancelIdle = () => window.cancelIdleCallback(handle);
    } else {
      const handle = window.setTimeout(fn, 200);
      cancelIdle = () => window.clearTimeout(handle);
    }
  });
  return () => {
    cancelWait();
    cancelIdle();
  };
}
