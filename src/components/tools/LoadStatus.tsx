/**
 * Where loading a user's file stands, in words and as a progress bar: the stage and share done
 * (a named progressbar, and a status line screen readers hear as the stage changes), a cancel
 * button while it runs, and the outcome: loaded, refused with its problems, beyond the limits
 * (with the choice to load anyway without layout, or to use a tool made for that size),
 * cancelled or failed.
 */
import { useTranslation } from 'react-i18next';
import type { LoadStatus } from '../../load/status';
import { useAppStore } from '../../store';
import { ProblemList } from '../DatasetErrorPage';

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

export function LoadStatusMessage({ status, onCancel, onLoadAnyway }: Props) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const num = (n: number) => new Intl.NumberFormat(lang).format(n);
  const stage = status.kind === 'working' ? t(STAGE_KEYS[status.stage], { name: status.name }) : '';
  const percent = status.kind === 'working' ? Math.round(status.fraction * 100) : 0;
  return (
    <>
      {/* one status line throughout, so screen readers hear each stage and the outcome */}
      <p
        role="status"
        className={
          status.kind === 'working' || status.kind === 'idle'
            ? 'hint'
            : isOk(status)
              ? 'message message-ok'
              : 'visually-hidden'
        }
      >
        {status.kind === 'working' && stage}
        {status.kind === 'loaded' && (
          <>
            {t('analyst.data.loaded', {
              name: status.name,
              nodes: num(status.nodes),
              edges: num(status.edges),
            })}{' '}
            {t(LAYOUT_KEYS[status.layout])}
          </>
        )}
        {status.kind === 'cancelled' && t('analyst.loading.cancelled', { name: status.name })}
        {status.kind === 'back' && t('analyst.data.backDone')}
      </p>
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
      <Problems status={status} onLoadAnyway={onLoadAnyway} />
    </>
  );
}

const isOk = (s: LoadStatus) => s.kind === 'loaded' || s.kind === 'cancelled' || s.kind === 'back';

/** A refusal: the problems, or the size beside the limits and what the user can do instead. */
function Problems({ status, onLoadAnyway }: Pick<Props, 'status' | 'onLoadAnyway'>) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const num = (n: number) => new Intl.NumberFormat(lang).format(n);

  if (status.kind === 'rejected') {
    const { problems, more } = status;
    return (
      <div className="message message-error" role="alert">
        <p>
          <strong>{t('analyst.data.rejected', { name: status.name, count: problems.length + more })}</strong>{' '}
          {t('analyst.data.unchanged')}
        </p>
        <ProblemList problems={problems} more={more} />
      </div>
    );
  }
  if (status.kind === 'loaded' && status.warnings.length > 0) {
    return (
      <div className="message message-warning">
        <ProblemList problems={status.warnings} />
      </div>
    );
  }
  if (status.kind === 'tooLarge') {
    const { limits, counts } = status;
    return (
      <div className="message message-error" role="alert">
        <p>
          <strong>
            {counts
              ? t('analyst.loading.tooManyElements', {
                  name: status.name,
                  nodes: num(counts.nodes),
                  edges: num(counts.edges),
                  maxNodes: num(limits.nodes),
                  maxEdges: num(limits.edges),
                })
              : t('analyst.loading.tooLargeFile', {
                  name: status.name,
                  mb: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(status.mb ?? 0),
                  maxMb: num(limits.fileMb),
                })}
          </strong>{' '}
          {t('analyst.data.unchanged')}
        </p>
        <div className="button-row">
          <button type="button" onClick={onLoadAnyway}>
            {t('analyst.loading.anyway')}
          </button>
        </div>
        <p className="hint">{t('analyst.loading.anywayHint')}</p>
        <p>
          {t('analyst.loading.otherTools')}{' '}
          <a href="https://gephi.org/" target="_blank" rel="noopener noreferrer">
            Gephi
          </a>
          {', '}
          <a href="https://cytoscape.org/" target="_blank" rel="noopener noreferrer">
            Cytoscape
          </a>
          .
        </p>
      </div>
    );
  }
  if (status.kind === 'failed') {
    return (
      <p className="message message-error" role="alert">
        {t('analyst.loading.failed', { name: status.name, message: status.message })}
      </p>
    );
  }
  return null;
}
