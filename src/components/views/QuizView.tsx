import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ROUND_SIZE, generateRound, isCorrect, type QuizKind, type QuizQuestion } from '../../graph/quiz';
import { fullLabel } from '../../graph/elements';
import { useAppStore } from '../../store';
import { QuizExplanation } from '../learn/QuizExplanation';
import { freshSeed, useQuizSession } from '../learn/quizSession';
import '../../styles/learn.css';

/** Question wordings, one key per kind and number of right answers (never built from the kind). */
const QUESTION_KEYS = {
  'staffed-by': { one: 'learn.quiz.q.staffedBy', many: 'learn.quiz.q.staffedByMany' },
  'works-under': { one: 'learn.quiz.q.worksUnder', many: 'learn.quiz.q.worksUnderMany' },
  'funded-by': { one: 'learn.quiz.q.fundedBy', many: 'learn.quiz.q.fundedByMany' },
  'member-of': { one: 'learn.quiz.q.memberOf', many: 'learn.quiz.q.memberOf' },
  'participates-in': { one: 'learn.quiz.q.participatesIn', many: 'learn.quiz.q.participatesIn' },
  'led-by': { one: 'learn.quiz.q.ledBy', many: 'learn.quiz.q.ledByMany' },
  'coordinated-by': { one: 'learn.quiz.q.coordinatedBy', many: 'learn.quiz.q.coordinatedByMany' },
  'established-by': { one: 'learn.quiz.q.establishedBy', many: 'learn.quiz.q.establishedByMany' },
  founded: { one: 'learn.quiz.q.founded', many: 'learn.quiz.q.founded' },
} as const satisfies Record<QuizKind, { one: string; many: string }>;

/**
 * The self-test: a round of questions generated from the dataset, in the reader's language. Each
 * question is a fieldset of radio buttons (or checkboxes when several answers are right); once
 * checked, the answer is explained with the evidence and a way to see it in the graph. The round
 * ends with the score. The round is kept while the user looks at the evidence in the graph (see
 * quizSession.ts). `seed` fixes the first round (tests, or a class working through the same one).
 */
export function QuizView({ seed: fixedSeed, size = DEFAULT_ROUND_SIZE }: { seed?: number; size?: number }) {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.dataset);
  const session = useQuizSession();
  const [firstSeed] = useState(() => fixedSeed ?? freshSeed());
  // The round in progress, unless it was drawn from another dataset (then a new one starts).
  const current = session.dataset === dataset;
  const { start } = session;
  useEffect(() => {
    if (!current) start(dataset, firstSeed);
  }, [current, dataset, firstSeed, start]);
  const seed = current ? session.seed : firstSeed;
  const index = current ? session.index : 0;
  const chosen = current ? session.chosen : [];
  const results = current ? session.results : [];
  const questions = useMemo(() => generateRound(dataset, seed, size), [dataset, seed, size]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // After "next" or "new round", focus goes to the new question so it is read out.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = false;
  }, [index, seed]);

  if (questions.length === 0) {
    return (
      <section className="learn-view quiz-view" aria-labelledby="quiz-title">
        <h2 id="quiz-title">{t('learn.quiz.title')}</h2>
        <p>{t('learn.quiz.none')}</p>
      </section>
    );
  }

  const done = index >= questions.length;
  const score = results.filter(Boolean).length;
  const newRound = () => {
    moved.current = true;
    start(dataset, freshSeed());
  };

  return (
    <section className="learn-view quiz-view" aria-labelledby="quiz-title">
      <div className="learn-view-head">
        <h2 id="quiz-title">{t('learn.quiz.title')}</h2>
        <p className="panel-intro">{t('learn.quiz.intro', { count: questions.length })}</p>
      </div>
      {done ? (
        <div className="quiz-result">
          <h3 ref={headingRef} tabIndex={-1}>
            {t('learn.quiz.score', { score, count: questions.length })}
          </h3>
          <p>{score === questions.length ? t('learn.quiz.perfect') : t('learn.quiz.tryAgain')}</p>
          <button type="button" className="primary" onClick={newRound}>
            {t('learn.quiz.newRound')}
          </button>
        </div>
      ) : (
        <Question
          key={questions[index]!.id}
          question={questions[index]!}
          number={index + 1}
          count={questions.length}
          score={score}
          checked={results.length}
          answered={results.length > index}
          chosen={chosen}
          headingRef={headingRef}
          onChoose={session.choose}
          onCheck={() => session.check(isCorrect(questions[index]!, chosen))}
          onNext={() => {
            moved.current = true;
            session.next();
          }}
          onNewRound={newRound}
        />
      )}
    </section>
  );
}

