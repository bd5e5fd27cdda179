/**
 * A node's panel: its name in the current language and, smaller, in the other; acronym, type,
 * level, founding year, description, its own evidence, and its relationships grouped by type as
 * they read from this node's side, each naming the other party and quoting the evidence.
 */
import { useTranslation } from 'react-i18next';
import type { RefObject } from 'react';
import type { GraphNode, Lang } from '../../data/schema';
import { LEVELS } from '../../data/vocabulary';
import { typeCatalogue } from '../../graph/typeInfo';
import { relationsOf, type RelationGroup } from '../../graph/relations';
import { center } from '../../cy/commands';
import { useAppStore, useAppStoreApi } from '../../store';
import { EdgeSwatch, NodeSwatch } from '../Swatch';
import { EvidenceList } from '../evidence/EvidenceList';
import { linkHost, safeHref } from '../../graph/safeUrl';
import { PartyLink } from './PartyLink';

const NAME_IN = { sv: 'common.details.nameIn.sv', en: 'common.details.nameIn.en' } as const;

function Relations({ group, lang }: { group: RelationGroup; lang: Lang }) {
  const { t } = useTranslation();
  const select = useAppStore((s) => s.select);
  const headingId = `rel-${group.key.replace(':', '-')}`;
  return (
    <section className="relation-group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <EdgeSwatch type={group.type} width={30} />
        <span className="capitalise">
          {group.reversed ? t('common.details.pointingHere', { relation: group.label }) : group.label}
        </span>
        <span className="count"> ({group.relations.length})</span>
      </h4>
      <ul className="relations">
        {group.relations.map(({ edge, other }) => (
          <li key={edge.id} className="relation">
            <div className="relation-head">
              <PartyLink node={other} lang={lang} />
              {edge.since !== undefined && (
                <span className="since">{t('common.details.sinceYear', { year: edge.since })}</span>
              )}
              <button
                type="button"
                className="text-button"
                onClick={() => select({ kind: 'edge', id: edge.id })}
                aria-label={t('common.details.aboutRelationshipWith', { name: other.label[lang] })}
              >
                {t('common.details.aboutRelationship')}
              </button>
            </div>
            <EvidenceList items={edge.evidence} lang={lang} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NodeDetails({
  node,
  lang,
  headingRef,
}: {
  node: GraphNode;
  lang: Lang;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const dataset = useAppStore((s) => s.dataset);
  const other: Lang = lang === 'sv' ? 'en' : 'sv';
  const groups = relationsOf(dataset, node.id, lang);
  const total = groups.reduce((n, g) => n + g.relations.length, 0);
  const short = node.short?.[lang];
  const type = typeCatalogue(dataset.types).node(node.type);
  return (
    <article className="node-details" aria-labelledby="details-title">
      <header className="details-header">
        <p className="kicker">
          <NodeSwatch type={node.type} size={16} />
          {type.label[lang]}
        </p>
        <h2 id="details-title" ref={headingRef} tabIndex={-1}>
          {node.label[lang]}
          {node.untranslated?.includes(lang === 'sv' ? 'label.sv' : 'label.en') && (
            <span className="untranslated-tag">{t('io.evidence.untranslated')}</span>
          )}
        </h2>
        {node.label[other] !== node.label[lang] && (
          <p className="other-name">
            <span className="visually-hidden">{t(NAME_IN[other])}: </span>
            <span lang={other}>{node.label[other]}</span>
          </p>
        )}
      </header>
      <dl className="facts">
        {short && short !== node.label[lang] && (
          <div>
            <dt>{t('common.details.acronym')}</dt>
            <dd>{short}</dd>
          </div>
        )}
        <div>
          <dt>{t('common.details.type')}</dt>
          <dd>
            {type.label[lang]}
            {type.untranslated.includes(lang) && (
              <span className="untranslated-tag">{t('io.evidence.untranslated')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('common.details.level')}</dt>
          <dd>{LEVELS[node.level][lang]}</dd>
        </div>
        {node.founded !== undefined && (
          <div>
            <dt>{t('common.details.founded')}</dt>
            <dd>{node.founded}</dd>
          </div>
        )}
        {node.aliases && node.aliases.length > 0 && (
          <div>
            <dt>{t('common.details.aliases')}</dt>
            <dd>{node.aliases.join(', ')}</dd>
          </div>
        )}
        {node.url && (
          <div>
            <dt>{t('common.details.website')}</dt>
            <dd>
              {safeHref(node.url) ? (
                <a href={safeHref(node.url)!} target="_blank" rel="noreferrer noopener">
                  {linkHost(node.url)}
                  <span aria-hidden="true"> ↗</span>
                </a>
              ) : (
                // not a web address: shown, never followed
                <span className="source-address-text">{node.url}</span>
              )}
            </dd>
          </div>
        )}
      </dl>
      {node.description && (
        <p className="description">
          {node.description[lang]}
          {node.untranslated?.includes(lang === 'sv' ? 'description.sv' : 'description.en') && (
            <span className="untranslated-tag">{t('io.evidence.untranslated')}</span>
          )}
        </p>
      )}
      <button type="button" className="text-button show-in-graph" onClick={() => center(store, node.id)}>
        {t('common.details.showInGraph')}
      </button>
      {node.evidence && node.evidence.length > 0 && (
        <section className="details-section" aria-labelledby="node-evidence-title">
          <h3 id="node-evidence-title">{t('common.details.evidence')}</h3>
          <EvidenceList items={node.evidence} lang={lang} />
        </section>
      )}
      <section className="details-section" aria-labelledby="relations-title">
        <h3 id="relations-title">
          {t('common.details.relationships')}{' '}
          <span className="count">({t('common.details.relationshipCount', { count: total })})</span>
        </h3>
        {groups.length === 0 ? (
          <p className="muted">{t('common.details.noRelationships')}</p>
        ) : (
          groups.map((g) => <Relations key={g.key} group={g} lang={lang} />)
        )}
      </section>
    </article>
  );
}
