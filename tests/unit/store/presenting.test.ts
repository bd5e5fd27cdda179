import { describe, expect, it } from 'vitest';
import * as p from '../../../src/store/presenting';

const idle = { presentation: false, presenting: p.NOT_PRESENTING };
const apply = <S extends object>(s: S, patch: Partial<S>): S => ({ ...s, ...patch });

describe('presentation mode and full screen', () => {
  it('"Present" asks for full screen and moves focus; leaving lets full screen go', () => {
    const on = p.enterPresentation(idle);
    expect(on).toEqual({
      presentation: true,
      presenting: { wantFullscreen: true, fullscreen: false, moveFocus: true },
    });
    const focused = apply(on, p.focusMoved(on));
    expect(focused.presenting.moveFocus).toBe(false);
    expect(p.leavePresentation(focused)).toEqual({
      presentation: false,
      presenting: { wantFullscreen: false, fullscreen: false, moveFocus: false },
    });
  });

  it('full screen left by the browser (Esc) while presenting leaves the presentation', () => {
    const shown = apply(p.enterPresentation(idle), {});
    const full = apply(shown, p.fullscreenChanged(shown, true));
    expect(full.presenting).toMatchObject({ fullscreen: true, wantFullscreen: true });
    const left = apply(full, p.fullscreenChanged(full, false));
    expect(left.presentation).toBe(false);
    expect(left.presenting).toMatchObject({ fullscreen: false, wantFullscreen: false });
  });

  it('full screen left by the app (F) keeps the presentation', () => {
    const full = {
      presentation: true,
      presenting: { wantFullscreen: true, fullscreen: true, moveFocus: false },
    };
    const toggled = apply(full, p.toggleFullscreen(full));
    expect(toggled.presenting.wantFullscreen).toBe(false);
    const left = apply(toggled, p.fullscreenChanged(toggled, false));
    expect(left.presentation).toBe(true);
    expect(left.presenting.fullscreen).toBe(false);
    // and F again asks for it again
    expect(p.toggleFullscreen(left).presenting.wantFullscreen).toBe(true);
  });

  it('a refusal carries on in the window, and F may ask again', () => {
    const shown = p.enterPresentation(idle);
    const refused = apply(shown, p.fullscreenRefused(shown));
    expect(refused.presentation).toBe(true);
    expect(refused.presenting.wantFullscreen).toBe(false);
    expect(p.toggleFullscreen(refused).presenting.wantFullscreen).toBe(true);
  });
});
