import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { createApp } from '../../src/createApp';
import network from '../../data/network.json';
import { toursFor } from '../../src/data/tours';
import { loadTours } from '../../src/data/toursLoader';
import { validateDataset } from '../../src/data/validate';
import { translate, type Message } from '../../src/i18n/message';
import { FIXTURE, LEARN_FIXTURE } from '../fixtures/datasets';

const BROKEN = {
  meta: { title: { sv: 'Trasig', en: 'Broken' } },
  sources: [],
  nodes: [
    {
      id: 'Not Kebab',
      type: 'spaceship',
      level: 'national',
      label: { sv: 'A', en: 'A' },
      description: { sv: 'a', en: 'a' },
    },
  ],
  edges: [],
};

// A dataset that fails validation: the app shows the validator's messages, not a blank page.
describe('createApp with a dataset that fails validation', () => {
  it('shows the validator’s problems, each with where it is, in the user’s language', () => {
    const app = createApp({ validated: validateDataset(BROKEN), lang: 'en' });
    expect(app.ok).toBe(false);
    render(<>{app.element}</>);
    const page = screen.getByRole('main', { name: 'The dataset could not be loaded' });
    const problems = within(page)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.some((p) => p.startsWith('nodes[0].id') && /kebab-case/.test(p))).toBe(true);
    expect(problems.some((p) => p.startsWith('nodes[0].type') && /not a node type/.test(p))).toBe(true);
    expect(page).toHaveTextContent(`The dataset has ${problems.length} problems`);
  });

  it('names an edge whose end is not a node, with its place in the file, in Swedish too', () => {
    const edgeIndex = FIXTURE.edges.findIndex((e) => e.id === 'nct-staffed-by-sapo');
    expect(edgeIndex).toBeGreaterThanOrEqual(0);
    const broken = {
      ...FIXTURE,
      edges: FIXTURE.edges.map((e, i) => (i === edgeIndex ? { ...e, target: 'sakerhetspolisenn' } : e)),
    };
    const app = createApp({ validated: validateDataset(broken), lang: 'sv' });
    expect(app.ok).toBe(false);
    render(<>{app.element}</>);
    const item = screen
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith(`edges[${edgeIndex}].target`));
    expect(item?.textContent).toContain('sakerhetspolisenn');
  });

  it('builds the store from a sound dataset, with the view a link names', () => {
    const app = createApp({ validated: validateDataset(FIXTURE), lang: 'en', search: '?node=noa&view=list' });
    if (!app.ok) throw new Error('the fixture should be valid');
    expect(app.store.getState().selection).toEqual({ kind: 'node', id: 'noa' });
    expect(app.store.getState().view).toBe('list');
    expect(app.store.getState().cy).toBeNull();
  });
});

// the tours are loaded before start-up when a link names one (boot.tsx)
await loadTours();

describe('createApp and the guided tours', () => {
  const built = validateDataset(network);
  if (!built.ok) throw new Error('the built-in dataset must be valid');
  const tour = toursFor(built.dataset).tours[0]!;

  it('a link to a step beyond the tour shows the last step, says so, and opens the tour panel', () => {
    const app = createApp({
      validated: validateDataset(network),
      lang: 'en',
      search: `tour=${tour.id}&step=99`,
    });
    if (!app.ok) throw new Error('expected the app');
    const s = app.store.getState();
    expect(s.tour).toEqual({ id: tour.id, step: tour.steps.length - 1 });
    expect(s.tool).toBe('tours');
    expect(s.notices.map((n) => translate(app.i18n.t, n.message))).toContain(
      `The link asked for step 99, but the tour has ${tour.steps.length} steps. Showing the last step.`,
    );
  });

  it('reports tours that do not fit the dataset once, with the path of each problem, and goes on', async () => {
    const app = createApp({ validated: validateDataset(LEARN_FIXTURE), lang: 'en' });
    if (!app.ok) throw new Error('expected the app');
    const shown = (m: Message) => translate(app.i18n.t, m);
    const notice = app.store
      .getState()
      .notices.find((n) => shown(n.message).startsWith('The guided tours file has problems'))!;
    expect(notice.kind).toBe('warning');
    const details = notice.details!.map(shown);
    expect(details.length).toBeLessThanOrEqual(6);
    expect(details[0]).toMatch(/^tours\[\d+\]\.steps\[\d+\]\.(nodes|edges)\[\d+\]: /);
    expect(details.at(-1)).toMatch(/more problems/);
    // in the other language once it is switched to
    await app.i18n.changeLanguage('sv');
    expect(shown(notice.message)).toBe(
      'Filen med guidade visningar har fel; de berörda visningarna har utelämnats:',
    );
    expect(notice.details!.map(shown).at(-1)).toMatch(/fel till\.$/);
  });
});
