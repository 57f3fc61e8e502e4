import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { DependencyRule } from '../../../src/domain/dependency-rule';
import { criticalPath } from '../../../src/domain/schedule/critical-path';
import { drivingChain } from '../../../src/domain/schedule/driving-chain';
import { itemDuration } from '../../../src/domain/schedule/item-duration';
import { item, link } from '../work-item-builder';
import { calendar, network, schedule, table } from './network-builder';

describe('criticalPath: shapes', () => {
  it('answers an empty scope with a zero-length project', () => {
    const result = schedule([]);
    expect(result).toMatchObject({ projectStart: 0, projectFinish: 0, projectStartDate: '2025-01-06', projectFinishDate: '2025-01-06' });
    expect([result.items, result.criticalKeys, result.cycles, result.missingDuration]).toEqual([{}, [], [], []]);
  });

  it('schedules a single item at the project start, critical', () => {
    const result = schedule([{ key: 'A', days: 3 }]);
    expect(result.items.A).toMatchObject({ earlyStart: 0, earlyFinish: 3, totalSlack: 0, critical: true, drivingPredecessor: null });
    expect(result.items.A?.dates).toEqual({ earlyStart: '2025-01-06', earlyFinish: '2025-01-08', lateStart: '2025-01-06', lateFinish: '2025-01-08' });
  });

  it('schedules a diamond: the longer branch is critical, the shorter has slack', () => {
    // A(1) -> B(4), C(2) -> D(1). By hand: B 1-5, C 1-3, D 5-6; C: LF = LS(D) = 5, TS = 2, free slack = 5 - 3 = 2.
    const result = schedule([
      { key: 'A', days: 1 },
      { key: 'B', days: 4, after: ['A'] },
      { key: 'C', days: 2, after: ['A'] },
      { key: 'D', days: 1, after: ['B', 'C'] },
    ]);
    expect(table(result)).toEqual({ A: [0, 1, 0, 1, 0, 0], B: [1, 5, 1, 5, 0, 0], C: [1, 3, 3, 5, 2, 2], D: [5, 6, 5, 6, 0, 0] });
    expect(result.items.D?.drivingPredecessor).toEqual({ key: 'B', linkId: '3', kind: 'FS', lagDays: 0 });
  });

  it('schedules disconnected parts against one project finish', () => {
    // A(2) -> B(3) ends at 5; C(1) alone: TS = 5 - 1 = 4; free slack = 4 (no successor: finish - EF).
    const result = schedule([{ key: 'A', days: 2 }, { key: 'B', days: 3, after: ['A'] }, { key: 'C', days: 1 }]);
    expect(table(result).C).toEqual([0, 1, 4, 5, 4, 4]);
    expect(result.criticalKeys).toEqual(['A', 'B']);
  });

  it('schedules a missing duration as zero and lists it', () => {
    const result = schedule([{ key: 'A', days: 2 }, { key: 'B', days: null, after: ['A'] }, { key: 'C', days: 1, after: ['B'] }]);
    expect(result.missingDuration).toEqual(['B']);
    expect(table(result)).toEqual({ A: [0, 2, 0, 2, 0, 0], B: [2, 2, 2, 2, 0, 0], C: [2, 3, 2, 3, 0, 0] });
    // A zero-length item happens when the work before it ends: A's last day, Tuesday 2025-01-07.
    expect(result.items.B?.dates).toEqual({ earlyStart: '2025-01-07', earlyFinish: '2025-01-07', lateStart: '2025-01-07', lateFinish: '2025-01-07' });
    expect(result.items.C?.dates.earlyStart).toBe('2025-01-08');
  });

  it('ignores a self-link for the schedule and reports it as a one-issue cycle', () => {
    const blocks: DependencyRule = { linkType: 'Blocks', predecessor: 'outward', kind: 'FS', lagDays: 0 };
    const result = criticalPath({
      items: [item('A-1', { links: [link('5', 'Blocks', 'outward', 'A-1')] })],
      rules: [blocks],
      calendar,
      duration: { source: 'originalEstimate', daysPerPoint: 1 },
      nearCriticalDays: 0,
    });
    expect(result.cycles.map((c) => [c.issueKeys, c.suggestedCut.linkId])).toEqual([[['A-1'], '5']]);
    expect(result.selfLinks).toEqual([{ linkId: '5', key: 'A-1', kind: 'FS' }]);
    expect(result.items['A-1']?.earlyFinish).toBe(1);
  });

  it('schedules a 100,000-item chain without overflowing the stack', () => {
    const n = 100_000;
    const result = schedule(Array.from({ length: n }, (_, i) => ({ key: `C-${i}`, days: 1, after: i === 0 ? [] : [`C-${i - 1}`] })));
    expect(result.projectFinish).toBe(n);
    expect(result.criticalKeys.length).toBe(n);
    const chain = drivingChain(result, `C-${n - 1}`);
    expect([chain.length, chain[0]]).toEqual([n, 'C-0']);
  });
});

