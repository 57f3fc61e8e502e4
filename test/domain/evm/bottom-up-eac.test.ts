import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { bottomUpEac } from '../../../src/domain/evm/bottom-up-eac';
import { amountProblem } from '../../../src/domain/evm/data-problem';

describe('bottomUpEac', () => {
  it('AC plus each remaining estimate at its rate (the doc comment example, by hand)', () => {
    // AC 500; 10 h at 40 = 400, 5 h at 60 = 300: ETC 700, EAC 1200; -3 h reported.
    const r = bottomUpEac(500, [
      { key: 'A', remainingHours: 10, rate: 40 },
      { key: 'B', remainingHours: 5, rate: 60 },
      { key: 'C', remainingHours: -3, rate: 40 },
    ]);
    expect(r).toEqual({ etc: 700, eac: 1200, problems: [{ key: 'C', problem: 'negative', detail: 'remaining estimate -3 h is negative' }] });
  });

  it('skips items with no estimate or nothing left; reports hours with no usable rate and absurd hours', () => {
    const r = bottomUpEac(
      100,
      [
        { key: 'NONE', remainingHours: null, rate: null },
        { key: 'ZERO', remainingHours: 0, rate: null },
        { key: 'NORATE', remainingHours: 4, rate: null },
        { key: 'BADRATE', remainingHours: 4, rate: -10 },
        { key: 'HUGE', remainingHours: 50_000, rate: 10 },
      ],
      10_000,
    );
    expect(r.etc).toBe(0);
    expect(r.eac).toBe(100);
    expect(r.problems.map((p) => [p.key, p.problem])).toEqual([
      ['NORATE', 'no-rate'],
      ['BADRATE', 'negative'],
      ['HUGE', 'above-ceiling'],
    ]);
  });
});

describe('amountProblem', () => {
  it.each([
    [0, null],
    [1000, null],
    [1000.01, 'above-ceiling'],
    [-0.01, 'negative'],
    [Number.NaN, 'not-a-number'],
    [Number.NEGATIVE_INFINITY, 'not-a-number'],
  ])('%d against a ceiling of 1000: %s', (value, problem) => {
    expect(amountProblem(value, 1000)).toBe(problem);
  });
});
