import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { ratingProblems, riskExposure, riskPriorityNumber, riskScore, scoreOnScale } from '../../../src/domain/risk/risk-score';

describe('riskScore (probability x impact, 1-5)', () => {
  it.each([
    [1, 1, 1],
    [3, 4, 12],
    [5, 5, 25],
    [2, 5, 10],
    [0, 4, null],
    [6, 4, null],
    [3, 2.5, null],
    [null, 4, null],
    [3, null, null],
    [-1, 3, null],
  ])('riskScore(%s, %s) = %s', (p, i, expected) => {
    expect(riskScore(p, i)).toBe(expected);
  });
});

describe('riskExposure (percent / 100 x money)', () => {
  it.each([
    [25, 40_000, 10_000],
    [0, 40_000, 0],
    [100, 1234.56, 1234.56],
    [33, 100, 33],
    [12.5, 999.99, 125],
    [120, 40_000, null],
    [-5, 40_000, null],
    [50, -1, null],
    [null, 100, null],
  ])('riskExposure(%s, %s) = %s', (p, money, expected) => {
    expect(riskExposure(p, money)).toBe(expected);
  });
});

describe('riskPriorityNumber (S x O x D, each 1-10)', () => {
  it.each([
    [8, 3, 5, 120],
    [1, 1, 1, 1],
    [10, 10, 10, 1000],
    [8, 0, 5, null],
    [11, 3, 5, null],
    [8, 3, null, null],
    [8, 3.5, 5, null],
  ])('riskPriorityNumber(%s, %s, %s) = %s', (s, o, d, expected) => {
    expect(riskPriorityNumber(s, o, d)).toBe(expected);
  });
});

describe('scoreOnScale and ratingProblems', () => {
  it('scores on the configured scale', () => {
    expect(scoreOnScale('oneToFive', 3, 4)).toBe(12);
    expect(scoreOnScale('percentAndMoney', 30, 10_000)).toBe(3000);
  });

  it('names every rating off its scale, and nothing for a missing one', () => {
    expect(
      ratingProblems('oneToFive', [
        { name: 'Probability', value: 7, kind: 'probability' },
        { name: 'Impact', value: null, kind: 'impact' },
        { name: 'Severity', value: 0, kind: 'fmea' },
        { name: 'Detection', value: 10, kind: 'fmea' },
      ]),
    ).toEqual(['Probability 7 is not a whole number from 1 to 5.', 'Severity 0 is not a whole number from 1 to 10.']);
    expect(
      ratingProblems('percentAndMoney', [
        { name: 'Probability', value: 140, kind: 'probability' },
        { name: 'Impact', value: -20, kind: 'impact' },
        { name: 'Residual probability', value: 40, kind: 'probability' },
      ]),
    ).toEqual(['Probability 140 is not a percent (0-100).', 'Impact -20 is a negative amount.']);
  });
});
