/**
 * The mapping step of an import: what was found (columns, counts, the first rows), which column
 * is which field (defaults guessed from the headers), the file's types and levels matched to ours,
 * and how many nodes and relationships the choices give. Nothing changes in the graph until the
 * user loads the result.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EDGE_TYPES, EDGE_TYPE_IDS, LEVELS, LEVEL_IDS, NODE_TYPES, NODE_TYPE_IDS } from '../../../data/vocabulary';
import type { Lang } from '../../../data/schema';
import { LANG_LOCALES } from '../../../data/langs';
import type { Column, EdgeMapping, Mapping, NodeMapping, RawGraph, Table } from '../../../io/types';
import type { MappedResult, PreviewSample } from '../../../io/mapping';
import { guessEdgeTypes, guessNodeTypes } from '../../../io/newTypes';
import { ReportList } from './ReportList';
import { NewTypeValues } from './NewTypeValues';

const PREVIEW_ROWS = 5;
const MAX_VALUES = 40;

const NODE_FIELDS = {
  id: 'io.mapping.id',
  labelSv: 'io.mapping.labelSv',
  labelEn: 'io.mapping.labelEn',
  type: 'io.mapping.type',
  level: 'io.mapping.level',
  descriptionSv: 'io.mapping.descriptionSv',
  descriptionEn: 'io.mapping.descriptionEn',
  year: 'io.mapping.founded',
  source: 'io.mapping.source',
  quote: 'io.mapping.quote',
  x: 'io.mapping.x',
  y: 'io.mapping.y',
} as const satisfies Record<keyof NodeMapping, string>;

const EDGE_FIELDS = {
  source: 'io.mapping.from',
  target: 'io.mapping.to',
  type: 'io.mapping.edgeType',
  id: 'io.mapping.id',
  descriptionSv: 'io.mapping.descriptionSv',
  descriptionEn: 'io.mapping.descriptionEn',
  year: 'io.mapping.since',
  evidenceSource: 'io.mapping.source',
  quote: 'io.mapping.quote',
} as const satisfies Record<keyof EdgeMapping, string>;

type Props = {
  raw: RawGraph;
  mapping: Mapping;
  /** The result of mapping `sample` (the whole file, when it is small). */
  result: MappedResult;
  sample: Pick<PreviewSample, 'sampled' | 'rows' | 'sampleRows'>;
  lang: Lang;
  distinct: (table: Table | null, column: Column) => string[];
  onChange: (mapping: Mapping) => void;
  onAccept: () => void;
  onCancel: () => void;
};

function ColumnSelect({ label, value, columns, onChange }: { label: string; value: Column; columns: string[]; onChange: (c: Column) => void }) {
  const { t } = useTranslation();
  return (
    <label className="select-row">
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('io.mapping.none')}</option>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}

