import { useEffect } from 'react';
import { useAppStoreApi } from '../../store';

/**
 * Full screen follows the store (`presenting.wantFullscreen`, set by "Present", F and the
 * presentation bar), and the store learns what the browser did: full screen entered, refused, or
 * left (see store/presenting.ts for what leaving means). Mounted once, by AppShortcuts. The
 * request is made in the same task as the click or key that asked for it (store listeners run at
 * once), as browsers require.
 */
export function useFullscreenController() {
  const store = useAppStoreApi();
  useEffect(() => {
    const report = () => store.getState().fullscreenChanged(Boolean(document.fullscreenElement));
    const request = () => {
      const el = document.documentElement;
      if (document.fullscreenElement) return;
      if (typeof el.requestFullscreen !== 'function') return store.getState().fullscreenRefused();
      try {
        el.requestFullscreen().catch(() => store.getState().fullscreenRefused());
      } catch {
        // older engines throw instead of rejecting
        store.getState().fullscreenRefused();
      }
    };
    const exit = () => {
      if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
      // still in full screen if it fails: the app holds it again
      document.exitFullscreen().catch(report);
    };
    const off = store.subscribe(
      (s) => s.presenting.wantFullscreen,
      (want) => (want ? request() : exit()),
    );
    document.addEventListener('fullscreenchange', report);
    return () => {
      off();
      document.removeEventListener('fullscreenchange', report);
    };
  }, [store]);
}
