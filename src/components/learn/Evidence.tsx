import { useTranslation } from 'react-i18next';
import type { Evidence as EvidenceRecord } from '../../data/schema';
import { indexDataset } from '../../graph/relations';
import { useAppStore } from '../../store';

/**
 * Verbatim quotes with their sources, as every learning view shows them: the quote is marked with
 * the language of its source document (so a screen reader reads Swedish as Swedish), and the
 * source is named by its title in the reader's language.
 */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceRecord[] }) {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.dataset);
  const lang = useAppStore((s) => s.lang);
  const sources = indexDataset(dataset).sources;
  if (evidence.length === 0) return <p className="learn-evidence-none">{t('learn.evidence.none')}</p>;
  return (
    <ul className="learn-evidence-list">
      {evidence.map((ev, i) => {
        const source = sources.get(ev.source);
        return (
          <li key={i}>
            <figure className="learn-evidence">
              {ev.quote !== undefined && (
                <blockquote lang={source?.language}>
                  <p>{ev.quote}</p>
                </blockquote>
              )}
              <figcaption>
                {source ? (
                  <>
                    {source.url ? (
                      <a href={source.url} target="_blank" rel="noopener noreferrer">
                        {source.title[lang]}
                      </a>
                    ) : (
                      <cite>{source.title[lang]}</cite>
                    )}
                    <span className="learn-evidence-publisher">, {source.publisher}</span>
                    {source.date && <span className="learn-evidence-date"> ({source.date})</span>}
                  </>
                ) : (
                  <cite>{ev.source}</cite>
                )}
                {ev.note && <span className="learn-evidence-note"> {ev.note[lang]}</span>}
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
