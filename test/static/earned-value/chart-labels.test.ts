import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { separatedLabels } from '../../../static/src/earned-value/chart-labels';
import { indexAxisTop } from '../../../static/src/earned-value/chart-scale';
import { performanceSeries } from '../../../static/src/earned-value/performance-series';
import { eacProjection } from '../../../static/src/earned-value/eac-projection';

describe('separatedLabels (issue #16: the SPI 0.90 and CPI 0.84 end labels overprinted)', () => {
  it('keeps labels that are far enough apart where they are', () => {
    expect(separatedLabels([40, 100], 14, [0, 200])).toEqual([40, 100]);
  });

  it('pushes two labels 4 px apart to 14 px, around their middle, keeping their order', () => {
    // SPI 0.90 at y 90 and CPI 0.84 at y 94 on the demo's trend chart.
    expect(separatedLabels([90, 94], 14, [0, 200])).toEqual([85, 99]);
    expect(separatedLabels([94, 90], 14, [0, 200])).toEqual([99, 85]);
  });

  it('keeps a pushed group inside the plot', () => {
    expect(separatedLabels([195, 198], 14, [0, 200])).toEqual([186, 200]);
    expect(separatedLabels([1, 2], 14, [0, 200])).toEqual([0, 14]);
  });

  it('separates three labels at one point', () => {
    expect(separatedLabels([100, 100, 100], 10, [0, 200])).toEqual([90, 100, 110]);
  });
});

describe('performanceSeries: no index before there is something to divide', () => {
  const point = (date: string, pv: number, ev: number | null, ac: number | null) => ({ date, pv, ev, ac });

  it('starts CPI at the first point with earned value, not at 0.00 while nothing is earned yet', () => {
    // The demo's 12 October: 2 days of work logged (AC 1,200), nothing done yet under 0/100 (EV 0).
    const { spi, cpi } = performanceSeries([point('2026-10-12', 800, 0, 1200), point('2026-10-19', 4400, 4850, 16525)]);
    expect(cpi).toEqual([{ date: '2026-10-19', value: 4850 / 16525 }]);
    expect(spi).toEqual([{ date: '2026-10-19', value: 4850 / 4400 }]);
  });

  it('keeps a real 0 once value has been earned (nothing earned since is a later point, not the start)', () => {
    const { spi } = performanceSeries([point('a', 100, 50, 50), point('b', 200, 50, 60)]);
    expect(spi.map((p) => p.value)).toEqual([0.5, 0.25]);
  });
});

describe('indexAxisTop: the axis holds its data', () => {
  it('is at least 1.5 and a multiple of 0.5 at or above the highest index', () => {
    expect(indexAxisTop([0.9, 1.1])).toBe(1.5);
    expect(indexAxisTop([1.52])).toBe(2);
    expect(indexAxisTop([2])).toBe(2);
    expect(indexAxisTop([])).toBe(1.5);
  });
});

describe('eacProjection: where the S-curve is heading', () => {
  it('runs from today\'s actual cost to EAC at the forecast finish', () => {
    expect(eacProjection({ asOf: '2026-11-16', ac: 60_000, eac: 140_000, forecastFinish: '2027-02-09', plannedFinish: '2027-02-01' }))
      .toEqual({ from: { date: '2026-11-16', value: 60_000 }, to: { date: '2027-02-09', value: 140_000 }, finishSource: 'forecast' });
  });

  it('ends at the planned finish when earned schedule gives no forecast, and says so', () => {
    expect(eacProjection({ asOf: '2026-11-16', ac: 60_000, eac: 140_000, forecastFinish: null, plannedFinish: '2027-02-01' })?.finishSource).toBe('planned');
  });

  it('is not drawn without an EAC, an actual cost, or a finish after today', () => {
    expect(eacProjection({ asOf: '2026-11-16', ac: 60_000, eac: null, forecastFinish: '2027-02-09', plannedFinish: null })).toBeNull();
    expect(eacProjection({ asOf: '2026-11-16', ac: null, eac: 1, forecastFinish: '2027-02-09', plannedFinish: null })).toBeNull();
    expect(eacProjection({ asOf: '2026-11-16', ac: 1, eac: 1, forecastFinish: '2026-11-10', plannedFinish: '2026-11-01' })).toBeNull();
  });
});
