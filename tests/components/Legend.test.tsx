import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Legend } from '../../src/components/Legend';
import { NODE_APPEARANCE } from '../../src/graph/appearance';
import { renderInApp } from '../helpers/renderInApp';

beforeEach(() => localStorage.clear());

const items = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('Legend', () => {
  it('names every node type and relationship type present in the dataset, and only those', () => {
    renderInApp(<Legend />);
    expect(items('Shapes: what each node is')).toEqual([
      'Swedish agency',
      'Unit or office',
      'Joint body',
      'International organisation',
    ]);
    // capitalised by CSS only: the text is the vocabulary's own
    expect(items('Lines: how they are related')).toEqual([
      'part of',
      'staffed by',
      'liaison officer posted at',
      'operational cooperation',
    ]);
  });

  it('draws each node type in its own shape and colour', () => {
    renderInApp(<Legend />);
    const list = screen.getByRole('list', { name: 'Shapes: what each node is' });
    const agency = list.querySelector('li[data-type="agency"] path')!;
    const unit = list.querySelector('li[data-type="unit"] path')!;
    expect(agency.getAttribute('fill')).toBe(NODE_APPEARANCE.agency.color);
    expect(agency.getAttribute('data-shape')).toBe('round-rectangle');
    expect(unit.getAttribute('data-shape')).toBe('rectangle');
    expect(agency.getAttribute('d')).not.toBe(unit.getAttribute('d'));
  });

  it('draws directed relationships with an arrow and mutual ones without', () => {
    renderInApp(<Legend />);
    const list = screen.getByRole('list', { name: 'Lines: how they are related' });
    expect(list.querySelectorAll('li[data-type="staffed-by"] svg path')).toHaveLength(1);
    expect(list.querySelectorAll('li[data-type="operational-cooperation"] svg path')).toHaveLength(0);
    expect(
      list.querySelector('li[data-type="liaison-officer-at"] line')?.getAttribute('stroke-dasharray'),
    ).toBeTruthy();
  });

  it('follows the language', async () => {
    const { store } = renderInApp(<Legend />);
    await act(async () => store.getState().setLang('sv'));
    expect(screen.getByRole('heading', { name: 'Teckenförklaring' })).toBeInTheDocument();
    expect(items('Former: vad varje nod är')).toContain('Gemensamt organ');
    expect(items('Linjer: hur de hänger ihop')).toContain('bemannas av');
  });

  it('collapses and expands, and remembers being closed', async () => {
    const user = userEvent.setup();
    const first = renderInApp(<Legend />);
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Shapes: what each node is' })).toBeNull();
    first.unmount();
    renderInApp(<Legend />);
    expect(screen.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'false');
  });
});
