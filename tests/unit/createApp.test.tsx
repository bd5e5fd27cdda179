import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { createApp } from '../../src/createApp';
import { FIXTURE } from '../fixtures/datasets';

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
    const app = createApp({ dataset: BROKEN, lang: 'en' });
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
    const app = createApp({ dataset: broken, lang: 'sv' });
    expect(app.ok).toBe(false);
    render(<>{app.element}</>);
    const item = screen
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith(`edges[${edgeIndex}].target`));
    expect(item?.textContent).toContain('sakerhetspolisenn');
  });

  it('builds the store from a sound dataset, with the view a link names', () => {
    const app = createApp({ dataset: FIXTURE, lang: 'en', search: '?node=noa&view=list' });
    if (!app.ok) throw new Error('the fixture should be valid');
    expect(app.store.getState().selection).toEqual({ kind: 'node', id: 'noa' });
    expect(app.store.getState().view).toBe('list');
    expect(app.store.getState().cy).toBeNull();
  });
});
