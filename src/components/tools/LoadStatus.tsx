/**
 * Where loading a user's file stands, in words and as a progress bar: the stage and share done
 * (a named progressbar, and a status line screen readers hear as the stage changes), a cancel
 * button while it runs, and the outcome: loaded (with what the import did), refused with its
 * problems, beyond the limits (with the choice to load anyway without layout, or to use a tool
 * made for that size), cancelled or failed. The panel carries `data-load-stage` (the stage, or
 * the outcome's kind) for scripts that wait for a load to end.
 */
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import type { LoadStatus } from '../../load/status';
import { ProblemList } from '../DatasetErrorPage';
import { ReportList } from './data/ReportList';

type Props = { status: LoadStatus; onCancel: () => void; onLoadAnyway: () => void };

const STAGE_KEYS = {
  reading: 'analyst.loading.stage.reading',
  parsing: 'analyst.loading.stage.parsing',
  validating: 'analyst.loading.stage.validating',
  layout: 'analyst.loading.stage.layout',
  drawing: 'analyst.loading.stage.drawing',
} as const;

const LAYOUT_KEYS = {
  given: 'analyst.loading.layout.given',
  fcose: 'analyst.loading.layout.fcose',
  spectral: 'analyst.loading.layout.spectral',
  grid: 'analyst.loading.layout.grid',
} as const;

/** What `data-load-stage` says: the stage while working, else the status's kind. */
export function loadStage(status: LoadStatus): string {
  return status.kind === 'working' ? status.stage : status.kind;
}

export function LoadStatusMessage({ status, onCancel, onLoadAnyway }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const num = (n: number) => new Intl.NumberFormat(lang).format(n);
  const stage = status.kind === 'working' ? t(STAGE_KEYS[status.stage], { name: status.name }) : '';
  const percent = status.kind === 'working' ? Math.round(status.fraction * 100) : 0;
  const plain = status.kind === 'working' || status.kind === 'idle' || status.kind === 'mapping';
  const said = status.kind === 'cancelled' || status.kind === 'mappingCancelled';
  return (
    <>
      {status.kind !== 'loaded' && (
        // one status line while loading, so screen readers hear each stage and the outcome
        <p
          role="status"
          className={
            plain
              ? 'hint'
              : said || status.kind === 'back' || status.kind === 'deleted'
                ? 'message message-ok'
                : 'visually-hidden'
          }
        >
          {status.kind === 'working' && stage}
          {status.kind === 'cancelled' && t('analyst.loading.cancelled', { name: status.name })}
          {status.kind === 'mappingCancelled' && t('io.mapping.cancelled')}
          {status.kind === 'back' && t('analyst.data.backDone')}
          {status.kind === 'deleted' && t('io.keep.deleted', { name: status.name })}
        </p>
      )}
      {status.kind === 'working' && (
        <div className="load-progress">
          <progress
            max={100}
            value={percent}
            aria-label={t('analyst.loading.progress', { name: status.name })}
            aria-valuetext={t('analyst.loading.percent', { stage, percent })}
          />
          <div className="button-row">
            <button type="button" onClick={onCancel}>
              {t('analyst.loading.cancel')}
            </button>
          </div>
        </div>
      )}
      {status.kind === 'loaded' && (
        <div className="message message-ok" role="status">
          <p>
            {t(status.mapped ? 'io.mapping.loaded' : 'analyst.data.loaded', {
              name: status.name,
              nodes: num(status.nodes),
              edges: num(status.edges),
            })}{' '}
            {t(LAYOUT_KEYS[status.layout])}
          </p>
          {status.stored === 'yes' && <p>{t('io.keep.stored')}</p>}
          {status.stored === 'no' && <p className="message message-warning">{t('io.keep.notStored')}</p>}
          <ReportList report={status.report} />
          {status.warnings.length > 0 && (
            <div className="message message-warning">
              <ProblemList problems={status.warnings} />
            </div>
          )}
        </div>
      )}
      <Refusal status={status} onLoadAnyway={onLoadAnyway} />
    </>
  );
}

/** A refusal: the problems, or the size beside the limits and what the user can do instead. */
function Refusal({ status, onLoadAnyway }: Pick<Props, 'status' | 'onLoadAnyway'>) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const num = (n: number) => new Intl.NumberFormat(lang).format(n);

  if (status.kind === 'failed') {
    const json = status.report.find((r) => r.code === 'json-invalid');
    const size = status.report.some((r) => r.code === 'too-large' || r.code === 'too-many-rows');
    return (
      <div className="message message-error" role="alert">
        {json ? (
          <>
            <p>
              <strong>
                {t('analyst.data.rejected', {
                  name: json.file,
                  count: (json.problems?.length ?? 0) + (json.more ?? 0),
                })}
              </strong>{' '}
              {t('analyst.data.unchanged')}
            </p>
            <ProblemList problems={json.problems ?? []} more={json.more ?? 0} />
          </>
        ) : (
          <>
            <ReportList report={status.report} />
            {status.report.some((r) => r.code === 'unknown-kind') && <p>{t('io.load.reads')}</p>}
            {size && <p>{t('analyst.loading.otherTools')}</p>}
            <p>{t('io.report.unchanged')}</p>
          </>
        )}
      </div>
    );
  }
  if (status.kind === 'tooLarge') {
    const { limits, counts } = status;
    const values = {
      name: status.name,
      nodes: num(counts.nodes),
      edges: num(counts.edges),
      maxNodes: num(limits.nodes),
      maxEdges: num(limits.edges),
    };
    return (
      <div className="message message-error" role="alert">
        <p>
          <strong>
            {counts.nodes > 0
              ? t('analyst.loading.tooManyElements', values)
              : t('analyst.loading.tooManyRelationships', values)}
          </strong>{' '}
          {t('analyst.data.unchanged')}
        </p>
        <div className="button-row">
          <button type="button" onClick={onLoadAnyway}>
            {t('analyst.loading.anyway')}
          </button>
        </div>
        <p className="hint">{t('analyst.loading.anywayHint')}</p>
        <p>{t('analyst.loading.otherTools')}</p>
      </div>
    );
  }
  if (status.kind === 'error') {
    return (
      <p className="message message-error" role="alert">
        {t('analyst.loading.failed', { name: status.name, message: status.message })}
      </p>
    );
  }
  return null;
}
