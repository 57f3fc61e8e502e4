import { describe, expect, it } from 'vitest';
import { drivingChain } from '../../../src/domain/schedule/driving-chain';
import { schedule, table } from './network-builder';

describe('criticalPath: open work starts no earlier than the status date (notBefore)', () => {
  // A 2d -> B 3d -> C 1d, and D 1d alone. Status date = day 4; A is done (days 0-2), the rest is open.
  // By hand: A fixed 0-2; B floor 4: ES = max(4, EF(A)=2) = 4, EF 7; C: ES = EF(B) = 7, EF 8; D floor 4: 4-5.
  // Finish 8. Backward: C 7-8, B 4-7, D LF 8 -> 7-8 (slack 3); A LF = LS(B) = 4 (slack 2, done early).
  const activities = [
    { key: 'A', days: 2 },
    { key: 'B', days: 3, after: ['A'] },
    { key: 'C', days: 1, after: ['B'] },
    { key: 'D', days: 1 },
  ];
  const result = schedule(activities, {
    includeEdges: true,
    actuals: new Map([['A', { start: 0, finish: 2 }]]),
    notBefore: new Map([
      ['A', 4],
      ['B', 4],
      ['C', 4],
      ['D', 4],
    ]),
  });

  it('moves open work to the status date and keeps done work at its actual dates', () => {
    expect(table(result)).toEqual({
      A: [0, 2, 2, 4, 2, 2],
      B: [4, 7, 4, 7, 0, 0],
      C: [7, 8, 7, 8, 0, 0],
      D: [4, 5, 7, 8, 3, 3],
    });
    expect(result.projectFinish).toBe(8);
  });

  it('says nothing drives work that starts at the status date, and a predecessor that pushes later does', () => {
    expect(result.items.B?.drivingPredecessor).toBeNull();
    expect(result.items.C?.drivingPredecessor?.key).toBe('B');
    expect(drivingChain(result, 'C')).toEqual(['B', 'C']);
  });

  it('marks the edges whose constraints hold with equality as tight', () => {
    expect(result.edges.map((e) => [e.from, e.to, e.tight])).toEqual([
      ['A', 'B', false],
      ['B', 'C', true],
    ]);
  });

  it('ignores a floor on a fixed item', () => {
    const fixed = schedule([{ key: 'A', days: 2 }], { actuals: new Map([['A', { start: 0, finish: 2 }]]), notBefore: new Map([['A', 5]]) });
    expect(fixed.items.A?.earlyStart).toBe(0);
  });
});
