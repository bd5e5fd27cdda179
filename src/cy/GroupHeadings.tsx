/**
 * Headings over the blocks of a grouped layout ("European", "Joint body"…), drawn as HTML over
 * the canvas and kept in place as the view pans and zooms. Decorative for screen readers (the
 * keyboard announcement and the list view already name each node's level and type).
 */
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { LEVELS, NODE_TYPES } from '../data/vocabulary';
import { useAppStore } from '../store';
import type { LayoutGroups } from './controllers/layout';

type Placed = { group: string; left: number; top: number; width: number; count: number };

const selectLang = (s: { lang: 'sv' | 'en' }) => s.lang;

function groupName(kind: 'level' | 'type', group: string, lang: 'sv' | 'en'): string {
  const table: Record<string, { sv: string; en: string }> = kind === 'level' ? LEVELS : NODE_TYPES;
  return table[group]?.[lang] ?? group;
}

export function GroupHeadings({ cy, groups }: { cy: Core | null; groups: LayoutGroups }) {
  const lang = useAppStore(selectLang);
  const [placed, setPlaced] = useState<Placed[]>([]);

  useEffect(() => {
    if (!cy || !groups) {
      setPlaced([]);
      return;
    }
    let frame = 0;
    const place = () => {
      frame = 0;
      const zoom = cy.zoom();
      const pan = cy.pan();
      setPlaced(
        groups.blocks.map((b) => ({
          group: b.group,
          left: b.x * zoom + pan.x,
          top: b.y * zoom + pan.y,
          width: b.width * zoom,
          count: b.count,
        })),
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    cy.on('viewport resize', schedule);
    return () => {
      cy.removeListener('viewport resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy, groups]);

  if (!groups || placed.length === 0) return null;
  return (
    <div className="group-headings" aria-hidden="true">
      {placed.map((p) => (
        <span key={p.group} className="group-heading" style={{ left: p.left, top: p.top, maxWidth: Math.max(p.width, 80) }}>
          {groupName(groups.kind, p.group, lang)} <span className="group-count">{p.count}</span>
        </span>
      ))}
    </div>
  );
}
