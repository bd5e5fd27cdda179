/**
 * The self-test in the built app, in real Chromium, in both languages: a round where one answer is
 * given wrong on purpose, the review after the round with that question's evidence, and a round
 * focused on it. Which options are right is read from the reviewed templates and the dataset the
 * app was built with (never from the page), so the test knows which choice is wrong.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset, Lang } from '../../src/data/schema';
import { fullLabel } from '../../src/graph/elements';
import { allQuestions, QUIZ_TEMPLATES } from '../../src/graph/quiz';
import { QUESTION_KEYS } from '../../src/components/learn/quizText';
import { expectNoSeriousViolations, openApp } from './fixtures';

const network = JSON.parse(fs.readFileSync('data/network.json', 'utf8')) as Dataset;
const nodes = new Map(network.nodes.map((n) => [n.id, n]));

type Key = { id: string; right: Set<string>; closing: string };

/** A question's text as the locale file words it (the app interpolates the subject's full name). */
function questionText(lang: Lang, id: keyof typeof QUESTION_KEYS, subject: string): string {
  const locale = JSON.parse(fs.readFileSync(`src/i18n/locales/${lang}/learn.json`, 'utf8')) as {
    quiz: { q: Record<string, string> };
  };
  const text = locale.quiz.q[QUESTION_KEYS[id].replace('learn.quiz.q.', '')]!;
  return text.replace('{{name}}', fullLabel(nodes.get(subject)!, lang));
}

/** Every question the app can ask, by its text in `lang`: its template and the labels of every right answer. */
function answerKey(lang: Lang): Map<string, Key> {
  const key = new Map<string, Key>();
  for (const q of allQuestions(network)) {
    const tpl = QUIZ_TEMPLATES.find((x) => x.id === q.id)!;
    const subject = nodes.get(q.subject)!;
    const right =
      tpl.ask.kind === 'year'
        ? [String(subject.founded)]
        : tpl.expect.map((id) => fullLabel(nodes.get(id)!, lang));
    key.set(questionText(lang, q.id, q.subject), { id: q.id, right: new Set(right), closing: tpl.closing });
  }
  return key;
}

const WORDS = {
  en: {
    view: 'Self-test',
    questionOf: (i: number, n: number) => `Question ${i} of ${n}`,
    chooseAll: 'Choose all that apply.',
    check: 'Check the answer',
    right: 'Right!',
    next: 'Next question',
    seeScore: 'See your score',
    score: (s: number, n: number) => `You got ${s} of ${n} right.`,
    review: 'Questions you got wrong',
    yourAnswer: 'Your answer: ',
    focus: 'Practise the questions you got wrong',
    progress: 'Your progress on this device',
    rounds: 'You have played 2 rounds and answered 5 of 6 questions right.',
  },
  sv: {
    view: 'Testa dig själv',
    questionOf: (i: number, n: number) => `Fråga ${i} av ${n}`,
    chooseAll: 'Välj alla som stämmer.',
    check: 'Rätta svaret',
    right: 'Rätt!',
    next: 'Nästa fråga',
    seeScore: 'Se ditt resultat',
    score: (s: number, n: number) => `Du fick ${s} av ${n} rätt.`,
    review: 'Frågor du svarade fel på',
    yourAnswer: 'Ditt svar: ',
    focus: 'Öva på frågorna du svarade fel på',
    progress: 'Dina framsteg på den här enheten',
    rounds: 'Du har spelat 2 omgångar och svarat rätt på 5 av 6 frågor.',
  },
} as const;

/** Answers the question shown: all right options, or one wrong one. Returns its text and key. */
async function answer(page: Page, lang: Lang, key: Map<string, Key>, wrong: boolean) {
  const w = WORDS[lang];
  const view = page.getByRole('region', { name: w.view });
  const group = view.getByRole('group');
  const legend = (await group.locator('legend').innerText()).replace(w.chooseAll, '').trim();
  const k = key.get(legend);
  expect(k, `a question the templates can ask: "${legend}"`).toBeDefined();
  const labels = (await group.locator('label').allInnerTexts()).map((s) => s.trim());
  const pick = wrong ? [labels.find((l) => !k!.right.has(l))!] : labels.filter((l) => k!.right.has(l));
  expect(pick.length).toBeGreaterThan(0);
  for (const l of pick) await group.getByLabel(l, { exact: true }).check();
  await view.getByRole('button', { name: w.check }).click();
  return { legend, key: k!, pick };
}

for (const lang of ['en', 'sv'] as const) {
  test(`self-test (${lang}): one wrong answer is reviewed with its evidence and a focused round asks it again`, async ({
    page,
  }) => {
    const w = WORDS[lang];
    const key = answerKey(lang);
    const { errors } = await openApp(page, `lang=${lang}&view=quiz`);
    const view = page.getByRole('region', { name: w.view });
    let missed: Awaited<ReturnType<typeof answer>> | null = null;
    for (let i = 1; i <= 5; i++) {
      await expect(view.getByRole('heading', { name: w.questionOf(i, 5) })).toBeVisible();
      const a = await answer(page, lang, key, i === 2);
      if (i === 2) missed = a;
      const verdict = view.locator('.quiz-verdict');
      if (i === 2) await expect(verdict).not.toHaveText(w.right);
      else await expect(verdict).toHaveText(w.right);
      await view.getByRole('button', { name: i < 5 ? w.next : w.seeScore }).click();
    }
    await expect(view.getByRole('heading', { name: w.score(4, 5) })).toBeFocused();

    // the review: the question missed, one's answer, and the quote that settles it
    const review = view.getByRole('region', { name: w.review });
    await expect(
      review.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 5 }) }),
    ).toHaveCount(1);
    await expect(review.getByRole('heading', { level: 5 })).toHaveText(missed!.legend);
    await expect(review.getByText(`${w.yourAnswer}${missed!.pick[0]}`)).toBeVisible();
    await expect(review.locator('blockquote').first()).toBeVisible();
    await expect(review.locator('blockquote').filter({ hasText: missed!.key.closing })).not.toHaveCount(0);
    await expectNoSeriousViolations(page, '.quiz-view');

    // a round focused on the question missed
    await view.getByRole('button', { name: w.focus }).click();
    await expect(view.getByRole('heading', { name: w.questionOf(1, 1) })).toBeFocused();
    const again = await answer(page, lang, key, false);
    expect(again.legend).toBe(missed!.legend);
    await expect(view.locator('.quiz-verdict')).toHaveText(w.right);
    await expectNoSeriousViolations(page, '.quiz-view');
    await view.getByRole('button', { name: w.seeScore }).click();
    await expect(view.getByRole('heading', { name: w.score(1, 1) })).toBeFocused();
    await expect(view.getByRole('region', { name: w.review })).toHaveCount(0);
    await expect(view.getByRole('region', { name: w.progress })).toContainText(w.rounds);

    // progress is kept on the device: it is there after a reload
    await page.reload();
    await page.getByRole('region', { name: w.view }).waitFor();
    for (let i = 1; i <= 5; i++) {
      await answer(page, lang, key, false);
      await view.getByRole('button', { name: i < 5 ? w.next : w.seeScore }).click();
    }
    await expect(view.getByRole('region', { name: w.progress })).toContainText(
      lang === 'en' ? '3 rounds' : '3 omgångar',
    );
    expect(errors).toEqual([]);
  });
}
