import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ScheduleResult } from '../../src/contract';
import { viewerCut } from '../../src/use-cases/viewer-cut';
import { visibleSchedule } from '../../src/use-cases/visible-schedule';
import { edge, node } from './schedule-views/schedule-node-builder';

type Stored = Omit<ScheduleResult, 'background'>;

// PLAT-3 blocks PAY-2, which blocks PAY-1; PAY-4 sits under PAY-9, a parent stored only as a parent key.
const plain = (): Stored => ({
  project: { key: 'PAY', name: 'Payments' },
  scopeJql: 'project = "PAY"',
  asOf: '2026-11-16',
  projectStart: '2026-11-16',
  projectFinish: '2026-11-18',
  durationDays: 3,
  nearCriticalDays: 5,
  nodes: [
    node('PAY-1', { drivingPredecessor: { key: 'PAY-2', kind: 'FS', lagDays: 0 } }),
    node('PAY-2', { drivingPredecessor: { key: 'PLAT-3', kind: 'FS', lagDays: 0 } }),
    node('PLAT-3', { external: true }),
    node('PAY-4', { parentKey: 'PAY-9' }),
  ],
  edges: [edge('PLAT-3', 'PAY-2'), edge('PAY-2', 'PAY-1')],
  cycles: [],
  findings: [{ kind: 'link-outside-scope', severity: 'info', title: 'Links outside', advice: 'PLAT-3 is outside.', issueKeys: ['PAY-2'], details: ['PLAT-3 blocks PAY-2'], count: 1 }],
});

/** As the stored schedule is kept (analysis-store.ts): frozen, lists and items. */
function frozen(schedule: Stored): Stored {
  for (const list of [schedule.nodes, schedule.edges]) {
    for (const item of list) Object.freeze(item);
    Object.freeze(list);
  }
  return Object.freeze(schedule);
}

const everyKey = ['PAY-1', 'PAY-2', 'PLAT-3', 'PAY-4', 'PAY-9'];
const seeing = (...hidden: string[]) => new Set(everyKey.filter((k) => !hidden.includes(k)));

describe('viewerCut', () => {
  it('is the visible schedule, whatever is hidden', () => {
    const stored = frozen(plain());
    for (const hidden of [[], ['PLAT-3'], ['PAY-9'], ['PAY-2', 'PLAT-3'], everyKey]) {
      const visible = seeing(...hidden);
      expect(viewerCut(stored, visible)).toEqual(visibleSchedule(plain(), (k) => visible.has(k)));
    }
  });

  it('gives a viewer who may browse everything the stored schedule itself', () => {
    const stored = frozen(plain());
    expect(viewerCut(stored, seeing()).schedule).toBe(stored);
  });

  it('keeps a cut for the same hidden set, and never gives it for another', () => {
    const stored = frozen(plain());
    const first = viewerCut(stored, seeing('PLAT-3'));
    expect(viewerCut(stored, seeing('PLAT-3'))).toBe(first);
    const other = viewerCut(stored, seeing('PLAT-3', 'PAY-9'));
    expect(other).not.toBe(first);
    expect(other.schedule.nodes.find((n) => n.key === 'PAY-4')?.parentKey).toBeNull();
    expect(first.schedule.nodes.find((n) => n.key === 'PAY-4')?.parentKey).toBe('PAY-9');
    expect(Object.isFrozen(first.schedule.nodes)).toBe(true);
  });

  it('keeps at most four hidden sets a schedule, the least recently used dropped first', () => {
    const stored = frozen(plain());
    const sets = [['PLAT-3'], ['PAY-9'], ['PAY-1'], ['PAY-2'], ['PAY-4']];
    const cuts = sets.map((hidden) => viewerCut(stored, seeing(...hidden)));
    expect(viewerCut(stored, seeing('PAY-4'))).toBe(cuts[4]);
    expect(viewerCut(stored, seeing('PLAT-3'))).not.toBe(cuts[0]);
  });

  it('cuts a schedule computed in the call afresh each time', () => {
    const live = plain();
    const visible = seeing('PLAT-3');
    expect(viewerCut(live, visible)).not.toBe(viewerCut(live, visible));
    expect(viewerCut(live, visible)).toEqual(visibleSchedule(live, (k) => visible.has(k)));
  });
});