describe('criticalPath: done items, external issues, duration sources', () => {
  it('keeps a done item at its actual dates; a done successor does not drive its predecessor\'s slack, out-of-sequence progress is reported', () => {
    // A(3) -FS-> B(done: worked days 1-2, so start 1, finish 3) -FS-> C(1).
    // B is not moved by A: ES(B) = 1. C: 3-4, finish 4. Backward: LF(C) = 4, LF(B) = LS(C) = 3. B is done, so
    // it cannot be delayed any more and does not bound A (PMI Practice Standard for Scheduling: float is the
    // time an activity can slip without delaying its successors; a finished successor cannot be delayed):
    // LF(A) = project finish 4, TS(A) = 4 - 3 = 1, FS(A) = 4 - 3 = 1 (no open successor). B started on day 1
    // while A, its FS predecessor, finishes on day 3: out-of-sequence progress, 2 days early, not a slack of -2.
    const result = schedule(
      [{ key: 'A', days: 3 }, { key: 'B', days: 5, after: ['A'] }, { key: 'C', days: 1, after: ['B'] }],
      { actuals: new Map([['B', { start: 1, finish: 3 }]]) },
    );
    expect(table(result)).toEqual({ A: [0, 3, 1, 4, 1, 1], B: [1, 3, 1, 3, 0, 0], C: [3, 4, 3, 4, 0, 0] });
    expect(result.items.B).toMatchObject({ fixed: true, durationDays: 2, drivingPredecessor: null });
    expect(result.items.A?.critical).toBe(false);
    expect(result.outOfSequence).toEqual([{ predecessor: 'A', successor: 'B', linkId: '1', kind: 'FS', lagDays: 0, days: 2 }]);
  });

  it('takes free and total slack from the open successors only when a done one sits beside them', () => {
    // A(2) -FS-> B(done days 0-1), A -FS-> D(3). Forward: A 0-2, B 0-1 (fixed), D 2-5; finish 5.
    // A: only D counts: LF(A) = LS(D) = 2, TS = 0, FS = ES(D) - EF(A) = 0 (the done B, 2 days early, would say -2).
    const result = schedule(
      [{ key: 'A', days: 2 }, { key: 'B', days: 1, after: ['A'] }, { key: 'D', days: 3, after: ['A'] }],
      { actuals: new Map([['B', { start: 0, finish: 1 }]]) },
    );
    expect(table(result).A).toEqual([0, 2, 0, 2, 0, 0]);
    expect(result.outOfSequence.map((o) => [o.predecessor, o.successor, o.days])).toEqual([['A', 'B', 2]]);
  });

  it('reports no out-of-sequence progress when done work followed its predecessors, and keeps a committed date binding', () => {
    // A(done 0-2) -FS-> B(done 2-4): in sequence. X(3) -FS-> E -FS-> F(2), E another team's open work held at
    // its due date (committed, day 2): F 2-4, LF(E) = LS(F) = 2; E can still slip, so it still bounds X:
    // LF(X) = LS(E) = 2, TS(X) = 2 - 3 = -1 (X is late for the commitment).
    const inSequence = schedule([{ key: 'A', days: 2 }, { key: 'B', days: 2, after: ['A'] }], {
      actuals: new Map([['A', { start: 0, finish: 2 }], ['B', { start: 2, finish: 4 }]]),
    });
    expect(inSequence.outOfSequence).toEqual([]);
    const committed = schedule([{ key: 'X', days: 3 }, { key: 'E', days: 0, after: ['X'] }, { key: 'F', days: 2, after: ['E'] }], {
      actuals: new Map([['E', { start: 2, finish: 2, committed: true }]]),
    });
    expect(committed.items.X?.totalSlack).toBe(-1);
    expect(committed.outOfSequence).toEqual([]);
  });

  it('keeps cross-project predecessors as external nodes, and can fix them at known dates', () => {
    const blocks: DependencyRule = { linkType: 'Blocks', predecessor: 'outward', kind: 'FS', lagDays: 0 };
    const input = {
      items: [item('PAY-1', { links: [link('9', 'Blocks', 'inward', 'PLAT-4')] })],
      rules: [blocks],
      calendar,
      duration: { source: 'originalEstimate' as const, daysPerPoint: 1 },
      nearCriticalDays: 0,
    };
    const free = criticalPath(input);
    expect(free.externalKeys).toEqual(['PLAT-4']);
    expect(free.items['PLAT-4']).toMatchObject({ external: true, earlyStart: 0, earlyFinish: 0 });
    expect(free.missingDuration).toEqual([]);
    const fixed = criticalPath({ ...input, actuals: new Map([['PLAT-4', { start: 4, finish: 6 }]]) });
    expect(fixed.items['PAY-1']).toMatchObject({ earlyStart: 6, earlyFinish: 7, drivingPredecessor: { key: 'PLAT-4', linkId: '9', kind: 'FS', lagDays: 0 } });
    expect(drivingChain(fixed, 'PAY-1')).toEqual(['PLAT-4', 'PAY-1']);
  });

  it.each([
    // source, fields, working days
    ['originalEstimate', { originalEstimateSeconds: 4 * 3600 }, 0.5], // 4 h of an 8-hour day
    ['storyPoints', { storyPoints: 3 }, 1.5], // 3 points x 0.5 days per point
    ['dateSpan', { startDate: '2025-01-06', dueDate: '2025-01-10' }, 5], // Monday to Friday, both included
    ['dateSpan', { startDate: '2025-01-10', dueDate: '2025-01-13' }, 2], // Friday to Monday over a weekend
    ['dateSpan', { startDate: '2025-01-10', dueDate: null }, null],
    ['storyPoints', { storyPoints: null }, null],
  ] as const)('%s %j -> %s days', (source, fields, days) => {
    expect(itemDuration(item('X-1', fields), { source, daysPerPoint: 0.5 }, calendar)).toBe(days);
  });

  it('gives ISO dates for fractional offsets: a half-day task after a day and a half', () => {
    const { items, rules } = network([{ key: 'A', days: 1.5 }, { key: 'B', days: 0.5, after: ['A'] }]);
    const result = criticalPath({ items, rules, calendar, duration: { source: 'originalEstimate', daysPerPoint: 1 }, nearCriticalDays: 0 });
    // A runs days 0-1.5 (Mon, Tue), B 1.5-2 (the rest of Tuesday)
    expect(result.items.A?.dates).toMatchObject({ earlyStart: '2025-01-06', earlyFinish: '2025-01-07' });
    expect(result.items.B?.dates).toMatchObject({ earlyStart: '2025-01-07', earlyFinish: '2025-01-07' });
    expect(result.projectFinishDate).toBe('2025-01-07');
  });
});
