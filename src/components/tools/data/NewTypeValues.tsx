/**
 * The mapping step's list of a file's type values, each with how many nodes or relationships
 * have it: matched to one of our types, or kept as a new type with a colour (a colour picker that
 * suggests Paul Tol's colour-blind-safe scheme), for nodes a shape of its own, for relationships a
 * line style and a direction, and a name in each language (the value itself until one is written).
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CUSTOM_COLOURS,
  CUSTOM_EDGE_LINES,
  CUSTOM_NODE_SHAPES,
  EDGE_TYPES,
  EDGE_TYPE_IDS,
  NODE_TYPES,
  NODE_TYPE_IDS,
  type CustomEdgeLine,
  type CustomNodeShape,
} from '../../../data/vocabulary';
import type { Lang } from '../../../data/schema';
import { LEGEND_STYLE, type LegendEntry } from '../../../graph/legend';
import {
  NEW_TYPE,
  untranslatedNames,
  valueCounts,
  type NewEdgeType,
  type NewNodeType,
} from '../../../io/newTypes';
import type { Mapping, Table } from '../../../io/types';
import { EntrySwatch } from '../../Swatch';

/** Most values listed (a column of free text would otherwise list every row). */
const MAX_VALUES = 40;

const SHAPE_KEYS = {
  heptagon: 'io.shape.heptagon',
  'right-rhomboid': 'io.shape.right-rhomboid',
  pentagon: 'io.shape.pentagon',
  tag: 'io.shape.tag',
  'cut-rectangle': 'io.shape.cut-rectangle',
  'round-triangle': 'io.shape.round-triangle',
  'round-hexagon': 'io.shape.round-hexagon',
  'round-octagon': 'io.shape.round-octagon',
} as const satisfies Record<CustomNodeShape, string>;

const LINE_KEYS = {
  solid: 'io.line.solid',
  dashed: 'io.line.dashed',
  dotted: 'io.line.dotted',
} as const satisfies Record<CustomEdgeLine, string>;

type Props = {
  kind: 'node' | 'edge';
  table: Table | null;
  mapping: Mapping;
  lang: Lang;
  onChange: (mapping: Mapping) => void;
};

function entryOf(kind: 'node' | 'edge', t: NewNodeType | NewEdgeType): LegendEntry {
  if (kind === 'node') {
    const n = t as NewNodeType;
    return { kind: 'node', type: '', shape: n.shape, color: n.color, label: n.label };
  }
  const e = t as NewEdgeType;
  return {
    kind: 'edge',
    type: '',
    color: e.color,
    line: e.line,
    width: LEGEND_STYLE.lineWidth,
    arrow: e.directed ? 'triangle' : 'none',
    hollow: false,
    label: e.label,
  };
}

