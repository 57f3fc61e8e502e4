import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { levelSchedule } from '../../../src/domain/levelling/level-schedule';
import { problem } from './levelling-builder';

const person = (id: string) => ({ id, capacity: 1 });
const starts = (s: { start: Int32Array }): number[] => [...s.start];

// Worked examples derived by hand from the definitions in DESIGN.md section 1 ("Critical path", the four link
// inequalities; "Resource levelling": no day above capacity, no splitting), each checked against the serial
// scheme's rule: the earliest start its links allow where the resource has room for the whole task.
describe('levelSchedule: worked examples', () => {
  it('two 3-day tasks for one person run one after the other; the second waits for the first', () => {
    const result = levelSchedule(problem([{ days: 3, needs: { 0: 1 } }, { days: 3, needs: { 0: 1 } }], [], [person('noor')]), { method: 'priority' });
    expect(starts(result)).toEqual([0, 3]);
    expect(result.makespan).toBe(6);
    expect(result.cpmFinish).toBe(3);
    expect(result.waits[1]).toEqual({ kind: 'resource', resource: 0, holder: 0 });
    expect(result.waits[0]).toEqual({ kind: 'start' });
  });

  it('a pool of two runs both at once (the CPM schedule)', () => {
    const result = levelSchedule(problem([{ days: 3, needs: { 0: 1 } }, { days: 3, needs: { 0: 1 } }], [], [{ id: 'backend', capacity: 2 }]));
    expect(starts(result)).toEqual([0, 0]);
  });

  it('SS+2: B may start 2 days after A starts, but with one person it waits for A to finish (day 4)', () => {
    const tasks = [{ days: 4, needs: { 0: 1 } }, { days: 3, needs: { 0: 1 } }];
    const links = [{ from: 0, to: 1, kind: 'SS' as const, lag: 2 }];
    expect(starts(levelSchedule(problem(tasks, links, [person('p')]), { method: 'priority' }))).toEqual([0, 4]);
    expect(starts(levelSchedule(problem(tasks, links, [{ id: 'pool', capacity: 2 }])))).toEqual([0, 2]);
  });

  it('FF+1: B (2 days) finishes at least 1 day after A (4 days): CPM start 3; one person, start 4 and A waits for nobody', () => {
    const tasks = [{ days: 4, needs: { 0: 1 } }, { days: 2, needs: { 0: 1 } }];
    const links = [{ from: 0, to: 1, kind: 'FF' as const, lag: 1 }];
    const result = levelSchedule(problem(tasks, links, [person('p')]), { method: 'priority' });
    expect([...result.earlyStart]).toEqual([0, 3]);
    expect(starts(result)).toEqual([0, 4]);
    expect(result.waits[1]).toEqual({ kind: 'resource', resource: 0, holder: 0 });
  });

  it('SF+5: B (2 days) finishes at least 5 days after A starts: start 3, and a resource clash moves it', () => {
    const tasks = [{ days: 4, needs: { 0: 1 } }, { days: 2, needs: { 0: 1 } }];
    const links = [{ from: 0, to: 1, kind: 'SF' as const, lag: 5 }];
    expect(starts(levelSchedule(problem(tasks, links, []), {}))).toEqual([0, 3]);
    expect(starts(levelSchedule(problem(tasks, links, [person('p')]), { method: 'priority' }))).toEqual([0, 4]);
  });

  it('FS-2 (a lead): B starts 2 days before A finishes unless they share a person', () => {
    const tasks = [{ days: 5, needs: { 0: 1 } }, { days: 2, needs: { 1: 1 } }];
    const links = [{ from: 0, to: 1, lag: -2 }];
    const result = levelSchedule(problem(tasks, links, [person('a'), person('b')]));
    expect(starts(result)).toEqual([0, 3]);
    expect(result.waits[1]).toEqual({ kind: 'predecessor', activity: 0 });
  });

  it('time off: a person away on days 0-2 starts the task on day 3, and the wait names no holder', () => {
    const away = { id: 'aiko', capacity: 1, profile: Int32Array.from([0, 0, 0]) };
    const result = levelSchedule(problem([{ days: 2, needs: { 0: 1 } }], [], [away]));
    expect(starts(result)).toEqual([3]);
    expect(result.waits[0]).toEqual({ kind: 'resource', resource: 0, holder: null });
  });

  it('done work stays at its dates and its load counts; work under way (pinned) stays where its links put it', () => {
    const tasks = [{ days: 3, needs: { 0: 1 }, fixedAt: 0 }, { days: 2, needs: { 0: 1 }, pinned: true }, { days: 1, needs: { 0: 1 } }];
    const result = levelSchedule(problem(tasks, [], [person('p')]), { method: 'priority' });
    expect(starts(result)).toEqual([0, 0, 3]);
    expect(result.waits[0]).toEqual({ kind: 'fixed' });
  });

  it('a status date holds open work back: nothing starts before it', () => {
    const result = levelSchedule(problem([{ days: 2, needs: { 0: 1 }, notBefore: 4 }], [], [person('p')]));
    expect(starts(result)).toEqual([4]);
  });

  it('within slack: the finish does not move; work that would pass its late start is left over-allocated', () => {
    // A (4) -> C (1) is the critical path; B (2) shares A's person with 1 day of slack... and cannot fit by day 3.
    const tasks = [{ days: 4, needs: { 0: 1 } }, { days: 2, needs: { 0: 1 } }, { days: 1 }];
    const links = [{ from: 0, to: 2 }];
    const result = levelSchedule(problem(tasks, links, [person('p')]), { withinSlack: true });
    expect(result.makespan).toBe(result.cpmFinish);
    expect(result.overAllocated).toEqual([1]);
    expect(starts(result)).toEqual([0, 0, 4]);
  });

  it('bad input: capacity 0 and a demand above capacity are returned, and the rest is still levelled', () => {
    const tasks = [{ days: 2, needs: { 0: 1 } }, { days: 2, needs: { 1: 3 } }, { days: 2, needs: { 2: 1 } }, { days: 2, needs: { 2: 1 } }];
    const result = levelSchedule(problem(tasks, [], [{ id: 'zero', capacity: 0 }, { id: 'pool', capacity: 2 }, person('p')]));
    expect(result.impossible).toEqual([
      { activity: 0, resource: 0, units: 1, capacity: 0 },
      { activity: 1, resource: 1, units: 3, capacity: 2 },
    ]);
    expect(starts(result).slice(2).sort()).toEqual([0, 2]);
  });

  it('the same seed gives the same schedule and says which seed it used', () => {
    const tasks = Array.from({ length: 12 }, (_, v) => ({ days: 1 + ((v * 7) % 5), needs: { [v % 3]: 1 } }));
    const links = [{ from: 0, to: 5 }, { from: 1, to: 6 }, { from: 2, to: 9 }, { from: 5, to: 11 }];
    const resources = [person('a'), person('b'), person('c')];
    const one = levelSchedule(problem(tasks, links, resources), { seed: 7, maxSchedules: 2000 });
    const two = levelSchedule(problem(tasks, links, resources), { seed: 7, maxSchedules: 2000 });
    expect(starts(one)).toEqual(starts(two));
    expect(one.seed).toBe(7);
  });

  it('an empty project levels to an empty schedule', () => {
    const result = levelSchedule(problem([], [], []));
    expect(result.makespan).toBe(0);
    expect(result.waits).toEqual([]);
  });
});
