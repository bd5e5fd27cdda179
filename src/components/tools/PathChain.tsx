/**
 * One path as a chain: organisation, relationship, organisation… Each relationship reads in the
 * walking direction (the edge type's own wording when walked forwards, its inverse when walked
 * backwards: "staffed by" / "staffs") and lists its evidence: the quote, in the source's language,
 * and the source it comes from. Names are buttons that select the organisation.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import { safeHref } from '../../graph/safeUrl';
import { typeCatalogue } from '../../graph/typeInfo';
import type { Hop } from '../../graph/paths';
import { useAppStore, useAppStoreApi, type Store } from '../../store';
import { showNode } from '../showNode';
import { EdgeSwatch } from '../Swatch';

const datasetSel = (s: Store) => s.dataset;

export function PathChain({ hops }: { hops: readonly Hop[] }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const dataset = useAppStore(datasetSel);
  const lang = useUiLang();
  const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  const edges = new Map(dataset.edges.map((e) => [e.id, e]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const first = hops[0];
  if (!first) return null;

  const nodeItem = (id: string) => {
    const name = nodes.get(id)?.label[lang] ?? id;
    return (
      <li className="chain-node">
        <button
          type="button"
          aria-label={t('analyst.paths.select', { name })}
          onClick={() => showNode(store, id)}
        >
          {name}
        </button>
      </li>
    );
  };

  return (
    <ol className="chain">
      {nodeItem(first.from)}
      {hops.map((hop) => {
        const edge = edges.get(hop.edge);
        if (!edge) return null;
        const type = typeCatalogue(dataset.types).edge(edge.type);
        const reading = hop.forward
          ? type.label[lang]
          : type.named
            ? type.inverse[lang]
            : t('analyst.paths.reversed', { relation: type.label[lang] });
        return (
          <Fragment key={hop.edge}>
            <li className="chain-hop">
              <span className="chain-rel">
                <EdgeSwatch type={edge.type} width={30} />
                <span>
                  {type.directed && <span aria-hidden="true">{hop.forward ? '↓ ' : '↑ '}</span>}
                  <strong>{reading}</strong>
                  {edge.since !== undefined && ` (${t('analyst.paths.since', { year: edge.since })})`}
                </span>
              </span>
              <ul className="evidence" aria-label={t('analyst.paths.evidence')}>
                {edge.evidence.map((ev, i) => {
                  const source = sources.get(ev.source);
                  const title = source?.title[lang] ?? ev.source;
                  return (
                    <li key={`${ev.source}-${i}`}>
                      {ev.quote !== undefined && (
                        <blockquote lang={source?.language}>“{ev.quote}”</blockquote>
                      )}
                      <cite>
                        {safeHref(source?.url) ? (
                          <a href={safeHref(source?.url)!} target="_blank" rel="noreferrer noopener">
                            {t('analyst.paths.source', { title })}
                          </a>
                        ) : (
                          t('analyst.paths.source', { title })
                        )}
                        {source?.publisher ? `, ${source.publisher}` : ''}
                      </cite>
                    </li>
                  );
                })}
              </ul>
            </li>
            {nodeItem(hop.to)}
          </Fragment>
        );
      })}
    </ol>
  );
}
