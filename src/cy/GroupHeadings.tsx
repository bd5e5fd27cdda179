/**
 * Headings over the blocks of a grouped layout ("European 16", "Joint body 4"…) and over the rings
 * of the ring layout, drawn as HTML over the canvas and kept in place as the view pans and zooms.
 * Each shows its whole text: the layout gave it room for its widest language, and a heading that
 * still has too little (a panel opened, the window narrowed) wraps between words. Decorative for
 * screen readers (the keyboard announcement and the list view already name each node's level and
 * type). Names keep clear of them: the headings are published as marks for the label pass.
 */
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { Core } from 'cytoscape';
import { HEADING_MARGIN } from '../graph/groupLayout';
import { useAppStore } from '../store';
import { HEADING_FONT_PX, HEADING_LINE, HEADING_PAD_X } from './headingView';
import { groupName } from './layoutBasics';
import type { LayoutGroups } from './layouts';
import { publishMarks } from './overlays';
import { useUiLang } from '../i18n/uiLang';

const selectPresentation = (s: { presentation: boolean }) => s.presentation;

/** The view's zoom and pan as one comparable value, updated at most once a frame. */
export function useViewport(cy: Core | null): string {
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
  const lang = useUiLang();
  const types = useAppStore((s) => s.dataset.types);
  const presentation = useAppStore(selectPresentation);
  const viewport = useViewport(cy);
  const ref = useRef<HTMLDivElement>(null);

  // names keep clear of the headings: placed again when the headings change
  const shown = Boolean(groups && viewport);
  useEffect(() => {
    if (!shown) return;
    publishMarks('layout-headings', () =>
      [...(ref.current?.querySelectorAll('.group-heading') ?? [])].map((el) => el.getBoundingClientRect()),
    );
    return () => publishMarks('layout-headings', null);
  }, [shown, groups, lang, presentation]);

  if (!groups || !viewport) return null;
  const [zoom, px, py] = viewport.split(' ').map(Number) as [number, number, number];
  const fontSize = HEADING_FONT_PX[presentation ? 'presentation' : 'normal'];
  return (
    <div
      ref={ref}
      className={groups.ring ? 'group-headings ring-headings' : 'group-headings'}
      aria-hidden="true"
    >
      {groups.blocks.map((b) => {
        const centred = b.anchor === 'center';
        const room = Math.max(b.width * zoom - (centred ? 0 : HEADING_MARGIN), 4 * fontSize);
        return (
          <span
            key={b.group}
            className="group-heading"
            data-group={b.group}
            style={{
              left: b.x * zoom + px,
              top: b.y * zoom + py,
              maxWidth: room,
              fontSize,
              lineHeight: HEADING_LINE,
              paddingInline: HEADING_PAD_X,
              transform: centred ? 'translate(-50%, -50%)' : 'translateY(-100%)',
            }}
          >
            {groupName(groups.kind, b.group, lang, types)} <span className="group-count">{b.count}</span>
          </span>
        );
      })}
    </div>
  );
}

/**
 * Faint circles under the graph, one per ring of the ring layout, so that the eye can follow a
 * ring from its heading to its members. Drawn behind the canvas (Cytoscape's is transparent).
 */
export function RingGuides({ cy, groups }: { cy: Core | null; groups: LayoutGroups }) {
  const viewport = useViewport(cy);
  if (!groups?.ring || !viewport) return null;
  const [zoom, px, py] = viewport.split(' ').map(Number) as [number, number, number];
  return (
    <svg className="ring-guides" aria-hidden="true" focusable="false">
      {groups.blocks.map((b) => (b.ring ? <circle key={b.group} cx={px} cy={py} r={b.ring * zoom} /> : null))}
    </svg>
  );
}
