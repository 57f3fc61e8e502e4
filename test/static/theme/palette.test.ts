/**
 * Keel's colours in the light fallbacks and in both sandbox themes: chart series and heat-map bands stay apart
 * for protanopes, deuteranopes and tritanopes (Machado et al. 2009 simulation, CIE76 ΔE), and text meets WCAG AA.
 * Thresholds: series lines ΔE ≥ 20 (clearly different at a glance); heat bands ΔE ≥ 10 side by side, and in
 * light their lightness falls from low to extreme, so their order survives any colour vision.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { closestPair, contrast, seenAs } from './colour-math';
import { keelColour } from './keel-colours';

const MODES = ['fallback', 'light', 'dark'] as const;
const palette = (names: readonly string[], mode: (typeof MODES)[number]) => Object.fromEntries(names.map((n) => [n, keelColour(n, mode)]));

const SERIES: Record<string, { names: readonly string[]; minDeltaE: number }> = {
  'S-curve (PV, EV, AC, BAC, EAC)': { names: ['chart-pv', 'chart-ev', 'chart-ac', 'chart-bac', 'chart-eac'], minDeltaE: 20 },
  'risk exposure trend (inherent, residual)': { names: ['chart-ac', 'chart-pv'], minDeltaE: 20 },
  'status bar (done, in progress, to do)': { names: ['chart-done', 'chart-progress', 'chart-todo'], minDeltaE: 20 },
  'risk score bands (low, medium, high, extreme)': { names: ['heat-low', 'heat-medium', 'heat-high', 'heat-extreme'], minDeltaE: 10 },
  'dependency map (critical, near-critical, cycle, other links)': { names: ['critical', 'near', 'cycle', 'edge'], minDeltaE: 10 },
};

describe('colour-blind readers', () => {
  for (const mode of MODES) {
    for (const [name, { names, minDeltaE }] of Object.entries(SERIES)) {
      it(`tell apart the ${name} in ${mode}`, () => {
        const worst = closestPair(palette(names, mode));
        expect({ name, mode, ...worst, ok: worst.deltaE >= minDeltaE }).toEqual(expect.objectContaining({ ok: true }));
      });
    }
  }

  it('read the light heat bands in order of lightness, whatever their colour vision', () => {
    const lightness = ['heat-low', 'heat-medium', 'heat-high', 'heat-extreme'].map((n) => seenAs(keelColour(n, 'fallback'), 'deuteranopia')[0]);
    expect(lightness).toEqual([...lightness].sort((a, b) => b - a));
  });
});

/** Text (and its size class) on the backgrounds it is drawn on. Large text (19px bold) needs 3:1, the rest 4.5:1. */
const TEXT_PAIRS: readonly (readonly [string, string, 'normal' | 'large'])[] = [
  ...['text', 'subtle', 'subtlest', 'link', 'danger-text', 'warning-text', 'done-text', 'info-text', 'discovery-text', 'critical-text', 'near-text', 'cycle-text'].flatMap(
    (text) => [[text, 'surface', 'normal'], [text, 'surface-sunken', 'normal']] as const,
  ),
  ['todo-text', 'todo-bg', 'normal'],
  ['progress-text', 'progress-bg', 'normal'],
  ['done-text', 'done-bg', 'normal'],
  ['danger-text', 'danger-bg', 'normal'],
  ['warning-text', 'warning-bg', 'normal'],
  ['info-text', 'info-bg', 'normal'],
  ['text', 'selected', 'normal'],
  ['text', 'critical-bg', 'normal'],
  ['text', 'near-bg', 'normal'],
  ['done-node-text', 'done-node', 'normal'],
  ['inverse', 'brand', 'normal'],
  ['inverse', 'danger-bold', 'normal'],
  ['raci-r-text', 'raci-r-bg', 'normal'],
  ['raci-a-text', 'raci-a-bg', 'normal'],
  ['raci-c-text', 'raci-c-bg', 'normal'],
  ['raci-i-text', 'raci-i-bg', 'normal'],
  ...['heat-low', 'heat-medium', 'heat-high', 'heat-extreme'].map((band) => ['text', band, 'large'] as const),
];

describe('text contrast (WCAG 2.2 AA)', () => {
  for (const mode of MODES) {
    it(`holds for every text colour on its background in ${mode}`, () => {
      const failures = TEXT_PAIRS.flatMap(([text, background, size]) => {
        const ratio = contrast(keelColour(text, mode), keelColour(background, mode));
        return ratio >= (size === 'large' ? 3 : 4.5) ? [] : [`${text} on ${background}: ${ratio.toFixed(2)}`];
      });
      expect(failures).toEqual([]);
    });
  }
});
