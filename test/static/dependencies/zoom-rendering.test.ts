import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { zoomRendering } from '../../../static/src/dependencies/zoom-rendering';

describe('zoomRendering', () => {
  it.each([
    [1, 'full'],
    [0.92, 'full'],
    [0.9, 'summary'],
    [0.42, 'summary'],
    [0.1, 'shapes'],
  ] as const)('at zoom %s draws %s', (k, mode) => {
    expect(zoomRendering(k).mode).toBe(mode);
  });

  it('sizes the summary keys to 11 px on screen, and they fit a 175 px card wherever keys are drawn', () => {
    expect(zoomRendering(0.5).summaryFont).toBe(22);
    for (let k = 0.1; k < 0.92; k += 0.01) {
      const r = zoomRendering(k);
      expect(r.summaryFont * k).toBeCloseTo(11, 0);
      if (r.mode === 'summary') expect(8 * 0.62 * r.summaryFont).toBeLessThanOrEqual(175 - 16 + 0.5);
    }
  });
});
