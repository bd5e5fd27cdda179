/**
 * Says which node has keyboard focus in the graph: a live region for screen readers (the canvas
 * has no text they can read) that sighted keyboard users also see, as a small hint bar.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../i18n/uiLang';
import { LEVELS } from '../data/vocabulary';
import { nodeTypeName } from '../graph/typeInfo';
import { fullLabel } from '../graph/elements';
import { degreeOf, indexDataset } from '../graph/relations';
import { useAppStore } from '../store';
import { useGraphOverlay } from '../components/useGraphOverlay';

export function KeyboardAnnouncer({ nodeId }: { nodeId: string | null }) {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.dataset);
  const lang = useUiLang();
  const node = nodeId ? indexDataset(dataset).nodes.get(nodeId) : undefined;
  const ref = useRef<HTMLParagraphElement>(null);
  // the status line floats over the bottom of the graph while a node has keyboard focus
  useGraphOverlay('status', ref, Boolean(node));
  const text = node
    ? t('common.graph.focused', {
        name: fullLabel(node, lang),
        type: nodeTypeName(dataset.types, node.type, lang),
        level: LEVELS[node.level][lang],
        count: degreeOf(dataset, node.id),
      })
    : '';
  return (
    <p
      ref={ref}
      className={`keyboard-hint${node ? '' : ' keyboard-hint-empty'}`}
      role="status"
      aria-live="polite"
    >
      {text}
    </p>
  );
}
