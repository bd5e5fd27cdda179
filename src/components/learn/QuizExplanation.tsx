import { useTranslation } from 'react-i18next';
import { fullLabel } from '../../graph/elements';
import type { QuizQuestion } from '../../graph/quiz';
import { indexDataset, readEdge } from '../../graph/relations';
import { useAppStore } from '../../store';
import { EvidenceList } from '../evidence/EvidenceList';

/**
 * Why an answer is right: each relationship that decides it, as a sentence, with its verbatim
 * evidence and a button that shows it in the graph (selected, so the details panel opens on it).
 */
export function QuizExplanation({ question: q }: { question: QuizQuestion }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const index = indexDataset(dataset);
  const show = (kind: 'node' | 'edge', id: string) => {
    select({ kind, id });
    setView('graph');
  };

  if (q.kind === 'founded') {
    const node = index.nodes.get(q.subject);
    return (
      <div className="quiz-explanation">
        <h4>{t('learn.quiz.why')}</h4>
        <p className="relation-sentence">{node ? t('learn.quiz.foundedIn', { name: fullLabel(node, lang), year: q.correct[0] }) : q.subject}</p>
        <EvidenceList items={q.nodeEvidence} showNone />
        <button type="button" onClick={() => show('node', q.subject)}>
          {t('learn.quiz.showInGraph')}
        </button>
      </div>
    );
  }
  return (
    <div className="quiz-explanation">
      <h4>{t('learn.quiz.why')}</h4>
      <ul className="quiz-evidence">
        {q.edges.map((id) => {
          const edge = index.edges.get(id);
          if (!edge) return null;
          const r = readEdge(dataset, edge, lang);
          const sentence = r ? `${fullLabel(r.from, lang)} ${r.label} ${fullLabel(r.to, lang)}` : id;
          return (
            <li key={id}>
              <p className="relation-sentence" id={`quiz-edge-${id}`}>
                {sentence}
              </p>
              <EvidenceList items={edge.evidence} showNone />
              <button type="button" aria-describedby={`quiz-edge-${id}`} onClick={() => show('edge', id)}>
                {t('learn.quiz.showInGraph')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
