import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { AppProvider } from '../../../src/store';
import userEvent from '@testing-library/user-event';
import { QuizView } from '../../../src/components/views/QuizView';
import { generateRound, type QuizQuestion } from '../../../src/graph/quiz';
import { fullLabel } from '../../../src/graph/elements';
import { forgetProgress } from '../../../src/components/learn/quizProgress';
import { QUIZ_FIXTURE } from '../../fixtures/datasets';
import { renderInApp } from '../../helpers/renderInApp';

const label = (q: QuizQuestion, id: string) => {
  const o = q.options.find((x) => x.id === id)!;
  return o.type === 'year'
    ? String(o.year)
    : fullLabel(
        QUIZ_FIXTURE.nodes.find((n) => n.id === o.node)!,
        'en',
      );
};
const wrongPick = (q: QuizQuestion) => [q.options.find((o) => !q.correct.includes(o.id))!.id];
const firstQuote = (q: QuizQuestion) =>
  (q.nodeEvidence[0] ?? QUIZ_FIXTURE.edges.find((e) => e.id === q.edges[0])!.evidence[0]!).quote;

type User = ReturnType<typeof userEvent.setup>;
async function answer(user: User, q: QuizQuestion, ids: string[]) {
  const group = screen.getByRole('group');
  for (const id of ids) await user.click(within(group).getByLabelText(label(q, id)));
  await user.click(screen.getByRole('button', { name: 'Check the answer' }));
}

// The machine running the suite is shared; a whole round through userEvent takes a few seconds.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  localStorage.clear();
  forgetProgress();
});
afterEach(() => vi.restoreAllMocks());

// Seeds chosen so that both a year question and a choose-all question (checkboxes) come up.
it('the seeds used below bring a year question and a choose-all question', () => {
  const qs = [11, 3].flatMap((seed) => generateRound(QUIZ_FIXTURE, seed, 3));
  expect(qs.some((q) => q.ask === 'year')).toBe(true);
  expect(qs.some((q) => q.multiple)).toBe(true);
});

describe.each([11, 3])('QuizView (seed %i)', (SEED) => {
  const round = generateRound(QUIZ_FIXTURE, SEED, 3);

  it('asks each question as a group of choices, explains the answer with its evidence, and keeps the score', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<QuizView seed={SEED} size={3} />, {
      dataset: QUIZ_FIXTURE,
      patch: { view: 'quiz' },
    });
    const answers = [true, false, true];
    for (const [i, q] of round.entries()) {
      expect(screen.getByRole('heading', { name: `Question ${i + 1} of 3` })).toBeInTheDocument();
      const group = screen.getByRole('group');
      expect(group).toHaveAccessibleName(/^According to the sources, /);
      const inputs = within(group).getAllByRole(q.multiple ? 'checkbox' : 'radio');
      expect(inputs).toHaveLength(q.options.length);
      expect(screen.getByRole('button', { name: 'Check the answer' })).toBeDisabled();
      await answer(user, q, answers[i] ? q.correct : wrongPick(q));
      if (answers[i]) expect(screen.getByText('Right!')).toBeInTheDocument();
      else
        expect(screen.getByText(/^Not quite\. The right answer: /)).toHaveTextContent(
          label(q, q.correct[0]!),
        );
      // the choices are locked once checked
      for (const input of inputs) expect(input).toBeDisabled();
      // the explanation quotes the evidence that decides the question
      expect(screen.getAllByText(firstQuote(q)).length).toBeGreaterThan(0);
      expect(
        screen.getByText(`Score so far: ${answers.slice(0, i + 1).filter(Boolean).length} of ${i + 1}`),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: i < 2 ? 'Next question' : 'See your score' }));
    }
    expect(screen.getByRole('heading', { name: 'You got 2 of 3 right.' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'New round' }));
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toHaveFocus();
    expect(store.getState().view).toBe('quiz');
  });

  it('after the round, reviews the questions one got wrong with their evidence, and a round focuses on them', async () => {
    const user = userEvent.setup();
    renderInApp(<QuizView seed={SEED} size={3} />, { dataset: QUIZ_FIXTURE, patch: { view: 'quiz' } });
    const missed = round[1]!;
    for (const [i, q] of round.entries()) {
      await answer(user, q, i === 1 ? wrongPick(q) : q.correct);
      await user.click(screen.getByRole('button', { name: i < 2 ? 'Next question' : 'See your score' }));
    }
    const review = screen.getByRole('region', { name: 'Questions you got wrong' });
    const items = within(review)
      .getAllByRole('listitem', { name: undefined })
      .filter((li) => li.parentElement?.classList.contains('quiz-review-list'));
    expect(items).toHaveLength(1);
    const item = items[0]!;
    // the question as it was asked, one's answer, the right one, and the quote that decides it
    const asked = within(item).getByRole('heading', { level: 5 });
    expect(asked).toHaveTextContent(/^According to the sources, .*\?$/);
    expect(
      within(item).getByText(`Your answer: ${label(missed, wrongPick(missed)[0]!)}`),
    ).toBeInTheDocument();
    expect(within(item).getByText(/^Right answer: /)).toHaveTextContent(label(missed, missed.correct[0]!));
    expect(within(item).getByText(firstQuote(missed))).toBeInTheDocument();
    expect(within(item).getAllByRole('button', { name: 'Show in graph' }).length).toBeGreaterThan(0);
    // the questions answered right are not in the review
    expect(
      within(review).queryByText(round[0]!.correct.map((c) => label(round[0]!, c)).join(', ')),
    ).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Practise the questions you got wrong' }));
    expect(screen.getByRole('heading', { name: 'Question 1 of 1' })).toHaveFocus();
    expect(screen.getByText(/asks again the 1 question you got wrong/)).toBeInTheDocument();
    expect(screen.getByRole('group')).toHaveAccessibleName(asked.textContent!.trim());
    await answer(user, missed, missed.correct);
    await user.click(screen.getByRole('button', { name: 'See your score' }));
    expect(screen.getByRole('heading', { name: 'You got 1 of 1 right.' })).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Questions you got wrong' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Practise the questions you got wrong' })).toBeNull();
    // both rounds are counted on this device
    const progress = screen.getByRole('region', { name: 'Your progress on this device' });
    expect(
      within(progress).getByText('You have played 2 rounds and answered 3 of 4 questions right.'),
    ).toBeInTheDocument();
    expect(
      within(progress).getByText('Your latest rounds, newest first: 1 of 1, 2 of 3.'),
    ).toBeInTheDocument();
  });

  it('"Show in graph" selects the evidence and goes to the graph', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<QuizView seed={SEED} size={3} />, {
      dataset: QUIZ_FIXTURE,
      patch: { view: 'quiz' },
    });
    const q = round[0]!;
    await answer(user, q, [q.correct[0]!]);
    await user.click(screen.getAllByRole('button', { name: 'Show in graph' })[0]!);
    expect(store.getState().view).toBe('graph');
    expect(store.getState().selection).toEqual(
      q.nodeEvidence.length > 0 ? { kind: 'node', id: q.subject } : { kind: 'edge', id: q.edges[0] },
    );
  });

  it('keeps the round while the user looks at the evidence in the graph', async () => {
    const user = userEvent.setup();
    const first = renderInApp(<QuizView seed={SEED} size={3} />, {
      dataset: QUIZ_FIXTURE,
      patch: { view: 'quiz' },
    });
    const q = round[0]!;
    await answer(user, q, q.correct);
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    first.unmount(); // the quiz view goes while the graph is shown
    // and comes back, in the same app (the same store)
    const again = () =>
      render(
        <I18nextProvider i18n={first.i18n}>
          <AppProvider store={first.store}>
            <QuizView seed={SEED} size={3} />
          </AppProvider>
        </I18nextProvider>,
      );
    const second = again();
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    expect(screen.getByText('Score so far: 1 of 1')).toBeInTheDocument();
    second.unmount();
    // another dataset loaded in the app starts afresh
    first.store.getState().loadDataset({ ...QUIZ_FIXTURE, nodes: [...QUIZ_FIXTURE.nodes] }, 'other.json');
    again();
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBeInTheDocument();
    expect(screen.queryByText(/Score so far: 1/)).toBeNull();
  });

  it('words the questions in the current language', () => {
    renderInApp(<QuizView seed={SEED} size={3} />, { dataset: QUIZ_FIXTURE, lang: 'sv' });
    expect(screen.getByRole('heading', { name: 'Fråga 1 av 3' })).toBeInTheDocument();
    expect(screen.getByRole('group')).toHaveAccessibleName(/enligt källorna.*\?/i);
    expect(screen.getByRole('button', { name: 'Rätta svaret' })).toBeInTheDocument();
  });
});

