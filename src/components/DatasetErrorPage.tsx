import { useTranslation } from 'react-i18next';
import type { Problem } from '../data/validate';

/** A dataset that fails validation: the validator's messages, each with its path, not a blank page. */
export function DatasetErrorPage({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  return (
    <main className="fatal" aria-labelledby="dataset-error-title">
      <h1 id="dataset-error-title">{t('common.datasetError.title')}</h1>
      <p>{t('common.datasetError.body', { count: problems.length })}</p>
      <ProblemList problems={problems} />
    </main>
  );
}

export function ProblemList({ problems, max = 50 }: { problems: Problem[]; max?: number }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="problems">
        {problems.slice(0, max).map((p, i) => (
          <li key={i}>
            <code>{p.path || '(root)'}</code>: {p.message}
          </li>
        ))}
      </ul>
      {problems.length > max && <p>{t('common.datasetError.more', { count: problems.length - max })}</p>}
    </>
  );
}
