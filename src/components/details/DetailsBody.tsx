/**
 * What the details panel shows for the selection: a node's or a relationship's details, or that
 * it is gone. A chunk of its own (with the relationship index and the evidence lists): the first
 * view has nothing selected, so it is loaded when the page is idle or something is selected.
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, Lang } from '../../data/schema';
import { indexDataset } from '../../graph/relations';
import type { Selection } from '../../store';
import { NodeDetails } from './NodeDetails';
import { EdgeDetails } from './EdgeDetails';

export function DetailsBody({
  selection,
  dataset,
  lang,
  headingRef,
}: {
  selection: NonNullable<Selection>;
  dataset: Dataset;
  lang: Lang;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const index = indexDataset(dataset);
  const node = selection.kind === 'node' ? index.nodes.get(selection.id) : undefined;
  const edge = selection.kind === 'edge' ? index.edges.get(selection.id) : undefined;
  if (node) return <NodeDetails key={node.id} node={node} lang={lang} headingRef={headingRef} />;
  if (edge) return <EdgeDetails key={edge.id} edge={edge} lang={lang} headingRef={headingRef} />;
  return (
    <p id="details-title" className="muted">
      {t('common.details.notFound')}
    </p>
  );
}
