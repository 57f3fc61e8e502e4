/** appliedCounts: how an apply's outcome reads, with the changes Jira already held counted (issue #17 follow-up). */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { appliedCounts, outcomeCounts } from '../../../src/domain/scenario/applied-counts';

describe('appliedCounts', () => {
  // Worked examples: the same as the doc comment's.
  const rows: [number, number, number, string][] = [
    [2, 0, 1, '2 done, 1 refused'],
    [2, 0, 0, '2 done, 0 refused'],
    [0, 3, 0, '0 done, 3 already in Jira'],
    [1, 2, 1, '1 done, 2 already in Jira, 1 refused'],
    [1, 1, 0, '1 done, 1 already in Jira'],
    [0, 0, 0, '0 done, 0 refused'],
  ];
  it.each(rows)('%d done, %d already, %d refused reads "%s"', (done, already, refused, text) => {
    expect(appliedCounts({ done, already, refused })).toBe(text);
  });
});

describe('outcomeCounts', () => {
  it('counts each outcome of an apply\'s results', () => {
    const results = [{ outcome: 'done' as const }, { outcome: 'already' as const }, { outcome: 'already' as const }, { outcome: 'refused' as const }];
    expect(outcomeCounts(results)).toEqual({ done: 1, already: 2, refused: 1 });
    expect(outcomeCounts([])).toEqual({ done: 0, already: 0, refused: 0 });
  });
});
