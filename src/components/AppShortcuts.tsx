import { useAppStore } from '../store';
import { HelpDialog } from './HelpDialog';
import { PresentationBar } from './learn/PresentationBar';
import { useShortcutKeys } from './learn/useShortcutKeys';
import { useFullscreenController } from './learn/useFullscreen';
import '../styles/presentation.css';
import '../styles/print.css';

/**
 * Always mounted by App: the global keyboard shortcuts, full screen, the shortcuts dialog, the
 * controls kept in presentation mode (a running tour is kept sound by the store's setTour).
 */
export function AppShortcuts() {
  useShortcutKeys();
  useFullscreenController();
  const presentation = useAppStore((s) => s.presentation);
  return (
    <>
      <HelpDialog />
      {presentation && <PresentationBar />}
    </>
  );
}
