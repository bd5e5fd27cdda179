import { useAppStore } from '../store';
import { HelpDialog } from './HelpDialog';
import { PresentationBar } from './learn/PresentationBar';
import { useShortcutKeys } from './learn/useShortcutKeys';
import { useTourKeeper } from './learn/useTourKeeper';
import '../styles/presentation.css';
import '../styles/print.css';

/**
 * Always mounted by App: the global keyboard shortcuts, the shortcuts dialog, the controls kept
 * in presentation mode, and the upkeep of a running tour (see useTourKeeper).
 */
export function AppShortcuts() {
  useShortcutKeys();
  useTourKeeper();
  const presentation = useAppStore((s) => s.presentation);
  return (
    <>
      <HelpDialog />
      {presentation && <PresentationBar />}
    </>
  );
}
