/**
 * A file dropped anywhere on the page is read as a dataset, whichever tool is open: the Data tool
 * opens and reads it (while that tool is open, it takes drops itself). Without this, the browser
 * would navigate away to show the file, and the view would be lost. Renders nothing.
 */
import { useEffect } from 'react';
import { useAppStoreApi } from '../store';
import { leaveDropped } from './tools/data/droppedFiles';

const hasFile = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));

export function FileDrop() {
  const store = useAppStoreApi();
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFile(e) || store.getState().tool === 'data') return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length || store.getState().tool === 'data') return;
      e.preventDefault();
      leaveDropped(Array.from(e.dataTransfer.files));
      store.getState().setTool('data');
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [store]);
  return null;
}
