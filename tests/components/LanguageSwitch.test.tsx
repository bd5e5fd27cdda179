import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageSwitch } from '../../src/components/LanguageSwitch';
import { renderInApp } from '../helpers/renderInApp';

describe('LanguageSwitch', () => {
  it('names each language in itself, marked with its own lang, and shows which is on', () => {
    renderInApp(<LanguageSwitch />);
    const group = screen.getByRole('group', { name: 'Language' });
    const sv = screen.getByRole('button', { name: 'Svenska' });
    const en = screen.getByRole('button', { name: 'English' });
    expect(group).toContainElement(sv);
    expect(sv).toHaveAttribute('lang', 'sv');
    expect(en).toHaveAttribute('lang', 'en');
    expect(en).toHaveAttribute('aria-pressed', 'true');
    expect(sv).toHaveAttribute('aria-pressed', 'false');
  });

  it('switches the store’s language and the UI, keeping selection and filters, and retitles the page', async () => {
    const user = userEvent.setup();
    const { store } = renderInApp(<LanguageSwitch />, {
      patch: {
        selection: { kind: 'node', id: 'nct' },
        fade: true,
      },
    });
    expect(document.title).toBe('Samverkan – how Swedish police and security agencies cooperate');
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(store.getState().lang).toBe('sv');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'nct' });
    expect(store.getState().fade).toBe(true);
    expect(screen.getByRole('group', { name: 'Språk' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.title).toBe('Samverkan – så samarbetar svensk polis och säkerhetstjänst');
  });
});
