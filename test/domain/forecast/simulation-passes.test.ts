/**
 * The Monte Carlo iteration's passes (simulation-passes.ts) give the dates of the CPM passes (forward-pass.ts,
 * backward-pass.ts) to the bit: on random networks (every link kind, fractional lags and durations, cut links,
 * fixed nodes done or committed, earliest starts, a shuffled topological order) each ES, EF, LS and LF is the same
 * number (Object.is), so a forecast simulated with them gives the same figures as before.
 */
import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { earlyDates, lateDates, simulationNetwork } from '../../../src/domain/forecast/simulation-passes';
import { adjacency } from '../../../src/domain/schedule/compressed-adjacency';
import { backwardPass } from '../../../src/domain/schedule/backward-pass';
import { forwardPass } from '../../../src/domain/schedule/forward-pass';
import type { ScheduleNetwork } from '../../../src/domain/schedule/schedule-network';

const day = fc.double({ min: 0, max: 20, noNaN: true });

/** Nodes 0..n-1 renamed by a permutation: edges run from a lower to a higher rank, so the ranks are an order. */
const networks = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.record({
    rank: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    duration: fc.array(day, { minLength: n, maxLength: n }),
    floor: fc.array(fc.oneof(fc.constant(0), day), { minLength: n, maxLength: n }),
    fixed: fc.array(fc.constantFrom('open', 'done', 'committed'), { minLength: n, maxLength: n }),
    edges: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), kind: fc.integer({ min: 0, max: 3 }), lag: fc.double({ min: -5, max: 5, noNaN: true }), cut: fc.boolean() }), {
      maxLength: n > 1 ? 3 * n : 0,
    }),
  }),
);

interface NetworkInput {
  rank: number[];
  duration: number[];
  floor: number[];
  fixed: string[];
  edges: { a: number; b: number; kind: number; lag: number; cut: boolean }[];
}

function network(input: NetworkInput): ScheduleNetwork {
  const n = input.rank.length;
  const at = (list: number[], v: number) => list[v] ?? 0;
  const edges = input.edges.filter((e) => e.a !== e.b).map((e) => (at(input.rank, e.a) < at(input.rank, e.b) ? e : { ...e, a: e.b, b: e.a }));
  const edgeFrom = Int32Array.from(edges.map((e) => e.a));
  const edgeTo = Int32Array.from(edges.map((e) => e.b));
  const out = adjacency(n, edgeFrom, edges.length);
  const into = adjacency(n, edgeTo, edges.length);
  const order = Int32Array.from([...Array(n).keys()].sort((x, y) => at(input.rank, x) - at(input.rank, y)));
  const fixedStart = Float64Array.from(input.fixed.map((f, v) => (f === 'open' ? NaN : at(input.floor, v))));
  return {
    graph: { edgeFrom, edgeTo, edgeKind: Uint8Array.from(edges.map((e) => e.kind)), edgeLag: Float64Array.from(edges.map((e) => e.lag)), outStart: out.start, outEdge: out.edge, inStart: into.start, inEdge: into.edge },
    removed: Uint8Array.from(edges.map((e) => (e.cut ? 1 : 0))),
    duration: Float64Array.from(input.duration),
    fixedStart,
    fixedFinish: Float64Array.from(input.fixed.map((f, v) => (f === 'open' ? NaN : at(input.floor, v) + at(input.duration, v)))),
    done: Uint8Array.from(input.fixed.map((f) => (f === 'done' ? 1 : 0))),
    earliestStart: Float64Array.from(input.floor),
    order,
  };
}

const same = (a: Float64Array, b: Float64Array) => [...a].every((x, i) => Object.is(x, b[i]));

describe("a Monte Carlo iteration's passes", () => {
  it('give the CPM passes’ early and late dates to the bit', () => {
    fc.assert(
      fc.property(networks, (input) => {
        const net = network(input);
        const n = net.order.length;
        const early = forwardPass(net);
        let finish = 0;
        for (const ef of early.earlyFinish) if (ef > finish) finish = ef;
        const late = backwardPass(net, early, finish);
        const simulation = simulationNetwork(net);
        const [es, ef, ls, lf] = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
        earlyDates(simulation, net.duration, es, ef);
        lateDates(simulation, net.duration, finish, ls, lf);
        return same(es, early.earlyStart) && same(ef, early.earlyFinish) && same(ls, late.lateStart) && same(lf, late.lateFinish);
      }),
      { numRuns: 500 },
    );
  });

  it('leave out cut links and links into done work, as the passes do', () => {
    // 0 -> 1 (FS, lag 1), 0 -> 2 (FS, cut), 0 -> 3 (FS, 3 done): node 0 is bound by node 1 only.
    const edges = [
      { a: 0, b: 1, kind: 0, lag: 1, cut: false },
      { a: 0, b: 2, kind: 0, lag: 0, cut: true },
      { a: 0, b: 3, kind: 0, lag: 0, cut: false },
    ];
    const net = network({ rank: [0, 1, 2, 3], duration: [2, 3, 1, 1], floor: [0, 0, 0, 0], fixed: ['open', 'open', 'open', 'done'], edges });
    const simulation = simulationNetwork(net);
    const [es, ef, ls, lf] = [new Float64Array(4), new Float64Array(4), new Float64Array(4), new Float64Array(4)];
    earlyDates(simulation, net.duration, es, ef);
    lateDates(simulation, net.duration, 6, ls, lf);
    expect([...es]).toEqual([0, 3, 0, 0]);
    expect([...lf]).toEqual([2, 6, 6, 6]);
  });
});
