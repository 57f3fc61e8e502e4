import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { DependencyKind } from '../../../src/domain/dependency-rule';
import { drivingChain } from '../../../src/domain/schedule/driving-chain';
import { schedule, type Activity } from './network-builder';

interface Edge {
  from: number;
  to: number;
  kind: DependencyKind;
  lag: number;
}

/** A random DAG: edges run from a lower to a higher node, so there is no cycle to cut. */
const dag = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    durations: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
    edges: fc.array(
      fc
        .record({
          a: fc.nat(n - 1),
          b: fc.nat(n - 1),
          kind: fc.constantFrom<DependencyKind>('FS', 'SS', 'FF', 'SF'),
          lag: fc.integer({ min: -3, max: 3 }),
        })
        .filter(({ a, b }) => a !== b)
        .map(({ a, b, kind, lag }): Edge => ({ from: Math.min(a, b), to: Math.max(a, b), kind, lag })),
      { maxLength: n > 1 ? 3 * n : 0 }, // a single node has no pair to link
    ),
  }),
);

const key = (v: number): string => `N-${v}`;

function activities({ durations, edges }: { durations: number[]; edges: Edge[] }): Activity[] {
  return durations.map((days, v) => ({
    key: key(v),
    days,
    after: edges.filter((e) => e.to === v).map((e): [string, DependencyKind, number] => [key(e.from), e.kind, e.lag]),
  }));
}

/** Bound an edge puts on its successor's early start, given the predecessor's ES/EF and d(successor). */
function bound(e: Edge, es: number, ef: number, d: number): number {
  const from = e.kind === 'FS' || e.kind === 'FF' ? ef : es;
  return from + e.lag - (e.kind === 'FS' || e.kind === 'SS' ? 0 : d);
}

/** Oracle: the least early starts satisfying every constraint and ES >= 0, by Bellman-Ford relaxation. */
function leastEarlyStarts(durations: number[], edges: Edge[]): number[] {
  const es = durations.map(() => 0);
  for (let round = 0; round <= durations.length; round++) {
    for (const e of edges) {
      const b = bound(e, es[e.from] ?? 0, (es[e.from] ?? 0) + (durations[e.from] ?? 0), durations[e.to] ?? 0);
      if (b > (es[e.to] ?? 0)) es[e.to] = b;
    }
  }
  return es;
}

