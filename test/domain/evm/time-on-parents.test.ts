import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { timeOnParents } from '../../../src/domain/evm/time-on-parents';
import type { RateTable, Worklog } from '../../../src/domain/evm/time-phased';

const rates: RateTable = { byPerson: new Map([['ana', 120]]), defaultRate: 100 };
const log = (key: string, hours: number, personId: string | null = null): Worklog => ({ key, date: '2026-11-02', hours, personId });

describe('timeOnParents', () => {
  // Epic E > story S > sub-tasks T1 (budgeted), T2 (nothing); story U with no children; loose L.
  const items = [
    { key: 'E', parentKey: null },
    { key: 'S', parentKey: 'E' },
    { key: 'T1', parentKey: 'S' },
    { key: 'T2', parentKey: 'S' },
    { key: 'U', parentKey: 'E' },
    { key: 'L', parentKey: null },
  ];

  it('lists the doc example: 6 h on S at 100 while its sub-task T1 carries a budget', () => {
    expect(timeOnParents(items, new Set(['T1']), [log('S', 6), log('T1', 4)], rates)).toEqual([{ key: 'S', hours: 6, cost: 600, children: 2, accountedChildren: 1 }]);
  });

  it('prices each author at their rate and adds up worklogs: E with 2 h by ana (240) and 3 h by someone unknown (300)', () => {
    const result = timeOnParents(items, new Set(['S']), [log('E', 2, 'ana'), log('E', 3)], rates);
    expect(result).toEqual([{ key: 'E', hours: 5, cost: 540, children: 2, accountedChildren: 1 }]);
  });

  it('counts a child with logged time but no budget as accounted for', () => {
    expect(timeOnParents(items, new Set(), [log('S', 1), log('T2', 2)], rates)).toEqual([{ key: 'S', hours: 1, cost: 100, children: 2, accountedChildren: 1 }]);
  });

  it('leaves out leaves, parents whose children carry nothing, and parents nobody logged on', () => {
    expect(timeOnParents(items, new Set(), [log('S', 6), log('U', 3), log('L', 2)], rates)).toEqual([]);
    expect(timeOnParents(items, new Set(['T1', 'S']), [log('T1', 3)], rates)).toEqual([]);
  });

  it('ignores zero and negative hours, a parent outside the scope and a self-parent', () => {
    const odd = [
      { key: 'A', parentKey: 'A' },
      { key: 'B', parentKey: 'GONE-1' },
    ];
    expect(timeOnParents(odd, new Set(['A', 'B']), [log('A', 2), log('B', 2)], rates)).toEqual([]);
    expect(timeOnParents(items, new Set(['T1']), [log('S', 0), log('S', -3)], rates)).toEqual([]);
  });
});
