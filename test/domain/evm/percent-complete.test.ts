import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import {
  fiftyFifty,
  percentComplete,
  statusCategoryShare,
  timeBased,
  zeroHundred,
  type PercentCompleteMethod,
} from '../../../src/domain/evm/percent-complete';
import type { StatusCategory } from '../../../src/domain/work-item';

const hours = (h: number): number => h * 3600;

describe('percent complete, by method', () => {
  // The fixed-formula methods of the PMI Practice Standard for EVM: 0/100 earns nothing until done, 50/50 half
  // when started and the rest when done.
  it.each<[StatusCategory, number, number, number]>([
    // category, 0/100, 50/50, status category with In Progress at 30%
    ['todo', 0, 0, 0],
    ['inProgress', 0, 0.5, 0.3],
    ['done', 1, 1, 1],
  ])('%s: 0/100 %d, 50/50 %d, status category (30%%) %d', (category, zh, ff, sc) => {
    expect(zeroHundred(category)).toBe(zh);
    expect(fiftyFifty(category)).toBe(ff);
    expect(statusCategoryShare(category, 0.3)).toBe(sc);
    expect(percentComplete({ kind: 'zero-hundred' }, { statusCategory: category })).toBe(zh);
    expect(percentComplete({ kind: 'fifty-fifty' }, { statusCategory: category })).toBe(ff);
    expect(percentComplete({ kind: 'status-category', inProgressShare: 0.3 }, { statusCategory: category })).toBe(sc);
  });

  it.each([-0.1, 1.5, Number.NaN])('rejects an in-progress share of %d as a setting error', (share) => {
    expect(() => statusCategoryShare('todo', share)).toThrow(/between 0 and 1/);
  });

  it.each<[number | null | undefined, number | null | undefined, number | null]>([
    [hours(6), hours(2), 0.75],
    [hours(0), hours(8), 0],
    [hours(8), hours(0), 1],
    [hours(3), null, 1], // no remaining estimate: the time spent is all there is
    [null, hours(5), 0],
    [0, 0, null], // no time at all: not defined
    [null, null, null],
    [undefined, undefined, null],
    [hours(-1), hours(2), null],
    [Number.NaN, hours(2), null],
  ])('time-based: spent %s s, remaining %s s gives %s', (spent, remaining, expected) => {
    expect(timeBased(spent, remaining)).toBe(expected);
    const method: PercentCompleteMethod = { kind: 'time-based' };
    expect(percentComplete(method, { statusCategory: 'inProgress', timeSpentSeconds: spent, remainingEstimateSeconds: remaining })).toBe(expected);
  });

  it('time-based ignores the status: a done item with 2 h left is 80% by time', () => {
    expect(percentComplete({ kind: 'time-based' }, { statusCategory: 'done', timeSpentSeconds: hours(8), remainingEstimateSeconds: hours(2) })).toBe(0.8);
  });
});