function Preview({ table }: { table: Table }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <figure className="import-preview">
      <figcaption id={id}>{t('io.mapping.preview', { file: table.file })}</figcaption>
      <div className="import-preview-scroll" tabIndex={0} role="region" aria-labelledby={id}>
        <table>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((r) => (
              <tr key={r.at}>
                {table.columns.map((c) => (
                  <td key={c}>{r.values[c]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function ValueMap<K extends string>({
  heading,
  values,
  chosen,
  ids,
  names,
  lang,
  onChange,
}: {
  heading: string;
  values: string[];
  chosen: Record<string, K>;
  ids: readonly K[];
  names: Record<K, { sv: string; en: string }>;
  lang: Lang;
  onChange: (value: string, id: K) => void;
}) {
  const { t } = useTranslation();
  if (!values.length) return null;
  return (
    <fieldset className="import-values">
      <legend>{heading}</legend>
      {values.slice(0, MAX_VALUES).map((value) => (
        <label key={value} className="select-row">
          {t('io.mapping.becomes', { value })}
          <select value={chosen[value]} onChange={(e) => onChange(value, e.target.value as K)}>
            {ids.map((id) => (
              <option key={id} value={id}>
                {names[id][lang]}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}

export function MappingStep({ raw, mapping, result, sample, lang, distinct, onChange, onAccept, onCancel }: Props) {
  const { t } = useTranslation();
  const number = (n: number) => n.toLocaleString(LANG_LOCALES[lang]);
  const file = [raw.nodes?.file, raw.edges?.file].filter(Boolean).join(', ');
  const setNode = (key: keyof NodeMapping, c: Column) => {
    const next = { ...mapping, node: { ...mapping.node, [key]: c } };
    if (key === 'type') {
      const guessed = guessNodeTypes(raw.nodes, c, { choices: mapping.nodeTypes, newTypes: mapping.newNodeTypes });
      next.nodeTypes = guessed.choices;
      next.newNodeTypes = guessed.newTypes;
    }
    if (key === 'level') next.levels = valueMap(distinct(raw.nodes, c), mapping.levels, mapping.defaultLevel);
    onChange(next);
  };
  const setEdge = (key: keyof EdgeMapping, c: Column) => {
    const next = { ...mapping, edge: { ...mapping.edge, [key]: c } };
    if (key === 'type') {
      const guessed = guessEdgeTypes(raw.edges, c, { choices: mapping.edgeTypes, newTypes: mapping.newEdgeTypes });
      next.edgeTypes = guessed.choices;
      next.newEdgeTypes = guessed.newTypes;
    }
    onChange(next);
  };
  const levelColumn = mapping.node.level;
  const levelValues = useMemo(() => distinct(raw.nodes, levelColumn), [distinct, raw.nodes, levelColumn]);
  const counts = result.ok ? { nodes: result.dataset.nodes.length, edges: result.dataset.edges.length } : null;

  return (
    <section className="import-mapping" aria-labelledby="import-mapping-title">
      <h3 id="import-mapping-title">{t('io.mapping.heading')}</h3>
      <p>
        {raw.nodes
          ? t('io.mapping.found', { file, nodes: raw.nodes.rows.length, edges: raw.edges?.rows.length ?? 0 })
          : t('io.mapping.foundEdgesOnly', { file, edges: raw.edges?.rows.length ?? 0 })}
      </p>
      <p className="hint">{t('io.mapping.keep')}</p>
      {raw.nodes && (
        <fieldset className="import-fields">
          <legend>{t('io.mapping.nodes')}</legend>
          <p className="hint">{t('io.mapping.columns', { list: raw.nodes.columns.join(', ') })}</p>
          <Preview table={raw.nodes} />
          <div className="import-grid">
            {(Object.keys(NODE_FIELDS) as (keyof NodeMapping)[]).map((key) => (
              <ColumnSelect key={key} label={t(NODE_FIELDS[key])} value={mapping.node[key]} columns={raw.nodes!.columns} onChange={(c) => setNode(key, c)} />
            ))}
          </div>
        </fieldset>
      )}
      {raw.edges && (
        <fieldset className="import-fields">
          <legend>{t('io.mapping.edges')}</legend>
          <p className="hint">{t('io.mapping.columns', { list: raw.edges.columns.join(', ') })}</p>
          <Preview table={raw.edges} />
          <div className="import-grid">
            {(Object.keys(EDGE_FIELDS) as (keyof EdgeMapping)[]).map((key) => (
              <ColumnSelect key={key} label={t(EDGE_FIELDS[key])} value={mapping.edge[key]} columns={raw.edges!.columns} onChange={(c) => setEdge(key, c)} />
            ))}
          </div>
        </fieldset>
      )}
      <NewTypeValues kind="node" table={raw.nodes} mapping={mapping} lang={lang} onChange={onChange} />
      <ValueMap
        heading={t('io.mapping.levels')}
        values={levelValues}
        chosen={mapping.levels}
        ids={LEVEL_IDS}
        names={LEVELS}
        lang={lang}
        onChange={(value, id) => onChange({ ...mapping, levels: { ...mapping.levels, [value]: id } })}
      />
      <NewTypeValues kind="edge" table={raw.edges} mapping={mapping} lang={lang} onChange={onChange} />
      <div className="import-grid">
        <label className="select-row">
          {t('io.mapping.defaultNodeType')}
          <select value={mapping.defaultNodeType} onChange={(e) => onChange({ ...mapping, defaultNodeType: e.target.value as Mapping['defaultNodeType'] })}>
            {NODE_TYPE_IDS.map((id) => (
              <option key={id} value={id}>
                {NODE_TYPES[id][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="select-row">
          {t('io.mapping.defaultLevel')}
          <select value={mapping.defaultLevel} onChange={(e) => onChange({ ...mapping, defaultLevel: e.target.value as Mapping['defaultLevel'] })}>
            {LEVEL_IDS.map((id) => (
              <option key={id} value={id}>
                {LEVELS[id][lang]}
              </option>
            ))}
          </select>
        </label>
        {raw.edges && (
          <label className="select-row">
            {t('io.mapping.defaultEdgeType')}
            <select value={mapping.defaultEdgeType} onChange={(e) => onChange({ ...mapping, defaultEdgeType: e.target.value as Mapping['defaultEdgeType'] })}>
              {EDGE_TYPE_IDS.map((id) => (
                <option key={id} value={id}>
                  {EDGE_TYPES[id][lang]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p role="status" className={counts ? 'message message-ok' : 'hint'}>
        {counts &&
          (sample.sampled
            ? t('io.mapping.resultSample', {
                sample: number(sample.sampleRows),
                rows: number(sample.rows),
                nodes: number(counts.nodes),
                edges: number(counts.edges),
              })
            : t('io.mapping.result', counts))}
      </p>
      <ReportList report={result.report} />
      <div className="button-row">
        <button type="button" className="primary" disabled={!result.ok} onClick={onAccept}>
          {t('io.mapping.accept')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('io.mapping.cancel')}
        </button>
      </div>
    </section>
  );
}

/** The value map for a newly chosen column: earlier choices kept, new values to the default. */
function valueMap<K extends string>(values: string[], previous: Record<string, K>, fallback: K): Record<string, K> {
  return Object.fromEntries(values.map((v) => [v, previous[v] ?? fallback]));
}
