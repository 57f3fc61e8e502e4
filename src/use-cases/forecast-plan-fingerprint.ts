/**
 * The key of a forecast's simulation (issue #11, refresh CPU): a SHA-256 of its plan (forecast-plan.ts), every
 * value the Monte Carlo runs and their answer read: the network's arrays (edges, cuts, order, durations, fixed
 * dates, earliest starts), the duration distributions, the risk events, the iterations, seed and risk runs, the
 * target, the findings so far and the calibration, with the settings' fingerprint and the calendar's start for the
 * dates `calendar.dateOf` gives (the calendar is a function of the settings and its start: schedule-inputs.ts).
 * Two plans with one key give one forecast; an edit no simulation reads (a summary, an assignee, an epic's own
 * estimate) leaves the key as it was. O(V + E) bytes hashed.
 */
import { createHash, type Hash } from 'node:crypto';
import type { ForecastPlan } from '../domain/forecast/forecast-plan';

type Numbers = Float64Array | Int32Array | Uint8Array;

/** Each array with its name and length first, so no two different plans hash the same bytes. */
function addArray(hash: Hash, name: string, values: Numbers | undefined): void {
  hash.update(`\u0000${name}:${values === undefined ? 'none' : `${values.constructor.name}/${values.length}`}\u0000`);
  if (values !== undefined) hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

export function forecastPlanFingerprint(plan: ForecastPlan, settingsHash: string): string {
  const hash = createHash('sha256');
  const { network, sampler } = plan;
  hash.update(
    JSON.stringify([
      settingsHash,
      plan.calendar.startDate,
      plan.calendar.hoursPerDay,
      plan.inScopeCount,
      plan.projectFinish,
      plan.iterations,
      plan.seed,
      plan.spread,
      plan.maxRiskRuns,
      plan.target,
      plan.calibration,
      plan.findings,
      plan.keys,
      plan.strikes.map((s) => [s.key, s.probability, s.impactDays, s.group, s.category, [...s.nodes]]),
    ]),
  );
  const { graph } = network;
  for (const name of ['edgeFrom', 'edgeTo', 'edgeKind', 'edgeLag', 'outStart', 'outEdge', 'inStart', 'inEdge'] as const) addArray(hash, name, graph[name]);
  addArray(hash, 'removed', network.removed);
  addArray(hash, 'duration', network.duration);
  addArray(hash, 'fixedStart', network.fixedStart);
  addArray(hash, 'fixedFinish', network.fixedFinish);
  addArray(hash, 'done', network.done);
  addArray(hash, 'earliestStart', network.earliestStart);
  addArray(hash, 'order', network.order);
  for (const name of ['low', 'mode', 'high', 'base', 'pool', 'basis'] as const) addArray(hash, name, sampler[name]);
  sampler.pools.forEach((pool, i) => addArray(hash, `pool${i}`, pool));
  return hash.digest('hex').slice(0, 32);
}
