import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import { fullLabel } from '../../graph/elements';
import type { QuizQuestion } from '../../graph/quiz';
import { indexDataset } from '../../graph/relations';
import { useAppStore } from '../../store';
import { EvidenceList } from '../evidence/EvidenceList';

type Level = 4 | 5 | 6;

/**
 * Why an answer is right: each relationship that decides it, as a sentence, with its verbatim
 * evidence and a button that shows it in the graph (selected, so the details panel opens on it);
 * for a year or a fact stated on a node, that node's deciding quotes. `level` keeps the heading
 * in the page's outline (4 under a question, deeper in the review after a round).
 */
export function QuizExplanation({ question: q, level = 4 }: { question: QuizQuestion; level?: Level }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const dataset = useAppStore((s) => s.dataset);
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const index = indexDataset(dataset);
  const Heading = `h${level}` as const;
  const show = (kind: 'node' | 'edge', id: string) => {
    select({ kind, id });
    setView('graph');
  };
  const node = index.nodes.get(q.subject);
  const nodeId = `quiz-node-${q.id}-${level}`;

  return (
    <div className="quiz-explanation">
      <Heading>{t('learn.quiz.why')}</Heading>
      {q.nodeEvidence.length > 0 && (
        <div className="quiz-node-evidence">
          <p className="relation-sentence" id={nodeId}>
            {q.ask === 'year'
              ? t('learn.quiz.yearStated', { year: q.correct[0] })
              : node
                ? fullLabel(node, lang)
                : q.subject}
          </p>
          <EvidenceList items={q.nodeEvidence} showNone />
          <button type="button" aria-describedby={nodeId} onClick={() => show('node', q.subject)}>
            {t('learn.quiz.showInGraph')}
          </button>
        </div>
      )}
      {q.edges.length > 0 && (
        <ul className="quiz-evidence">
          {q.edges.map((id) => {
            const edge = index.edges.get(id);
            if (!edge) return null;
            // the relationship in the data's own words, a whole sentence per language
            const sentence = edge.description?.[lang] ?? '';
            const sentenceId = `quiz-edge-${id}-${level}`;
            return (
              <li key={id}>
                <p className="relation-sentence" id={sentenceId}>
                  {sentence}
                </p>
                <EvidenceList items={edge.evidence} showNone />
                <button type="button" aria-describedby={sentenceId} onClick={() => show('edge', id)}>
                  {t('learn.quiz.showInGraph')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
