/** What an import found and did, one sentence per item; errors first, then warnings, then notes. */
import { useTranslation } from 'react-i18next';
import type { ReportItem } from '../../../io/types';
import { reportText } from './reportText';
import { ProblemList } from '../../DatasetErrorPage';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function ReportList({ report }: { report: readonly ReportItem[] }) {
  const { t, i18n } = useTranslation();
  if (!report.length) return null;
  const sorted = [...report].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  return (
    <ul className="import-report">
      {sorted.map((item, i) => {
        const text = reportText(item, t, i18n.language);
        return (
        <li key={i} className={`import-report-${item.level}`}>
          {text.includes(item.file) ? text : <><strong>{item.file}</strong>: {text}</>}
          {item.problems && <ProblemList problems={item.problems} more={item.more ?? 0} />}
        </li>
        );
      })}
    </ul>
  );
}
