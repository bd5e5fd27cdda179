import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';

// A built-in dataset that fails validation: boot must show the validator's messages, not a blank page.
vi.mock('../../../src/data/builtin', () => ({
  BUILTIN_DATASET: {
    meta: { title: { sv: 'Trasig', en: 'Broken' } },
    sources: [],
    nodes: [{ id: 'Not Kebab', type: 'spaceship', level: 'national', label: { sv: 'A', en: 'A' }, description: { sv: 'a', en: 'a' } }],
    edges: [],
  },
  BUILTIN_POSITIONS: null,
}));

describe('a dataset that fails validation', () => {
  it('shows the validator’s problems, each with where it is, in the user’s language', async () => {
    const { boot } = await import('../../../src/boot');
    render(<>{boot()}</>);
    const page = screen.getByRole('main', { name: 'The dataset could not be loaded' });
    const problems = within(page).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.some((p) => p.startsWith('nodes[0].id') && /kebab-case/.test(p))).toBe(true);
    expect(problems.some((p) => p.startsWith('nodes[0].type') && /not a node type/.test(p))).toBe(true);
    expect(page).toHaveTextContent(`The dataset has ${problems.length} problems`);
  });
});