type QuestionProps = {
  question: QuizQuestion;
  number: number;
  count: number;
  score: number;
  /** Questions checked so far in the round. */
  checked: number;
  answered: boolean;
  chosen: string[];
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onChoose: (ids: string[]) => void;
  onCheck: () => void;
  onNext: () => void;
  onNewRound: () => void;
};

function Question({ question: q, number, count, score, checked, answered, chosen, headingRef, onChoose, onCheck, onNext, onNewRound }: QuestionProps) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const nodes = useMemo(() => new Map(dataset.nodes.map((n) => [n.id, n])), [dataset]);
  const feedbackRef = useRef<HTMLParagraphElement>(null);
  const subject = nodes.get(q.subject);
  const name = subject ? fullLabel(subject, lang) : q.subject;
  const keys = QUESTION_KEYS[q.kind];
  const text = t(q.multiple ? keys.many : keys.one, { name });
  const right = answered && chosen.length === q.correct.length && q.correct.every((c) => chosen.includes(c));
  const optionLabel = (o: QuizQuestion['options'][number]) => (o.type === 'year' ? String(o.year) : (nodes.get(o.node)?.label[lang] ?? o.node));

  useEffect(() => {
    if (answered) feedbackRef.current?.focus();
  }, [answered]);

  const toggle = (id: string, on: boolean) => {
    if (!q.multiple) onChoose([id]);
    else onChoose(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  };

  return (
    <div className="quiz-question">
      <div className="quiz-progress">
        <h3 ref={headingRef} tabIndex={-1}>
          {t('learn.quiz.questionOf', { number, count })}
        </h3>
        <span className="muted">{t('learn.quiz.scoreSoFar', { score, count: checked })}</span>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!answered && chosen.length > 0) onCheck();
        }}
      >
        <fieldset disabled={answered}>
          <legend>
            {text}
            {q.multiple && <span className="quiz-hint"> {t('learn.quiz.chooseAll')}</span>}
          </legend>
          <ul className="quiz-options">
            {q.options.map((o) => {
              const isRight = q.correct.includes(o.id);
              const picked = chosen.includes(o.id);
              const mark = answered ? (isRight ? 'is-right' : picked ? 'is-wrong' : '') : '';
              return (
                <li key={o.id} className={mark}>
                  <label>
                    <input
                      type={q.multiple ? 'checkbox' : 'radio'}
                      name={`quiz-${q.id}`}
                      value={o.id}
                      checked={picked}
                      onChange={(e) => toggle(o.id, e.target.checked)}
                    />
                    <span>
                      {optionLabel(o)}
                      {answered && isRight && <strong className="quiz-mark"> {t('learn.quiz.markRight')}</strong>}
                      {answered && !isRight && picked && <strong className="quiz-mark"> {t('learn.quiz.markWrong')}</strong>}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        {!answered && (
          <button type="submit" className="primary" disabled={chosen.length === 0}>
            {t('learn.quiz.check')}
          </button>
        )}
      </form>
      {answered && (
        <div className="quiz-feedback">
          <p ref={feedbackRef} tabIndex={-1} className={right ? 'quiz-verdict is-right' : 'quiz-verdict is-wrong'}>
            {right ? t('learn.quiz.right') : t('learn.quiz.wrong', { answer: q.correct.map((c) => optionLabel(q.options.find((o) => o.id === c)!)).join(', ') })}
          </p>
          <QuizExplanation question={q} />
          <div className="quiz-nav">
            {number < count ? (
              <button type="button" className="primary" onClick={onNext}>
                {t('learn.quiz.next')}
              </button>
            ) : (
              <button type="button" className="primary" onClick={onNext}>
                {t('learn.quiz.seeScore')}
              </button>
            )}
            <button type="button" onClick={onNewRound}>
              {t('learn.quiz.newRound')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