it('a focused round whose questions the data no longer has falls back to a full round', () => {
  const { store } = renderInApp(<QuizView seed={5} size={3} />, { dataset: QUIZ_FIXTURE });
  act(() => store.getState().startQuiz(QUIZ_FIXTURE, 5, ['a-template-no-longer-there']));
  expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBeInTheDocument();
  expect(screen.getByText(/^3 questions about what the sources say/)).toBeInTheDocument();
});

describe('QuizView progress', () => {
  async function playRound(user: User) {
    const round = generateRound(QUIZ_FIXTURE, 5, 2);
    for (const [i, q] of round.entries()) {
      await answer(user, q, q.correct);
      await user.click(screen.getByRole('button', { name: i < 1 ? 'Next question' : 'See your score' }));
    }
  }

  it('keeps rounds on the device, so they are there on the next visit', async () => {
    const user = userEvent.setup();
    const first = renderInApp(<QuizView seed={5} size={2} />, { dataset: QUIZ_FIXTURE });
    await playRound(user);
    expect(JSON.parse(localStorage.getItem('samverkan.quiz.progress')!)).toEqual({
      rounds: [{ score: 2, count: 2, focused: false }],
    });
    first.unmount();
    renderInApp(<QuizView seed={5} size={2} />, { dataset: QUIZ_FIXTURE });
    await playRound(user);
    expect(
      screen.getByText('You have played 2 rounds and answered 4 of 4 questions right.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Forget my progress' }));
    expect(screen.queryByRole('region', { name: 'Your progress on this device' })).toBeNull();
    expect(JSON.parse(localStorage.getItem('samverkan.quiz.progress')!)).toEqual({ rounds: [] });
  });

  it('still counts rounds, and says they are not saved, when storage throws', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const user = userEvent.setup();
    renderInApp(<QuizView seed={5} size={2} />, { dataset: QUIZ_FIXTURE });
    await playRound(user);
    const progress = screen.getByRole('region', { name: 'Your progress on this device' });
    expect(
      within(progress).getByText('You have played 1 round and answered 2 of 2 questions right.'),
    ).toBeInTheDocument();
    expect(within(progress).getByText(/does not let the self-test save your progress/)).toBeInTheDocument();
  });
});
