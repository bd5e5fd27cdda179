import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageSwitch } from '../../src/components/LanguageSwitch';
import { Notices } from '../../src/components/Notices';
import { renderInApp } from '../helpers/renderInApp';

describe('Notices', () => {
  it('shows a notice in the language in use, and in the other one after a switch', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(
      <>
        <LanguageSwitch />
        <Notices />
      </>,
    );
    act(() =>
      store.getState().notify({
        kind: 'warning',
        message: { key: 'common.url.ignored' },
        details: [{ key: 'common.url.unknown', params: { param: 'node', value: 'nowhere' } }],
      }),
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Parts of the link could not be used and were ignored:');
    expect(within(status).getByRole('listitem')).toHaveTextContent(
      '“nowhere” in “node” is not in the dataset',
    );

    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(status).toHaveTextContent('Delar av länken kunde inte användas och hoppades över:');
    expect(within(status).getByRole('listitem')).toHaveTextContent(
      '”nowhere” i ”node” finns inte i datamängden',
    );
    expect(status).not.toHaveTextContent('ignored');

    await user.click(within(status).getByRole('button', { name: 'Stäng meddelandet' }));
    expect(store.getState().notices).toEqual([]);
  });
});