describe('criticalPath properties on random DAGs with all kinds and lags', () => {
  it('meets every constraint, finds the longest path, has no negative slack, and a critical chain spans it', () => {
    fc.assert(
      fc.property(dag, (net) => {
        const result = schedule(activities(net));
        const at = (v: number) => result.items[key(v)];
        // every edge's constraint holds
        for (const e of net.edges) {
          const i = at(e.from);
          const j = at(e.to);
          const start = e.kind === 'FS' || e.kind === 'FF' ? (i?.earlyFinish ?? 0) : (i?.earlyStart ?? 0);
          const successor = e.kind === 'FS' || e.kind === 'SS' ? (j?.earlyStart ?? 0) : (j?.earlyFinish ?? 0);
          expect(successor).toBeGreaterThanOrEqual(start + e.lag);
        }
        // the schedule is the least one (so the finish is the longest path)
        const oracle = leastEarlyStarts(net.durations, net.edges);
        expect(net.durations.map((_, v) => at(v)?.earlyStart)).toEqual(oracle);
        expect(result.projectFinish).toBe(Math.max(0, ...oracle.map((es, v) => es + (net.durations[v] ?? 0))));
        // slack
        for (const s of Object.values(result.items)) {
          expect(s.totalSlack).toBeGreaterThanOrEqual(0);
          expect(s.freeSlack).toBeGreaterThanOrEqual(0);
          expect(s.freeSlack).toBeLessThanOrEqual(s.totalSlack);
          expect(s.lateStart).toBeGreaterThanOrEqual(s.earlyStart);
        }
        // a chain of critical items runs from the project start to the project finish
        const last = Object.values(result.items).find((s) => s.earlyFinish === result.projectFinish);
        const chain = drivingChain(result, last?.key ?? '').map((k) => result.items[k]);
        expect(chain.every((s) => s?.critical)).toBe(true);
        expect(chain[0]?.earlyStart).toBe(0);
        expect(chain.at(-1)?.earlyFinish).toBe(result.projectFinish);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the same schedule whatever order the items come in', () => {
    fc.assert(
      fc.property(dag, fc.integer(), (net, seed) => {
        const list = activities(net);
        const shuffled = [...list].sort((a, b) => ((a.key.length * 31 + seed) % 7) - ((b.key.length * 31 + seed) % 7) || (a.key < b.key ? 1 : -1));
        const a = schedule(list);
        const b = schedule(shuffled);
        expect(Object.fromEntries(Object.values(b.items).map((s) => [s.key, [s.earlyStart, s.lateFinish]]))).toEqual(
          Object.fromEntries(Object.values(a.items).map((s) => [s.key, [s.earlyStart, s.lateFinish]])),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('criticalPath properties with done work (actual dates)', () => {
  const withDone = dag.chain((net) =>
    fc.record({
      net: fc.constant(net),
      // per node: null = open, else its actual start (its actual finish = start + its duration)
      done: fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { minLength: net.durations.length, maxLength: net.durations.length }),
    }),
  );

  it('never gives negative total or free slack, and names every link a done successor broke as out of sequence', () => {
    fc.assert(
      fc.property(withDone, ({ net, done }) => {
        const actuals = new Map(done.flatMap((start, v) => (start === null ? [] : [[key(v), { start, finish: start + (net.durations[v] ?? 0) }] as const])));
        const result = schedule(activities(net), { actuals });
        for (const s of Object.values(result.items)) {
          expect(s.totalSlack).toBeGreaterThanOrEqual(-1e-9);
          expect(s.freeSlack).toBeGreaterThanOrEqual(-1e-9);
        }
        const unique = [...new Map(net.edges.map((e) => [`${e.from} ${e.to} ${e.kind} ${e.lag}`, e])).values()];
        const broken = unique.filter((e) => {
          const i = result.items[key(e.from)];
          const j = result.items[key(e.to)];
          const start = e.kind === 'FS' || e.kind === 'FF' ? (i?.earlyFinish ?? 0) : (i?.earlyStart ?? 0);
          const successor = e.kind === 'FS' || e.kind === 'SS' ? (j?.earlyStart ?? 0) : (j?.earlyFinish ?? 0);
          return successor < start + e.lag - 1e-9;
        });
        expect(result.outOfSequence.length).toBe(broken.length);
        for (const o of result.outOfSequence) expect(actuals.has(o.successor)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('criticalPath properties with work under way (remaining durations from a status date)', () => {
  const underWay = dag.chain((net) =>
    fc.record({
      net: fc.constant(net),
      statusDate: fc.integer({ min: 0, max: 10 }),
      // per node: null = not started, else the share of its duration left (0 to 1)
      left: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { minLength: net.durations.length, maxLength: net.durations.length }),
    }),
  );

  // Less work left never delays anything when links are FS or SS; with FF and SF it can (a shorter activity
  // driven by its finish starts later, and an SF successor waits for that start: the known CPM anomaly).
  it('meets every constraint, starts open work no earlier than the status date, has no negative slack, and with FS/SS never finishes later than with whole durations', () => {
    fc.assert(
      fc.property(underWay, ({ net, statusDate, left }) => {
        const notBefore = new Map(net.durations.map((_, v) => [key(v), statusDate]));
        const remaining = new Map(left.flatMap((share, v) => (share === null ? [] : [[key(v), share * (net.durations[v] ?? 0)] as const])));
        const result = schedule(activities(net), { notBefore, remaining });
        const whole = schedule(activities(net), { notBefore });
        const startDriven = net.edges.every((e) => e.kind === 'FS' || e.kind === 'SS');
        for (const e of net.edges) {
          const i = result.items[key(e.from)];
          const j = result.items[key(e.to)];
          const start = e.kind === 'FS' || e.kind === 'FF' ? (i?.earlyFinish ?? 0) : (i?.earlyStart ?? 0);
          const successor = e.kind === 'FS' || e.kind === 'SS' ? (j?.earlyStart ?? 0) : (j?.earlyFinish ?? 0);
          expect(successor).toBeGreaterThanOrEqual(start + e.lag - 1e-9);
        }
        for (const s of Object.values(result.items)) {
          expect(s.earlyStart).toBeGreaterThanOrEqual(statusDate);
          expect(s.durationDays).toBeCloseTo(remaining.get(s.key) ?? net.durations[Number(s.key.slice(2))] ?? 0, 9);
          expect(s.totalSlack).toBeGreaterThanOrEqual(-1e-9);
          if (startDriven) expect(s.earlyFinish).toBeLessThanOrEqual((whole.items[s.key]?.earlyFinish ?? 0) + 1e-9);
        }
        if (startDriven) expect(result.projectFinish).toBeLessThanOrEqual(whole.projectFinish + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
