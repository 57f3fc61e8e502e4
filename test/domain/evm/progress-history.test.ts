import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { assumedStatusChanges, statusProgress, timeProgress, type StatusChange } from '../../../src/domain/evm/progress-history';

const moves: StatusChange[] = [
  { key: 'A', date: '2026-01-06', category: 'inProgress' },
  { key: 'A', date: '2026-01-09', category: 'done' },
];

describe('statusProgress (examples from its doc comment)', () => {
  it.each([
    [{ kind: 'status-category', inProgressShare: 0.3 } as const, [0.3, 1]],
    [{ kind: 'zero-hundred' } as const, [0, 1]],
    [{ kind: 'fifty-fifty' } as const, [0.5, 1]],
  ])('%j', (method, shares) => {
    expect(statusProgress(method, moves).map((p) => p.percentComplete)).toEqual(shares);
  });

  it('a move back to To Do takes the credit back', () => {
    const reopened = [...moves, { key: 'A', date: '2026-01-12', category: 'todo' } as const];
    expect(statusProgress({ kind: 'fifty-fifty' }, reopened).map((p) => p.percentComplete)).toEqual([0.5, 1, 0]);
  });
});

describe('timeProgress', () => {
  it('spent so far / (all spent + remaining now), one point a day', () => {
    const logs = [
      { key: 'A', date: '2026-01-07', hours: 1, personId: null },
      { key: 'A', date: '2026-01-05', hours: 2, personId: null },
      { key: 'A', date: '2026-01-07', hours: 1, personId: null },
    ];
    expect(timeProgress('A', logs, 4)).toEqual([
      { key: 'A', date: '2026-01-05', percentComplete: 0.25 },
      { key: 'A', date: '2026-01-07', percentComplete: 0.5 },
    ]);
  });

  it('no time logged and none remaining: no points; negative hours are ignored', () => {
    expect(timeProgress('A', [], null)).toEqual([]);
    expect(timeProgress('A', [{ key: 'A', date: '2026-01-05', hours: -3, personId: null }], 0)).toEqual([]);
  });
});

describe('assumedStatusChanges', () => {
  it('done: In Progress on the first worklog, Done on the resolution date', () => {
    expect(assumedStatusChanges({ key: 'A', statusCategory: 'done', resolutionDate: '2026-01-09' }, '2026-01-05', '2026-01-20')).toEqual([
      { key: 'A', date: '2026-01-05', category: 'inProgress' },
      { key: 'A', date: '2026-01-09', category: 'done' },
    ]);
  });

  it('under way with no worklog: started on the status date; To Do: no moves', () => {
    expect(assumedStatusChanges({ key: 'A', statusCategory: 'inProgress', resolutionDate: null }, null, '2026-01-20')).toEqual([
      { key: 'A', date: '2026-01-20', category: 'inProgress' },
    ]);
    expect(assumedStatusChanges({ key: 'A', statusCategory: 'todo', resolutionDate: null }, '2026-01-05', '2026-01-20')).toEqual([]);
  });

  it('done with a worklog after its resolution: both moves on the resolution date', () => {
    expect(assumedStatusChanges({ key: 'A', statusCategory: 'done', resolutionDate: '2026-01-09' }, '2026-01-12', '2026-01-20').map((c) => c.date)).toEqual(['2026-01-09', '2026-01-09']);
  });
});
