/**
 * Focus for the details panel. When the panel opens or shows another item, focus moves to its
 * heading (so screen readers read what opened and keyboard users continue from there), once it is
 * there (`ready`: the panel's content may still be loading); an item shown at start-up (from a
 * link) takes no focus. Closing returns focus to where the user was before the panel opened, or
 * to the graph.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

export function useDetailsFocus(
  key: string | null,
  panel: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
  ready = true,
) {
  const returnTo = useRef<HTMLElement | null>(null);
  const shownKey = useRef<string | null>(key);
  // the item whose opening has noted where focus was (its content may still be loading)
  const notedFor = useRef<string | null>(null);

  useEffect(() => {
    if (key === shownKey.current) return;
    if (shownKey.current === null && key && notedFor.current !== key) {
      notedFor.current = key;
      const active = document.activeElement;
      returnTo.current =
        active instanceof HTMLElement && active !== document.body && !panel.current?.contains(active)
          ? active
          : null;
    }
    if (key && !ready) return;
    shownKey.current = key;
    notedFor.current = null;
    if (key) heading.current?.focus();
  }, [key, ready, panel, heading]);

  /** Where focus goes after the panel closes. */
  const restoreFocus = useCallback(() => {
    const target = returnTo.current?.isConnected ? returnTo.current : document.getElementById('graph');
    returnTo.current = null;
    target?.focus();
  }, []);

  return restoreFocus;
}
