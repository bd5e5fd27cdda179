import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { AppShortcuts } from '../../../src/components/AppShortcuts';
import { PresentButton } from '../../../src/components/PresentButton';
import { renderInApp } from '../../helpers/renderInApp';

/**
 * A stand-in for the browser's Fullscreen API (jsdom has none): requests and exits succeed
 * after a tick and fire `fullscreenchange`, as a browser does; `refuse` makes requests fail.
 */
function fakeFullscreen() {
  let element: Element | null = null;
  const api = { refuse: false, requests: 0, exits: 0 };
  const change = () => document.dispatchEvent(new Event('fullscreenchange'));
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element });
  Object.defineProperty(document, 'exitFullscreen', {
    configurable: true,
    value: () => {
      api.exits++;
      element = null;
      return Promise.resolve().then(change);
    },
  });
  Object.defineProperty(document.documentElement, 'requestFullscreen', {
    configurable: true,
    value: () => {
      api.requests++;
      if (api.refuse) return Promise.reject(new TypeError('not allowed'));
      element = document.documentElement;
      return Promise.resolve().then(change);
    },
  });
  /** The user presses Esc: the browser leaves full screen without telling the page about the key. */
  const browserLeaves = () => {
    element = null;
    change();
  };
  const restore = () => {
    delete (document as { fullscreenElement?: unknown }).fullscreenElement;
    delete (document as { exitFullscreen?: unknown }).exitFullscreen;
    delete (document.documentElement as { requestFullscreen?: unknown }).requestFullscreen;
  };
  return { api, browserLeaves, restore };
}

describe('presentation mode in full screen', () => {
  let fake: ReturnType<typeof fakeFullscreen>;
  beforeEach(() => {
    fake = fakeFullscreen();
  });
  afterEach(() => fake.restore());

  const setup = () =>
    renderInApp(
      <>
        <PresentButton />
        <AppShortcuts />
      </>,
    );
  /** Lets the fake browser answer. */
  const flush = () => act(() => new Promise<void>((done) => setTimeout(done, 0)));

  it('"Present" goes full screen and moves focus to the bar; F leaves full screen but keeps presenting', async () => {
    const { store } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    await flush();
    expect(fake.api.requests).toBe(1);
    const toggle = screen.getByRole('button', { name: 'Full screen' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Leave presentation' })).toHaveFocus();

    fireEvent.keyDown(document.body, { key: 'f' });
    await flush();
    expect(fake.api.exits).toBe(1);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(store.getState().presentation).toBe(true);
  });

  it('full screen left by the browser (Esc) ends the presentation', async () => {
    const { store } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    await flush();
    act(() => fake.browserLeaves());
    expect(store.getState().presentation).toBe(false);
    expect(screen.getByRole('button', { name: 'Present' })).toHaveFocus();
  });

  it('a refused request keeps presenting in the window; the bar says it is not full screen', async () => {
    fake.api.refuse = true;
    const { store } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    await flush();
    expect(fake.api.requests).toBe(1);
    expect(store.getState().presentation).toBe(true);
    expect(screen.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'false');
    // F asks again
    fireEvent.keyDown(document.body, { key: 'F' });
    await flush();
    expect(fake.api.requests).toBe(2);
  });

  it('"Leave presentation" leaves full screen too', async () => {
    const { store } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Leave presentation' }));
    await flush();
    expect(fake.api.exits).toBe(1);
    expect(store.getState().presentation).toBe(false);
    expect(document.fullscreenElement).toBeNull();
  });
});
