import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { chanceBy, finishCurve } from '../../../src/domain/forecast/finish-curve';
import { forecast } from './forecast-builder';

describe('finishCurve and chanceBy (the empirical CDF, stepwise)', () => {
  it('gives each distinct day the share finishing by it, and reads the last step on or before a day', () => {
    // The doc comment's example: days 3, 3, 5, 9.
    const steps = finishCurve(Float64Array.from([3, 3, 5, 9]));
    expect(steps).toEqual([{ day: 3, cumulative: 0.5 }, { day: 5, cumulative: 0.75 }, { day: 9, cumulative: 1 }]);
    expect([2, 3, 4, 5, 8, 9, 12].map((d) => chanceBy(steps, d))).toEqual([0, 0.5, 0.5, 0.75, 0.75, 1, 1]);
    expect(finishCurve([])).toEqual([]);
    expect(chanceBy([], 4)).toBe(0);
  });

  it('agrees with the forecast\'s own target chance, on dates', () => {
    const net = [
      { key: 'A', days: 3, threePoint: { optimistic: 2, mostLikely: 3, pessimistic: 8 } },
      { key: 'B', days: 2, after: ['A'], threePoint: { optimistic: 1, mostLikely: 2, pessimistic: 6 } },
    ];
    for (const target of ['2025-01-10', '2025-01-13', '2025-01-15', '2025-01-20']) {
      const result = forecast(net, { targetDate: target });
      // The target chance is rounded to three places, the curve to four.
      expect(Math.round(chanceBy(result.curve, target) * 1000) / 1000).toBe(result.target?.probability);
    }
  });
});
