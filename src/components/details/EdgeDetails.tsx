/**
 * A relationship's panel: the sentence it states (party, relationship, party, each party a link
 * that selects it), its type, direction, description, the year since when it holds, and its
 * evidence.
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge, Lang } from '../../data/schema';
import { readEdge } from '../../graph/relations';
import { shortLabel } from '../../graph/elements';
import { useAppStore } from '../../store';
import { EdgeSwatch } from '../Swatch';
import { EvidenceList } from '../evidence/EvidenceList';
import { PartyLink } from './PartyLink';

export function EdgeDetails({
  edge,
  lang,
  headingRef,
}: {
  edge: GraphEdge;
  lang: Lang;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.dataset);
  const reading = readEdge(dataset, edge, lang);
  if (!reading) return <p>{t('common.details.notFound')}</p>;
  const { from, to, label, directed } = reading;
  return (
    <article className="edge-details" aria-labelledby="details-title">
      <header className="details-header">
        <p className="kicker">
          <EdgeSwatch type={edge.type} width={30} />
          {t('common.details.edge')}
        </p>
        <h2 id="details-title" ref={headingRef} tabIndex={-1}>
          {shortLabel(from, lang)} <span className="relation-word">{label}</span> {shortLabel(to, lang)}
        </h2>
      </header>
      <p className="edge-sentence">
        <PartyLink node={from} lang={lang} />
        <span className="edge-arrow" aria-hidden="true">
          {directed ? ' → ' : ' ↔ '}
        </span>
        <span className="relation-word"> {label} </span>
        <span className="edge-arrow" aria-hidden="true">
          {directed ? ' → ' : ' ↔ '}
        </span>
        <PartyLink node={to} lang={lang} />
      </p>
      <dl className="facts">
        <div>
          <dt>{t('common.details.type')}</dt>
          <dd className="capitalise">{label}</dd>
        </div>
        <div>
          <dt>{t('common.details.direction')}</dt>
          <dd>
            {directed
              ? t('common.details.directed', { from: shortLabel(from, lang), to: shortLabel(to, lang) })
              : t('common.details.mutual')}
          </dd>
        </div>
        {edge.since !== undefined && (
          <div>
            <dt>{t('common.details.since')}</dt>
            <dd>{edge.since}</dd>
          </div>
        )}
      </dl>
      {edge.description && <p className="description">{edge.description[lang]}</p>}
      <section className="details-section" aria-labelledby="edge-evidence-title">
        <h3 id="edge-evidence-title">
          {t('common.details.evidence')}{' '}
          <span className="count">
            ({t('common.details.evidenceCount', { count: edge.evidence.length })})
          </span>
        </h3>
        {edge.evidence.length === 0 ? (
          <p className="no-evidence">
            <strong>{t('io.evidence.none')}</strong>: {t('io.evidence.noneHint')}
          </p>
        ) : (
          <EvidenceList items={edge.evidence} lang={lang} />
        )}
      </section>
    </article>
  );
}
