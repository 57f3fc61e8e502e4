import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { offsetOfDate, timeTicks } from '../../../static/src/layout/time-scale';

describe('timeTicks', () => {
  it('puts month starts and Mondays at their working-day offsets', () => {
    // Mon 2026-11-02 is offset 0; Tue 2026-12-01 is 21 working days later.
    const ticks = timeTicks('2026-11-02', [], 0, 25);
    expect(ticks.find((t) => t.date === '2026-12-01')).toEqual({ offset: 21, date: '2026-12-01', kind: 'month' });
    expect(ticks.filter((t) => t.kind === 'week').map((t) => t.offset)).toEqual([0, 5, 10, 15, 20, 25]);
  });

  it('re-anchors at the dates the schedule gives, so a holiday does not shift the axis', () => {
    // 2026-12-25 (Fri) is a holiday: Mon 2026-12-28 is offset 39, not 40.
    const ticks = timeTicks('2026-11-02', [{ offset: 39, date: '2026-12-28' }], 35, 45);
    expect(ticks.find((t) => t.date === '2026-12-28')?.offset).toBe(39);
  });
});

describe('offsetOfDate', () => {
  it('counts working days forwards and backwards from the project start', () => {
    expect(offsetOfDate('2026-11-02', [], '2026-11-02')).toBe(0);
    expect(offsetOfDate('2026-11-02', [], '2026-11-09')).toBe(5);
    expect(offsetOfDate('2026-11-02', [], '2026-10-30')).toBe(-1);
  });

  it('answers the next working day for a weekend, and null for nonsense', () => {
    expect(offsetOfDate('2026-11-02', [], '2026-11-07')).toBe(5);
    expect(offsetOfDate('2026-11-02', [], 'not a date')).toBeNull();
  });
});
