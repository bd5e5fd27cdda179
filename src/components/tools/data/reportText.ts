/**
 * Report items of an import as sentences in the UI language: one whole sentence per item and
 * language, with the rows or elements it concerns ("rows 14, 15, …").
 */
import { isLang, LANG_LOCALES } from '../../../data/langs';
import type { TFunction } from 'i18next';
import type { ReportItem } from '../../../io/types';

const LISTED = 12;

function where(item: ReportItem, t: TFunction): string {
  const at = item.at ?? [];
  const list = `${at.slice(0, LISTED).join(', ')}${at.length > LISTED ? ', …' : ''}`;
  const count = at.length;
  if (item.unit !== 'element') return t('io.where.row', { list, count });
  const edges = item.code !== 'missing-id' && !(item.code === 'duplicate-id' && item.values?.what === 'node');
  return edges ? t('io.where.edge', { list, count }) : t('io.where.node', { list, count });
}

const KIND_KEYS = {
  pdf: 'io.kind.pdf',
  image: 'io.kind.image',
  zip: 'io.kind.zip',
  word: 'io.kind.word',
  xls: 'io.kind.xls',
  ods: 'io.kind.ods',
  html: 'io.kind.html',
  svg: 'io.kind.svg',
  xml: 'io.kind.xml',
  binary: 'io.kind.binary',
  unknown: 'io.kind.unknown',
} as const;

export function reportText(item: ReportItem, t: TFunction, lang: string): string {
  const v = item.values ?? {};
  const count = item.count ?? 0;
  const base = { file: item.file, count, where: where(item, t), ...v };
  const num = (n: unknown) => (typeof n === 'number' ? n.toLocaleString(LANG_LOCALES[isLang(lang) ? lang : 'en']) : String(n));
  switch (item.code) {
    case 'unknown-kind':
      return t('io.report.unknownKind', { file: item.file, what: t(KIND_KEYS[(v.what as keyof typeof KIND_KEYS) ?? 'unknown'] ?? KIND_KEYS.unknown) });
    case 'too-large':
      return t('io.report.tooLarge', { file: item.file, mb: num(v.mb), max: num(v.max) });
    case 'too-many-rows':
      return t('io.report.tooManyRows', { file: item.file, rows: num(v.rows), max: num(v.max) });
    case 'unreadable':
      return t('io.report.unreadable', { file: item.file, reason: String(v.reason ?? '') });
    case 'empty':
      return t('io.report.empty', base);
    case 'xml-invalid':
      return t('io.report.xmlInvalid', { file: item.file, reason: String(v.reason ?? '') });
    case 'json-invalid':
      return t('io.report.jsonInvalid', { file: item.file, count: item.problems?.length ?? 0 });
    case 'no-endpoints':
      return t('io.report.noEndpoints');
    case 'sources-read':
      return t('io.report.sourcesRead', base);
    case 'bad-source':
      return item.at?.length ? t('io.report.badSource', base) : t('io.report.badSourceRecords', base);
    case 'sources-only':
      return t('io.report.sourcesOnly', base);
    case 'two-files':
      return t('io.report.twoFiles', base);
    case 'no-edges':
      return t('io.report.noEdges', base);
    case 'ragged-rows':
      return t('io.report.raggedRows', base);
    case 'missing-id':
      return t('io.report.missingId', base);
    case 'duplicate-id':
      return v.what === 'edge' ? t('io.report.duplicateEdgeId', base) : t('io.report.duplicateNode', base);
    case 'unknown-endpoint':
      return t('io.report.unknownEndpoint', base);
    case 'self-loop':
      return t('io.report.selfLoop', base);
    case 'duplicate-edge':
      return t('io.report.duplicateEdge', base);
    case 'bad-year':
      return t('io.report.badYear', base);
    case 'bad-quote':
      return t('io.report.badQuote', base);
    case 'source-without-quote':
      return t('io.report.sourceWithoutQuote', base);
    case 'quote-without-source':
      return t('io.report.quoteWithoutSource', base);
    case 'sheets-ignored':
      return t('io.report.sheetsIgnored', { sheets: String(v.sheets ?? '') });
    case 'ids-rewritten':
      return t('io.report.idsRewritten', { count, example: String(v.example ?? '') });
    case 'nodes-from-edges':
      return t('io.report.nodesFromEdges', { count });
    case 'untranslated':
      return t('io.report.untranslated', { count });
    case 'no-evidence':
      return t('io.report.noEvidence', { count, total: num(v.total) });
    case 'positions-partial':
      return t('io.report.positionsPartial', { count, total: num(v.total) });
    case 'positions-scaled':
      return t('io.report.positionsScaled');
    case 'new-types':
      return t('io.report.newTypes', { count, names: String((lang === 'sv' ? v.names_sv : v.names_en) ?? '') });
  }
}
