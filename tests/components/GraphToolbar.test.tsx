import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphToolbar } from '../../src/components/GraphToolbar';
import { renderInApp } from '../helpers/renderInApp';

vi.mock('../../src/cy/commands', () => ({
  zoomIn: vi.fn(() => true),
  zoomOut: vi.fn(() => true),
  fit: vi.fn(() => true),
}));
const commands = await import('../../src/cy/commands');

describe('GraphToolbar', () => {
  it('has named zoom and fit buttons that call the camera commands', async () => {
    const user = userEvent.setup();
    renderInApp(<GraphToolbar />);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    await user.click(screen.getByRole('button', { name: 'Fit the network to the window' }));
    expect(commands.zoomIn).toHaveBeenCalledTimes(1);
    expect(commands.zoomOut).toHaveBeenCalledTimes(1);
    expect(commands.fit).toHaveBeenCalledTimes(1);
  });

  it('offers every layout by name and puts the choice in the store', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<GraphToolbar />);
    const select = screen.getByRole('combobox', { name: 'Layout' });
    expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'Standard',
      'Force-directed',
      'Rings by level',
      'Grouped by level',
      'Grouped by type',
    ]);
    await user.selectOptions(select, 'Grouped by type');
    expect(store.getState().layout).toBe('type');
  });

  it('shows the layout the store has (e.g. from a link)', () => {
    renderInApp(<GraphToolbar />, { patch: { layout: 'concentric' } });
    expect(screen.getByRole('combobox', { name: 'Layout' })).toHaveValue('concentric');
  });
});
