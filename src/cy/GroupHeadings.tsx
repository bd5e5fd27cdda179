/**
 * Headings over the blocks of a grouped layout ("European", "Joint body"…), drawn as HTML over
 * the canvas and kept in place as the view pans and zooms. Decorative for screen readers (the
 * keyboard announcement and the list view already name each node's level and type).
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { Core } from 'cytoscape';
import { LEVELS } from '../data/vocabulary';
import type { CustomTypes, Lang } from '../data/schema';
import { nodeTypeName } from '../graph/typeInfo';
import { useAppStore } from '../store';
import type { LayoutGroups } from './controllers/layout';

const selectLang = (s: { lang: Lang }) => s.lang;

function groupName(
  kind: 'level' | 'type',
  group: string,
  lang: Lang,
  types: CustomTypes | undefined,
): string {
  if (kind === 'type') return nodeTypeName(types, group, lang);
  return LEVELS[group as keyof typeof LEVELS]?.[lang] ?? group;
}

/** The view's zoom and pan as one comparable value, updated at most once a frame. */
function useViewport(cy: Core | null): string {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!cy) return () => {};
      let frame = 0;
      const schedule = () => {
        if (!frame) frame = requestAnimationFrame(() => ((frame = 0), notify()));
      };
      cy.on('viewport resize', schedule);
      return () => {
        cy.removeListener('viewport resize', schedule);
        if (frame) cancelAnimationFrame(frame);
      };
    },
    [cy],
  );
  const snapshot = () => (cy && !cy.destroyed() ? `${cy.zoom()} ${cy.pan().x} ${cy.pan().y}` : '');
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

export function GroupHeadings({ cy, groups }: { cy: Core | null; groups: LayoutGroups }) {
  const lang = useAppStore(selectLang);
  const types = useAppStore((s) => s.dataset.types);
  const viewport = useViewport(cy);
  if (!groups || !viewport) return null;
  const [zoom, px, py] = viewport.split(' ').map(Number) as [number, number, number];
  return (
    <div className="group-headings" aria-hidden="true">
      {groups.blocks.map((b) => (
        <span
          key={b.group}
          className="group-heading"
          style={{ left: b.x * zoom + px, top: b.y * zoom + py, maxWidth: Math.max(b.width * zoom, 80) }}
        >
          {groupName(groups.kind, b.group, lang, types)} <span className="group-count">{b.count}</span>
        </span>
      ))}
    </div>
  );
}
