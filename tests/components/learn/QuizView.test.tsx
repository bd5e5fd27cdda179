import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuizView } from '../../../src/components/views/QuizView';
import { generateRound, type QuizQuestion } from '../../../src/graph/quiz';
import { resetQuizSession } from '../../../src/components/learn/quizSession';
import { FIXTURE } from '../../unit/learn/fixture';
import { renderWithStore } from './render';

const label = (q: QuizQuestion, id: string) => {
  const o = q.options.find((x) => x.id === id)!;
  return o.type === 'year' ? String(o.year) : FIXTURE.nodes.find((n) => n.id === o.node)!.label.en;
};

// Seed 11 asks a founding year first; seed 3 has a choose-all question (checkboxes) and edge evidence.
describe.each([11, 3])('QuizView (seed %i)', (SEED) => {
  const round = generateRound(FIXTURE, SEED, 3);
  beforeEach(resetQuizSession);

  it('asks each question as a group of choices, explains the answer with its evidence, and keeps the score', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<QuizView seed={SEED} size={3} />, { dataset: FIXTURE, patch: { view: 'quiz' } });
    const answers = [true, false, true];
    for (const [i, q] of round.entries()) {
      expect(screen.getByRole('heading', { name: `Question ${i + 1} of 3` })).toBeInTheDocument();
      const group = screen.getByRole('group');
      const inputs = within(group).getAllByRole(q.multiple ? 'checkbox' : 'radio');
      expect(inputs).toHaveLength(q.options.length);
      const check = screen.getByRole('button', { name: 'Check the answer' });
      expect(check).toBeDisabled();
      const pick = answers[i] ? q.correct : [q.options.find((o) => !q.correct.includes(o.id))!.id];
      for (const id of pick) await user.click(within(group).getByLabelText(label(q, id)));
      await user.click(check);
      if (answers[i]) expect(screen.getByText('Right!')).toBeInTheDocument();
      else expect(screen.getByText(/^Not quite\. The right answer: /)).toHaveTextContent(q.correct.map((c) => label(q, c)).join(', '));
      // the choices are locked once checked
      for (const input of inputs) expect(input).toBeDisabled();
      // the explanation quotes the evidence that decides the question
      const quote = q.kind === 'founded' ? q.nodeEvidence[0]!.quote! : FIXTURE.edges.find((e) => e.id === q.edges[0])!.evidence[0]!.quote!;
      expect(screen.getByText(quote)).toBeInTheDocument();
      expect(screen.getByText(`Score so far: ${answers.slice(0, i + 1).filter(Boolean).length} of ${i + 1}`)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: i < 2 ? 'Next question' : 'See your score' }));
    }
    expect(screen.getByRole('heading', { name: 'You got 2 of 3 right.' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'New round' }));
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toHaveFocus();
    expect(store.getState().view).toBe('quiz');
  });

  it('"Show in graph" selects the evidence and goes to the graph', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<QuizView seed={SEED} size={3} />, { dataset: FIXTURE, patch: { view: 'quiz' } });
    const q = round[0]!;
    await user.click(within(screen.getByRole('group')).getByLabelText(label(q, q.correct[0]!)));
    await user.click(screen.getByRole('button', { name: 'Check the answer' }));
    await user.click(screen.getAllByRole('button', { name: 'Show in graph' })[0]!);
    expect(store.getState().view).toBe('graph');
    expect(store.getState().selection).toEqual(q.kind === 'founded' ? { kind: 'node', id: q.subject } : { kind: 'edge', id: q.edges[0] });
  });

  it('keeps the round while the user looks at the evidence in the graph', async () => {
    const user = userEvent.setup();
    const first = renderWithStore(<QuizView seed={SEED} size={3} />, { dataset: FIXTURE, patch: { view: 'quiz' } });
    const q = round[0]!;
    await user.click(within(screen.getByRole('group')).getByLabelText(label(q, q.correct[0]!)));
    await user.click(screen.getByRole('button', { name: 'Check the answer' }));
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    first.unmount(); // the quiz view goes while the graph is shown
    const second = renderWithStore(<QuizView seed={SEED} size={3} />, { dataset: FIXTURE, patch: { view: 'quiz' } });
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    expect(screen.getByText('Score so far: 1 of 1')).toBeInTheDocument();
    second.unmount();
    // another dataset starts afresh
    const other = { ...FIXTURE, nodes: [...FIXTURE.nodes] };
    renderWithStore(<QuizView seed={SEED} size={3} />, { dataset: other, patch: { view: 'quiz' } });
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBeInTheDocument();
    expect(screen.queryByText(/Score so far: 1/)).toBeNull();
  });

  it('words the questions in the current language', () => {
    renderWithStore(<QuizView seed={SEED} size={3} />, { dataset: FIXTURE, lang: 'sv' });
    expect(screen.getByRole('heading', { name: 'Fråga 1 av 3' })).toBeInTheDocument();
    expect(screen.getByRole('group')).toHaveAccessibleName(/\?/);
    expect(screen.getByRole('button', { name: 'Rätta svaret' })).toBeInTheDocument();
  });
});
