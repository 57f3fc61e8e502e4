/**
 * The finishes the verdict compares besides the critical path (issue 16, item 2), computed over a scope the viewer
 * loaded, inside one resolver call: earned schedule from the Earned value figures (without history reads: today's
 * EV needs today's progress, not the S-curve's past), the levelled schedule within a time budget, and the
 * forecast with the settings' iterations and seed (so its P50 and P80 are the Forecast tab's) without measuring
 * each risk, or, with the forecast cache, the Forecast tab's own (cached-forecast.ts). Each one that cannot be given says why instead.
 */
import type { BaselineKvs } from '../adapters/storage/baseline-store';
import { jiraEvmPorts } from './evm-ports';
import { getEvm } from './get-evm';
import { viewersForecastOfScope, type ForecastCachePorts } from './cached-forecast';
import { levelledOfScope } from './get-levelled';
import type { Scope, ScopePorts } from './load-scope';

export interface StatusFinishes {
  earnedSchedule: { finish: string | null; spiT: number | null } | null;
  levelled: { finish: string; byKey: ReadonlyMap<string, string> } | null;
  forecast: { p50: string; p80: string; probability: number | null } | null;
  /** Why an analysis gives no date, by analysis. */
  notes: { earnedSchedule: string | null; levelled: string | null; forecast: string | null };
}

/** The levelling search's time budget inside a resolver call (Forge allows 25 s for everything). */
export const LEVELLING_BUDGET_MS = 2000;
/** Iterations the forecast runs at most while the viewer waits. */
export const STATUS_FORECAST_ITERATIONS = 5000;

export async function statusFinishes(
  ports: ScopePorts & ForecastCachePorts & { baselines?: BaselineKvs; clockMs: () => number },
  scope: Scope,
  input: { asOf: string; targetDate: string | null },
): Promise<StatusFinishes> {
  const { asOf } = input;
  const evmPorts = { ...jiraEvmPorts(ports, { projectKey: scope.project.key, asOf, fetchLimit: 0, ...(ports.baselines ? { baselines: ports.baselines } : {}) }), loadScope: () => Promise.resolve(scope) };
  const evm = await getEvm(evmPorts, { asOf });
  const es = evm.earnedSchedule;
  const earnedSchedule = es.forecastFinish === null ? null : { finish: es.forecastFinish, spiT: es.spit };
  const why = evm.notDefined.find((n) => n.figure === 'earnedSchedule.forecastDuration' || n.figure === 'earnedSchedule.plannedFinish')?.reason;
  const esNote = earnedSchedule !== null ? `SPI(t) ${es.spit === null ? 'not defined' : es.spit.toFixed(2)} against the baseline "${evm.baseline.name}"` : `Not available: ${why ?? 'earned schedule has no forecast yet'}.`;

  const began = ports.clockMs();
  const levelling = await levelledOfScope(ports, scope, asOf, { deadline: () => ports.clockMs() - began >= LEVELLING_BUDGET_MS });
  const levelled = { finish: levelling.levelledFinish, byKey: new Map(Object.values(levelling.issues).map((i) => [i.key, i.levelledFinish])) };

  // With the forecast cache, the Forecast tab's own forecast (the settings' iterations, up to the cap): one per visit.
  const iterations = scope.settings.forecast.iterations;
  const forecast = await viewersForecastOfScope(ports, scope, {
    asOf,
    ...(input.targetDate === null ? {} : { targetDate: input.targetDate }),
    ...(iterations > STATUS_FORECAST_ITERATIONS ? { iterations: STATUS_FORECAST_ITERATIONS } : {}),
    riskRuns: 0,
  });
  return {
    earnedSchedule,
    levelled,
    forecast: { p50: forecast.percentiles.p50, p80: forecast.percentiles.p80, probability: forecast.target?.probability ?? null },
    notes: {
      earnedSchedule: esNote,
      levelled: `the resource settings' people and pools (${levelling.method === 'search' ? 'searched' : 'one pass'}, ${levelling.schedules} schedules tried)`,
      forecast: `${forecast.iterations} iterations, seed ${forecast.seed}`,
    },
  };
}
