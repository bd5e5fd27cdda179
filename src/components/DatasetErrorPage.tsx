import { useTranslation } from 'react-i18next';
import { formatMore, formatProblem, isWarning, type Problem } from '../data/validation/problems';

/**
 * A dataset that fails validation: the validator's messages, in the UI language, each with the
 * place in the file it concerns, instead of a blank page. Also used (as ProblemList) where a
 * user's file is rejected.
 */
export function DatasetErrorPage({ problems, more = 0 }: { problems: Problem[]; more?: number }) {
  const { t } = useTranslation();
  return (
    <main className="fatal" aria-labelledby="dataset-error-title">
      <h1 id="dataset-error-title">{t('common.datasetError.title')}</h1>
      <p>{t('common.datasetError.body', { count: problems.length + more })}</p>
      <ProblemList problems={problems} more={more} />
      <p className="muted">{t('common.datasetError.hint')}</p>
    </main>
  );
}

/**
 * The first `max` problems as "path: message" lines, worded in the UI language, and how many more
 * there are (those not shown here plus `more`, those the validator counted but did not list).
 */
export function ProblemList({
  problems,
  max = 50,
  more = 0,
}: {
  problems: Problem[];
  max?: number;
  more?: number;
}) {
  const { t } = useTranslation();
  const hidden = Math.max(0, problems.length - max) + more;
  return (
    <>
      <ul className="problems">
        {problems.slice(0, max).map((p, i) => (
          <li key={i}>
            <code>{p.path || t('common.datasetError.root')}</code>:{' '}
            {isWarning(p) ? t('problems.warning', { message: formatProblem(p, t) }) : formatProblem(p, t)}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>{formatMore(hidden, t)}</p>}
    </>
  );
}
