import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
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

describe('criticalPath: work under way runs from the status date for its remaining duration', () => {
  // PMI Practice Standard for Scheduling: at a status date, an activity in progress keeps its actual start and
  // its remaining duration is scheduled from the status date. A 2d done (days 0-2); B 5d under way since day 2
  // with 1.5 days left; C 1d after B; status date day 4. By hand: B ES 4 (the status date), EF 4 + 1.5 = 5.5;
  // C 5.5-6.5; finish 6.5. With B's whole 5 days it would finish at 9 and C at 10: 3.5 days too late.
  const activities = [
    { key: 'A', days: 2 },
    { key: 'B', days: 5, after: ['A'] },
    { key: 'C', days: 1, after: ['B'] },
  ];
  const notBefore = new Map([
    ['B', 4],
    ['C', 4],
  ]);
  const result = schedule(activities, {
    actuals: new Map([['A', { start: 0, finish: 2 }]]),
    notBefore,
    remaining: new Map([['B', 1.5]]),
    actualStarts: new Map([['B', 2]]),
  });

  it('schedules the remaining 1.5 days, not the whole estimate', () => {
    expect(table(result)).toEqual({
      A: [0, 2, 2, 4, 2, 2],
      B: [4, 5.5, 4, 5.5, 0, 0],
      C: [5.5, 6.5, 5.5, 6.5, 0, 0],
    });
    expect(result.items.B?.durationDays).toBe(1.5);
    const whole = schedule(activities, { actuals: new Map([['A', { start: 0, finish: 2 }]]), notBefore });
    expect(whole.projectFinish).toBe(10);
  });

  it('shows the actual start as the early start date, the passes keep the status date', () => {
    expect(result.items.B?.actualStart).toBe(2);
    expect(result.items.B?.earlyStart).toBe(4);
    // Day 2 is Wednesday 2025-01-08; the finish 5.5 ends on day 5, Monday 2025-01-13.
    expect(result.items.B?.dates.earlyStart).toBe('2025-01-08');
    expect(result.items.B?.dates.earlyFinish).toBe('2025-01-13');
    expect(result.items.C?.actualStart).toBeNull();
  });

  it('ignores an actual start that is not before the early start, and one on a done item', () => {
    const later = schedule(activities, { notBefore, remaining: new Map([['B', 1.5]]), actualStarts: new Map([['B', 6], ['A', 0]]), actuals: new Map([['A', { start: 0, finish: 2 }]]) });
    expect(later.items.B?.actualStart).toBeNull();
    expect(later.items.A?.actualStart).toBeNull();
  });

  it('counts a remaining duration as duration data: an unestimated item under way is not missing', () => {
    const unestimated = schedule([{ key: 'X', days: null }], { remaining: new Map([['X', 2]]) });
    expect(unestimated.missingDuration).toEqual([]);
    expect(unestimated.items.X?.earlyFinish).toBe(2);
  });
});
