/**
 * Monte Carlo simulation of the schedule (DESIGN.md section 1, "Forecast"; D. Vose, "Risk Analysis", 3rd ed.,
 * Wiley 2008, ch. 4; schedule risk analysis as in D. Hulett, "Practical Schedule Risk Analysis", 2009): each
 * iteration draws every node's duration (duration-uncertainty.ts) and each risk group once (risk-strikes.ts),
 * then runs the CPM passes (simulation-passes.ts: forward-pass.ts and backward-pass.ts's dates) on the one network and order built beforehand,
 * writing into buffers allocated once. Per node it counts iterations with no total slack (criticality index,
 * PMI Practice Standard for Project Risk Management) and sums for the correlation of duration with the finish
 * (cruciality, Williams 1992). O(iterations x (V + E + risk links)).
 * Draws come in a fixed order (every node, then every group), so a run with one risk switched off meets the same
 * durations and the same other strikes (common random numbers): the difference is that risk's alone.
 */
import type { ScheduleNetwork } from '../schedule/schedule-network';
import { sampledDuration, type DurationSampler } from './duration-uncertainty';
import type { RiskStrike } from './risk-strikes';
import { seededRandom } from './seeded-random';
import { earlyDates, lateDates, simulationNetwork } from './simulation-passes';

export interface SimulationOptions {
  iterations: number;
  seed: number;
  /** A risk (index into strikes) that never strikes in this run. */
  withoutRisk?: number;
  /** Count criticality and the sums for cruciality (off for the with/without runs, which need the finish only). */
  perNode: boolean;
}

export interface Simulation {
  /** Each iteration's project finish, a working-day offset (exclusive). */
  finish: Float64Array;
  /** Iterations in which the node had no total slack. */
  criticalCount: Int32Array;
  /** Pearson correlation of the node's duration with the finish; 0 where either does not vary. */
  cruciality: Float64Array;
  /** Iterations in which each risk struck. */
  struck: Int32Array;
}

const EPSILON = 1e-9;

function correlation(n: number, sx: number, sxx: number, sy: number, syy: number, sxy: number): number {
  const vx = n * sxx - sx * sx;
  const vy = n * syy - sy * sy;
  if (!(vx > EPSILON * n * n) || !(vy > EPSILON * n * n)) return 0;
  const r = (n * sxy - sx * sy) / Math.sqrt(vx * vy);
  return Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : 0;
}

export function simulate(network: ScheduleNetwork, sampler: DurationSampler, strikes: readonly RiskStrike[], options: SimulationOptions): Simulation {
  const n = network.order.length;
  const draw = sampledDuration; // a local: a bundler may turn each read of an imported binding into a getter call
  const iterations = Math.max(1, Math.floor(options.iterations));
  const random = seededRandom(options.seed);
  const duration = new Float64Array(n);
  const net = simulationNetwork(network);
  const earlyStart = new Float64Array(n);
  const earlyFinish = new Float64Array(n);
  const lateStart = new Float64Array(n);
  const lateFinish = new Float64Array(n);
  const groupCount = strikes.reduce((m, s) => Math.max(m, s.group + 1), 0);
  const groupDraw = new Float64Array(groupCount);
  const finish = new Float64Array(iterations);
  const criticalCount = new Int32Array(n);
  const struck = new Int32Array(strikes.length);
  const sd = options.perNode ? new Float64Array(n) : null;
  const sdd = options.perNode ? new Float64Array(n) : null;
  const sdf = options.perNode ? new Float64Array(n) : null;
  let sf = 0;
  let sff = 0;
  for (let it = 0; it < iterations; it++) {
    for (let v = 0; v < n; v++) duration[v] = draw(sampler, v, random());
    for (let g = 0; g < groupCount; g++) groupDraw[g] = random();
    for (let r = 0; r < strikes.length; r++) {
      const risk = strikes[r];
      if (!risk || r === options.withoutRisk || !((groupDraw[risk.group] ?? 1) < risk.probability)) continue;
      struck[r] = (struck[r] ?? 0) + 1;
      for (const v of risk.nodes) duration[v] = (duration[v] ?? 0) + risk.impactDays;
    }
    earlyDates(net, duration, earlyStart, earlyFinish);
    let f = 0;
    for (let v = 0; v < n; v++) if ((earlyFinish[v] ?? 0) > f) f = earlyFinish[v] ?? 0;
    finish[it] = f;
    if (!sd || !sdd || !sdf) continue;
    lateDates(net, duration, f, lateStart, lateFinish);
    sf += f;
    sff += f * f;
    for (let v = 0; v < n; v++) {
      if ((lateFinish[v] ?? 0) - (earlyFinish[v] ?? 0) <= EPSILON) criticalCount[v] = (criticalCount[v] ?? 0) + 1;
      const d = duration[v] ?? 0;
      sd[v] = (sd[v] ?? 0) + d;
      sdd[v] = (sdd[v] ?? 0) + d * d;
      sdf[v] = (sdf[v] ?? 0) + d * f;
    }
  }
  const cruciality = new Float64Array(n);
  if (sd && sdd && sdf) for (let v = 0; v < n; v++) cruciality[v] = correlation(iterations, sd[v] ?? 0, sdd[v] ?? 0, sf, sff, sdf[v] ?? 0);
  return { finish, criticalCount, cruciality, struck };
}
