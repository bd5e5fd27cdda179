import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import { DEFAULT_ROUND_SIZE, generateRound, isCorrect, type QuizQuestion } from '../../graph/quiz';
import { freshSeed, useAppStore, useAppStoreApi } from '../../store';
import { QuizExplanation } from '../learn/QuizExplanation';
import {
  forgetProgress,
  loadProgress,
  progressSaved,
  recordRound,
  totals,
  type QuizProgress,
} from '../learn/quizProgress';
import { optionsText, optionText, questionText } from '../learn/quizText';
import '../../styles/learn.css';

/** Latest rounds shown in the progress summary. */
const LATEST = 5;

/**
 * The self-test: a round of questions about what the sources say, in the reader's language. Each
 * question is a fieldset of radio buttons (or checkboxes when several answers are right); once
 * checked, the answer is explained with the evidence and a way to see it in the graph. The round
 * ends with the score, the questions one got wrong with their evidence, a round focused on them,
 * and the progress kept on this device. The round is kept while the user looks at the evidence in
 * the graph (the store's quiz slice, store/quiz.ts). `seed` fixes the first round (tests, or a class working
 * through the same one).
 */
export function QuizView({ seed: fixedSeed, size = DEFAULT_ROUND_SIZE }: { seed?: number; size?: number }) {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.dataset);
  const session = useAppStore((s) => s.quiz);
  const api = useAppStoreApi();
  const [firstSeed] = useState(() => fixedSeed ?? freshSeed());
  const [progress, setProgress] = useState<QuizProgress>(() => loadProgress());
  // The round in progress, unless it was drawn from another dataset (then a new one starts).
  const current = session.dataset === dataset;
  const start = useAppStore((s) => s.startQuiz);
  useEffect(() => {
    if (!current) start(dataset, firstSeed);
  }, [current, dataset, firstSeed, start]);
  const seed = current ? session.seed : firstSeed;
  const focus = current ? session.focus : null;
  const index = current ? session.index : 0;
  const chosen = current ? session.chosen : [];
  const results = current ? session.results : [];
  const answers = current ? session.answers : [];
  // A focused round whose questions the data no longer supports falls back to a full round.
  const { questions, focused } = useMemo(() => {
    const round = focus ? generateRound(dataset, seed, size, focus) : [];
    return round.length > 0
      ? { questions: round, focused: true }
      : { questions: generateRound(dataset, seed, size), focused: false };
  }, [dataset, seed, size, focus]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // After "next" or a new round, focus goes to the new question (or the score) so it is read out.
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
  const newRound = (only: string[] | null = null) => {
    moved.current = true;
    start(dataset, freshSeed(), only);
  };
  const next = () => {
    moved.current = true;
    if (index === questions.length - 1) {
      setProgress(recordRound({ score, count: questions.length, focused }));
    }
    api.getState().nextInQuiz();
  };
  const missed = questions.filter((_, i) => results[i] === false);

  return (
    <section className="learn-view quiz-view" aria-labelledby="quiz-title">
      <div className="learn-view-head">
        <h2 id="quiz-title">{t('learn.quiz.title')}</h2>
        <p className="panel-intro">
          {focused
            ? t('learn.quiz.focusIntro', { count: questions.length })
            : t('learn.quiz.intro', { count: questions.length })}
        </p>
      </div>
      {done ? (
        <div className="quiz-result">
          <h3 ref={headingRef} tabIndex={-1}>
            {t('learn.quiz.score', { score, count: questions.length })}
          </h3>
          <p>{missed.length === 0 ? t('learn.quiz.perfect') : t('learn.quiz.tryAgain')}</p>
          <div className="quiz-nav">
            {missed.length > 0 && (
              <button type="button" className="primary" onClick={() => newRound(missed.map((q) => q.id))}>
                {t('learn.quiz.focusRound')}
              </button>
            )}
            <button
              type="button"
              className={missed.length > 0 ? undefined : 'primary'}
              onClick={() => newRound()}
            >
              {t('learn.quiz.newRound')}
            </button>
          </div>
          {missed.length > 0 && <Review questions={questions} results={results} answers={answers} />}
          <Progress progress={progress} onForget={() => setProgress(forgetProgress())} />
        </div>
      ) : (
        <Question
          key={`${seed}:${questions[index]!.id}`}
          question={questions[index]!}
          number={index + 1}
          count={questions.length}
          score={score}
          checked={results.length}
          answered={results.length > index}
          chosen={chosen}
          headingRef={headingRef}
          onChoose={(ids) => api.getState().chooseInQuiz(ids)}
          onCheck={() => api.getState().checkInQuiz(isCorrect(questions[index]!, chosen))}
          onNext={next}
          onNewRound={() => newRound()}
        />
      )}
    </section>
  );
}

