import { useTranslation } from 'react-i18next';
import type { Problem } from '../data/validate';

/**
 * A dataset that fails validation: the validator's messages, each with the place in the file it
 * concerns, instead of a blank page. Also used (as ProblemList) where a user's file is rejected.
 */
export function DatasetErrorPage({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  return (
    <main className="fatal" aria-labelledby="dataset-error-title">
      <h1 id="dataset-error-title">{t('common.datasetError.title')}</h1>
      <p>{t('common.datasetError.body', { count: problems.length })}</p>
      <ProblemList problems={problems} />
      <p className="muted">{t('common.datasetError.hint')}</p>
    </main>
  );
}

/** The first `max` problems as "path: message" lines, and how many more there are. */
export function ProblemList({ problems, max = 50 }: { problems: Problem[]; max?: number }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="problems">
        {problems.slice(0, max).map((p, i) => (
          <li key={i}>
            <code>{p.path || t('common.datasetError.root')}</code>: {p.message}
          </li>
        ))}
      </ul>
      {problems.length > max && <p>{t('common.datasetError.more', { count: problems.length - max })}</p>}
    </>
  );
}
