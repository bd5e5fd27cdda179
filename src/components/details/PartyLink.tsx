/**
 * A link to another node: a real link to that node's view (so it can be opened in a new tab or
 * copied), which in place simply selects the node.
 */
import type { MouseEvent } from 'react';
import { useAppStoreApi, useAppStore } from '../../store';
import { toSearch } from '../../store/url';
import type { GraphNode, Lang } from '../../data/schema';

export function PartyLink({ node, lang, short = false }: { node: GraphNode; lang: Lang; short?: boolean }) {
  const store = useAppStoreApi();
  const select = useAppStore((s) => s.select);
  const href = `?${toSearch({ ...store.getState(), selection: { kind: 'node', id: node.id } })}`;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    // let the browser handle new-tab and new-window clicks
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    select({ kind: 'node', id: node.id });
  };
  const name = short ? (node.short?.[lang] ?? node.label[lang]) : node.label[lang];
  return (
    <a className="party-link" href={href} onClick={onClick} data-node={node.id}>
      {name}
    </a>
  );
}