/** The questions one got wrong, each with one's answer, the right one and the evidence. */
function Review({
  questions,
  results,
  answers,
}: {
  questions: QuizQuestion[];
  results: boolean[];
  answers: string[][];
}) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const dataset = useAppStore((s) => s.dataset);
  const nodes = useMemo(() => new Map(dataset.nodes.map((n) => [n.id, n])), [dataset]);
  return (
    <section className="quiz-review" aria-labelledby="quiz-review-title">
      <h4 id="quiz-review-title">{t('learn.quiz.review')}</h4>
      <ol className="quiz-review-list">
        {questions.map((q, i) =>
          results[i] === false ? (
            <li key={q.id}>
              <h5>{questionText(t, q, nodes, lang)}</h5>
              <p className="quiz-review-answer is-wrong">
                {t('learn.quiz.yourAnswer', { answer: optionsText(q, answers[i] ?? [], nodes, lang) })}
              </p>
              <p className="quiz-review-answer is-right">
                {t('learn.quiz.rightAnswer', { answer: optionsText(q, q.correct, nodes, lang) })}
              </p>
              <QuizExplanation question={q} level={6} />
            </li>
          ) : null,
        )}
      </ol>
    </section>
  );
}

function Progress({ progress, onForget }: { progress: QuizProgress; onForget: () => void }) {
  const { t } = useTranslation();
  const sum = totals(progress);
  if (sum.rounds === 0) return null;
  const latest = progress.rounds
    .slice(-LATEST)
    .reverse()
    .map((r) => t('learn.quiz.scoreShort', { score: r.score, count: r.count }))
    .join(', ');
  return (
    <section className="quiz-progress-summary" aria-labelledby="quiz-progress-title">
      <h4 id="quiz-progress-title">{t('learn.quiz.progress')}</h4>
      <p>{t('learn.quiz.progressRounds', { count: sum.rounds, right: sum.right, asked: sum.asked })}</p>
      <p>{t('learn.quiz.progressLast', { scores: latest })}</p>
      {!progressSaved() && <p className="muted">{t('learn.quiz.progressNotSaved')}</p>}
      <button type="button" onClick={onForget}>
        {t('learn.quiz.forget')}
      </button>
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

function Question({
  question: q,
  number,
  count,
  score,
  checked,
  answered,
  chosen,
  headingRef,
  onChoose,
  onCheck,
  onNext,
  onNewRound,
}: QuestionProps) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const dataset = useAppStore((s) => s.dataset);
  const nodes = useMemo(() => new Map(dataset.nodes.map((n) => [n.id, n])), [dataset]);
  const feedbackRef = useRef<HTMLParagraphElement>(null);
  const text = questionText(t, q, nodes, lang);
  const right = answered && isCorrect(q, chosen);

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
                      {optionText(o, nodes, lang)}
                      {answered && isRight && (
                        <strong className="quiz-mark"> {t('learn.quiz.markRight')}</strong>
                      )}
                      {answered && !isRight && picked && (
                        <strong className="quiz-mark"> {t('learn.quiz.markWrong')}</strong>
                      )}
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
          <p
            ref={feedbackRef}
            tabIndex={-1}
            className={right ? 'quiz-verdict is-right' : 'quiz-verdict is-wrong'}
          >
            {right
              ? t('learn.quiz.right')
              : t('learn.quiz.wrong', { answer: optionsText(q, q.correct, nodes, lang) })}
          </p>
          <QuizExplanation question={q} />
          <div className="quiz-nav">
            <button type="button" className="primary" onClick={onNext}>
              {number < count ? t('learn.quiz.next') : t('learn.quiz.seeScore')}
            </button>
            <button type="button" onClick={onNewRound}>
              {t('learn.quiz.newRound')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