export function NewTypeValues({ kind, table, mapping, lang, onChange }: Props) {
  const { t } = useTranslation();
  const base = useId();
  const column = kind === 'node' ? mapping.node.type : mapping.edge.type;
  // counted once per column, not on every change (a large file has many rows)
  const counts = useMemo(() => [...valueCounts(table, column)], [table, column]);
  if (!counts.length) return null;
  const choices = kind === 'node' ? mapping.nodeTypes : mapping.edgeTypes;
  const newTypes: Record<string, NewNodeType | NewEdgeType> =
    kind === 'node' ? mapping.newNodeTypes : mapping.newEdgeTypes;
  const palette = `${base}-palette`;

  const choose = (value: string, choice: string) =>
    onChange(
      kind === 'node'
        ? { ...mapping, nodeTypes: { ...mapping.nodeTypes, [value]: choice as Mapping['nodeTypes'][string] } }
        : { ...mapping, edgeTypes: { ...mapping.edgeTypes, [value]: choice as Mapping['edgeTypes'][string] } },
    );
  const edit = (value: string, change: Partial<NewNodeType> & Partial<NewEdgeType>) =>
    onChange(
      kind === 'node'
        ? { ...mapping, newNodeTypes: { ...mapping.newNodeTypes, [value]: { ...mapping.newNodeTypes[value]!, ...change } } }
        : { ...mapping, newEdgeTypes: { ...mapping.newEdgeTypes, [value]: { ...mapping.newEdgeTypes[value]!, ...change } } },
    );

  return (
    <fieldset className="import-values import-types">
      <legend>{t(kind === 'node' ? 'io.mapping.nodeTypes' : 'io.mapping.edgeTypes')}</legend>
      <p className="hint">{t('io.mapping.typesHint')}</p>
      <datalist id={palette}>
        {CUSTOM_COLOURS.map((c) => (
          <option key={c} value={c.toLowerCase()} />
        ))}
      </datalist>
      {counts.slice(0, MAX_VALUES).map(([value, count], i) => {
        const id = `${base}-${i}`;
        const choice = choices[value] ?? NEW_TYPE;
        const own = newTypes[value];
        const untranslated = own && untranslatedNames(own.label, value, own.untranslated).length > 0;
        return (
          <div key={value} className="import-type" role="group" aria-labelledby={`${id}-value`}>
            <p id={`${id}-value`} className="import-type-value">
              {own && choice === NEW_TYPE && <EntrySwatch entry={entryOf(kind, own)} size={18} />}
              {t(kind === 'node' ? 'io.mapping.nodeValue' : 'io.mapping.edgeValue', { value, count })}
            </p>
            <label className="select-row">
              {t('io.mapping.becomes', { value })}
              <select value={choice} onChange={(e) => choose(value, e.target.value)}>
                <option value={NEW_TYPE}>{t('io.mapping.newType')}</option>
                <optgroup label={t('io.mapping.ourTypes')}>
                  {kind === 'node'
                    ? NODE_TYPE_IDS.map((type) => (
                        <option key={type} value={type}>
                          {NODE_TYPES[type][lang]}
                        </option>
                      ))
                    : EDGE_TYPE_IDS.map((type) => (
                        <option key={type} value={type}>
                          {EDGE_TYPES[type][lang]}
                        </option>
                      ))}
                </optgroup>
              </select>
            </label>
            {own && choice === NEW_TYPE && (
              <div className="import-type-new">
                <label className="select-row">
                  {t('io.mapping.colour', { value })}
                  <input
                    type="color"
                    value={own.color}
                    list={palette}
                    onChange={(e) => edit(value, { color: e.target.value.toLowerCase() })}
                  />
                </label>
                {kind === 'node' ? (
                  <label className="select-row">
                    {t('io.mapping.shape', { value })}
                    <select
                      value={(own as NewNodeType).shape}
                      onChange={(e) => edit(value, { shape: e.target.value as CustomNodeShape })}
                    >
                      {CUSTOM_NODE_SHAPES.map((shape) => (
                        <option key={shape} value={shape}>
                          {t(SHAPE_KEYS[shape])}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : (
                  <>
                    <label className="select-row">
                      {t('io.mapping.line', { value })}
                      <select
                        value={(own as NewEdgeType).line}
                        onChange={(e) => edit(value, { line: e.target.value as CustomEdgeLine })}
                      >
                        {CUSTOM_EDGE_LINES.map((line) => (
                          <option key={line} value={line}>
                            {t(LINE_KEYS[line])}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="check-row">
                      <input
                        type="checkbox"
                        checked={(own as NewEdgeType).directed}
                        onChange={(e) => edit(value, { directed: e.target.checked })}
                      />
                      {t('io.mapping.directed', { value })}
                    </label>
                  </>
                )}
                <label className="select-row">
                  {t('io.mapping.nameSv', { value })}
                  <input
                    type="text"
                    lang="sv"
                    value={own.label.sv}
                    onChange={(e) => edit(value, { label: { ...own.label, sv: e.target.value } })}
                  />
                </label>
                <label className="select-row">
                  {t('io.mapping.nameEn', { value })}
                  <input
                    type="text"
                    lang="en"
                    value={own.label.en}
                    onChange={(e) => edit(value, { label: { ...own.label, en: e.target.value } })}
                  />
                </label>
                {untranslated && <p className="hint">{t('io.mapping.nameUntranslated')}</p>}
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
