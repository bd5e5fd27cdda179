/**
 * Work that waits for the next frame to be presented: a message posted in an animation frame
 * arrives after that frame's rendering step (paint), so what the store's followers do there never
 * delays the frame that shows a change. Requests in a row before it are one; where no frame comes
 * (a tab in the background draws none), it runs after `waitMs` anyway.
 */
export type Presented = {
  /** Asks for `run` once the next frame is presented (a request already pending is kept). */
  request(): void;
  /** Runs now what is pending, if anything (and drops the wait). */
  flush(): void;
  /** Drops what is pending and the channel. */
  close(): void;
};

export function afterPresentedFrame(run: () => void, waitMs: number): Presented {
  const channel = new MessageChannel();
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = false;
  const cancel = () => {
    due = false;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const flush = () => {
    if (!due) return;
    cancel();
    run();
  };
  channel.port1.onmessage = flush;
  return {
    request() {
      if (due) return;
      due = true;
      frame = requestAnimationFrame(() => channel.port2.postMessage(null));
      timer = setTimeout(flush, waitMs);
    },
    flush,
    close() {
      cancel();
      channel.port1.close();
    },
  };
}
