/** What an import found and did, one sentence per item; errors first, then warnings, then notes. */
import { useTranslation } from 'react-i18next';
import type { ReportItem } from '../../../io/types';
import { reportText } from './reportText';

const LISTED = 50;
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
          {item.problems && (
            <ul>
              {item.problems.slice(0, LISTED).map((p, k) => (
                <li key={k}>
                  <code>{p.path || t('analyst.data.whole')}</code>: {p.message}
                </li>
              ))}
              {item.problems.length > LISTED && <li>{t('io.report.more', { count: item.problems.length - LISTED })}</li>}
            </ul>
          )}
        </li>
        );
      })}
    </ul>
  );
}
