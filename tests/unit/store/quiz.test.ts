import { describe, expect, it } from 'vitest';
import { checkInQuiz, chooseInQuiz, nextInQuiz, NO_QUIZ, startQuiz } from '../../../src/store/quiz';
import { createAppStore, initialState } from '../../../src/store';
import { QUIZ_FIXTURE } from '../../fixtures/datasets';

describe('the self-test slice', () => {
  it('records each answer with the options chosen, and moves on with nothing chosen', () => {
    let q = startQuiz(QUIZ_FIXTURE, 7, ['nct-staff']);
    expect(q).toEqual({ ...NO_QUIZ, dataset: QUIZ_FIXTURE, seed: 7, focus: ['nct-staff'] });
    q = chooseInQuiz(q, ['fra', 'must']);
    q = checkInQuiz(q, false);
    expect(q.results).toEqual([false]);
    expect(q.answers).toEqual([['fra', 'must']]);
    q = nextInQuiz(q);
    expect(q).toMatchObject({ index: 1, chosen: [], results: [false] });
  });

  it('lives in the app store as runtime state, out of the URL state', () => {
    const store = createAppStore(initialState(QUIZ_FIXTURE, 'en'));
    expect(store.getState().quiz).toEqual(NO_QUIZ);
    store.getState().startQuiz(QUIZ_FIXTURE, 3);
    store.getState().chooseInQuiz(['sida']);
    store.getState().checkInQuiz(true);
    store.getState().nextInQuiz();
    expect(store.getState().quiz).toMatchObject({
      dataset: QUIZ_FIXTURE,
      seed: 3,
      focus: null,
      index: 1,
      results: [true],
      answers: [['sida']],
    });
    expect(Object.keys(initialState(QUIZ_FIXTURE, 'en'))).not.toContain('quiz');
  });
});
