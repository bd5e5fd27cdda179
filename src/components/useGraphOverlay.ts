import { useEffect, type RefObject } from 'react';
import { overlaysChanged, publishOverlay } from '../cy/overlays';

/**
 * Publishes an element that floats over the graph as an overlay while it is mounted, and reports
 * each change of its size, so that labels stay out from under it and framing leaves it free.
 */
export function useGraphOverlay(name: string, ref: RefObject<HTMLElement | null>, shown = true) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    publishOverlay(name, () => (el.isConnected && !el.hidden ? el.getBoundingClientRect() : null));
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => overlaysChanged());
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      publishOverlay(name, null);
    };
  }, [name, ref, shown]);
}
