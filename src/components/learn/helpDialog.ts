/**
 * Whether the keyboard-shortcuts dialog is open. Its own tiny store rather than app state: it is
 * not part of a view worth linking to, and both the "?" key and the header button open it.
 */
import { create } from 'zustand';

type HelpState = { open: boolean; setOpen: (open: boolean) => void };

export const useHelpDialog = create<HelpState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

export const openHelp = () => useHelpDialog.getState().setOpen(true);
