/**
 * Focus for the details panel. When the panel opens or shows another item, focus moves to its
 * heading (so screen readers read what opened and keyboard users continue from there); an item
 * shown at start-up (from a link) takes no focus. Closing returns focus to where the user was
 * before the panel opened, or to the graph.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

export function useDetailsFocus(
  key: string | null,
  panel: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
) {
  const returnTo = useRef<HTMLElement | null>(null);
  const shownKey = useRef<string | null>(key);

  useEffect(() => {
    if (key === shownKey.current) return;
    const opening = shownKey.current === null;
    shownKey.current = key;
    if (!key) return;
    if (opening) {
      const active = document.activeElement;
      returnTo.current =
        active instanceof HTMLElement && active !== document.body && !panel.current?.contains(active)
          ? active
          : null;
    }
    heading.current?.focus();
  }, [key, panel, heading]);

  /** Where focus goes after the panel closes. */
  const restoreFocus = useCallback(() => {
    const target = returnTo.current?.isConnected ? returnTo.current : document.getElementById('graph');
    returnTo.current = null;
    target?.focus();
  }, []);

  return restoreFocus;
}
