import { useLayoutEffect, type RefObject } from 'react';

/**
 * Gives a two-column list's entries that do not fit half its width the whole row (the attribute
 * `data-wide`, styled in legend.css), so that a long name ("Har utvecklingssamarbete med") is
 * never cut or pushed past the edge. Measured as drawn, in the language shown: no guess from
 * the number of letters. Measured again when the list is shown, its text changes or it resizes;
 * not while it is hidden (a closed legend), where a reading would only make the browser lay out
 * the page ahead of its frame (a language switch would wait for it).
 */
export function useWideEntries(ref: RefObject<HTMLElement | null>, ...deps: unknown[]) {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || root.hidden) return;
    const measure = () => {
      const items = [...root.querySelectorAll<HTMLElement>('li')];
      // all back to half a row first, then one reading of their sizes, then the changes
      for (const li of items) li.removeAttribute('data-wide');
      const wide = items.filter((li) => li.scrollWidth > li.clientWidth + 0.5);
      for (const li of wide) li.setAttribute('data-wide', '');
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    let width = root.clientWidth;
    const observer = new ResizeObserver(() => {
      if (root.clientWidth === width) return;
      width = root.clientWidth;
      measure();
    });
    observer.observe(root);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, ...deps]);
}
