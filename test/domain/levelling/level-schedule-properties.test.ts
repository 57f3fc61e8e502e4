import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { DependencyKind } from '../../../src/domain/dependency-rule';
import { levelSchedule, type LevelledSchedule } from '../../../src/domain/levelling/level-schedule';
import { backwardPass } from '../../../src/domain/schedule/backward-pass';
import { forwardPass } from '../../../src/domain/schedule/forward-pass';
import { distance, problem, type Link, type Task } from './levelling-builder';

/** A random DAG (edges from a lower to a higher node) of all four kinds with lags, and 1-3 resources. */
const instance = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    capacities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    tasks: fc.array(fc.record({ days: fc.integer({ min: 0, max: 6 }), resource: fc.nat(2), units: fc.integer({ min: 1, max: 3 }) }), { minLength: n, maxLength: n }),
    links: fc.array(
      fc
        .record({ a: fc.nat(n - 1), b: fc.nat(n - 1), kind: fc.constantFrom<DependencyKind>('FS', 'SS', 'FF', 'SF'), lag: fc.integer({ min: -3, max: 3 }) })
        .filter(({ a, b }) => a !== b)
        .map(({ a, b, kind, lag }): Link => ({ from: Math.min(a, b), to: Math.max(a, b), kind, lag })),
      { maxLength: n > 1 ? 2 * n : 0 },
    ),
  }),
);

type Instance = { capacities: number[]; tasks: { days: number; resource: number; units: number }[]; links: Link[] };

function build({ capacities, tasks, links }: Instance, capacity?: number) {
  const resources = capacities.map((c, r) => ({ id: `P${r}`, capacity: capacity ?? c }));
  const asTasks = tasks.map((t): Task => {
    const r = t.resource % capacities.length;
    return { days: t.days, needs: { [r]: Math.min(t.units, capacities[r] ?? 1) } };
  });
  return problem(asTasks, links, resources);
}

function cpm(p: ReturnType<typeof build>) {
  const early = forwardPass(p.network);
  const finish = Math.max(0, ...early.earlyFinish);
  return { early, late: backwardPass(p.network, early, finish), finish };
}

function loadFits(p: ReturnType<typeof build>, s: LevelledSchedule): boolean {
  const load = new Map<string, number>();
  p.demands.forEach((demands, v) => {
    for (const { resource, units } of demands) {
      for (let t = s.start[v] ?? 0; t < (s.start[v] ?? 0) + (s.duration[v] ?? 0); t++) load.set(`${resource}@${t}`, (load.get(`${resource}@${t}`) ?? 0) + units);
    }
  });
  return [...load].every(([key, units]) => units <= (p.resources[Number(key.split('@')[0])]?.capacity ?? 0));
}

const methods = [
  ['one priority pass', { method: 'priority' as const }],
  ['genetic search', { maxSchedules: 300 }],
] as const;

describe.each(methods)('levelSchedule properties (%s)', (_, options) => {
  it('never exceeds a capacity, keeps every link, and starts nothing before its CPM early start', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const p = build(input);
        const s = levelSchedule(p, options);
        const { early } = cpm(p);
        expect(loadFits(p, s)).toBe(true);
        for (const link of input.links) {
          expect(s.start[link.to] ?? 0).toBeGreaterThanOrEqual((s.start[link.from] ?? 0) + distance(link, (v) => input.tasks[v]?.days ?? 0));
        }
        input.tasks.forEach((_, v) => expect(s.start[v] ?? 0).toBeGreaterThanOrEqual(early.earlyStart[v] ?? 0));
        expect(s.makespan).toBeGreaterThanOrEqual(s.cpmFinish);
      }),
      { numRuns: 120 },
    );
  });

  it('with unlimited capacity is the CPM schedule', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const p = build(input, 1000);
        const s = levelSchedule(p, options);
        const { early, finish } = cpm(p);
        expect([...s.start]).toEqual([...early.earlyStart]);
        expect(s.makespan).toBe(finish);
      }),
      { numRuns: 120 },
    );
  });
});

describe('levelSchedule within slack', () => {
  it('never moves the finish nor any start past its late start', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const p = build(input);
        const s = levelSchedule(p, { withinSlack: true });
        const { late, finish } = cpm(p);
        expect(s.makespan).toBe(finish);
        input.tasks.forEach((_, v) => expect(s.start[v] ?? 0).toBeLessThanOrEqual(late.lateStart[v] ?? 0));
      }),
      { numRuns: 150 },
    );
  });

  it('the search is never worse than the pass it starts from', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const p = build(input);
        expect(levelSchedule(p, { maxSchedules: 300 }).makespan).toBeLessThanOrEqual(levelSchedule(p, { method: 'priority' }).makespan);
      }),
      { numRuns: 80 },
    );
  });
});
