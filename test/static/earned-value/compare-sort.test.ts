import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { BaselineIssueChange } from '@contract';
import { sortedChanges } from '../../../static/src/earned-value/compare-sort';
import { signedDays, signedMoney } from '../../../static/src/earned-value/compare-format';

const row = (key: string, change: BaselineIssueChange['change'], finishMovedDays: number | null, budgetChange: number): BaselineIssueChange => ({
  key,
  summary: key,
  change,
  from: change === 'added' ? null : { budget: 100, start: null, finish: null },
  to: change === 'removed' ? null : { budget: 100 + budgetChange, start: null, finish: null },
  startMovedDays: null,
  finishMovedDays,
  budgetChange,
});

const rows = [row('P-2', 'changed', 3, 0), row('P-10', 'added', null, 800), row('P-9', 'changed', -2, -50), row('P-1', 'removed', null, -100)];
const keys = (sorted: BaselineIssueChange[]) => sorted.map((r) => r.key);

describe('sortedChanges', () => {
  it('sorts keys in Jira order, either way', () => {
    expect(keys(sortedChanges(rows, 'key', 'ascending'))).toEqual(['P-1', 'P-2', 'P-9', 'P-10']);
    expect(keys(sortedChanges(rows, 'key', 'descending'))).toEqual(['P-10', 'P-9', 'P-2', 'P-1']);
  });

  it('puts days that are not comparable last either way, ties in the given order', () => {
    expect(keys(sortedChanges(rows, 'finishMovedDays', 'descending'))).toEqual(['P-2', 'P-9', 'P-10', 'P-1']);
    expect(keys(sortedChanges(rows, 'finishMovedDays', 'ascending'))).toEqual(['P-9', 'P-2', 'P-10', 'P-1']);
  });

  it('sorts budget changes by amount', () => {
    expect(keys(sortedChanges(rows, 'budgetChange', 'descending'))).toEqual(['P-10', 'P-2', 'P-9', 'P-1']);
  });
});

describe('signed figures', () => {
  it.each([
    [3, '+3 d'],
    [-2, '−2 d'],
    [0, '0 d'],
  ])('signedDays(%d) is %s', (days, text) => expect(signedDays(days)).toBe(text));

  it('signs money increases; decreases keep their minus', () => {
    expect(signedMoney(800, 'USD')).toBe('+$800');
    expect(signedMoney(-149.5, 'USD')).toBe('-$150');
    expect(signedMoney(0, 'USD')).toBe('$0');
  });
});
