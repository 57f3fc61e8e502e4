/**
 * One live forecast per visit (issue #15, item 4): a small project's forecast is simulated once for the inputs the
 * viewer sees and kept for FORECAST_CACHE_TTL_SECONDS (forecast-cache.ts), so the Forecast tab, the issue panel,
 * the risk register and its macro read it instead of simulating again. Jira is still read as the viewer on every
 * answer: the key is the fingerprint of what was read (forecast-fingerprint.ts), so a viewer who sees other issues,
 * links or levels never gets another's forecast. A cached forecast measures the risks (the register shows their
 * days) whichever answer computed it, and a target asked for is read off its finish curve (forecast-target.ts).
 * Without a cache port (the CLI) the forecast is simulated as asked.
 */
import { FORECAST_ISSUE_LIMIT, type ForecastResult, type StoredForecast } from '../contract/forecast';
import { loadCachedForecast, saveCachedForecast, type ForecastCacheKvs } from '../adapters/storage/forecast-cache';
import type { ForecastLeaseKvs } from '../adapters/storage/forecast-lease';
import { forecastFingerprint } from './forecast-fingerprint';
import { forecastOnce } from './forecast-once';
import { targetOf } from './forecast-target';
import { forecastInputsOfScope, forecastOfInputs, forecastOfScope, RISKS_MEASURED, type ForecastRequest } from './get-forecast';
import { loadScope, type Scope, type ScopePorts } from './load-scope';
import { settingsFingerprint } from './settings-fingerprint';

export interface ForecastCachePorts {
  /** Absent: nothing is cached (the CLI, a test that wants every run). With `claim` and `delete`, also the lease. */
  forecastCache?: ForecastCacheKvs | (ForecastCacheKvs & ForecastLeaseKvs);
}

const isLease = (cache: ForecastCacheKvs | (ForecastCacheKvs & ForecastLeaseKvs)): cache is ForecastCacheKvs & ForecastLeaseKvs => 'claim' in cache && 'delete' in cache;

/** The viewer's forecast of a project at most the background threshold, from the cache when its inputs are the same. */
export async function getViewersForecast(ports: ScopePorts & ForecastCachePorts, request: ForecastRequest): Promise<ForecastResult> {
  return viewersForecastOfScope(ports, await loadScope(ports, request.projectKey, request.maxIssues), request);
}

export async function viewersForecastOfScope(ports: ScopePorts & ForecastCachePorts, scope: Scope, request: Omit<ForecastRequest, 'projectKey'>): Promise<ForecastResult> {
  const cache = ports.forecastCache;
  if (cache === undefined) return forecastOfScope(ports, scope, request);
  const { asOf } = request;
  const inputs = await forecastInputsOfScope(ports, scope, asOf);
  const iterations = request.iterations ?? scope.settings.forecast.iterations;
  const fingerprint = forecastFingerprint({
    settingsHash: settingsFingerprint(scope.settings),
    asOf,
    iterations,
    items: inputs.input.items,
    outside: inputs.outside,
    unreadable: [...inputs.unreadable],
    risks: inputs.records,
    levels: [...(scope.securityLevels?.values() ?? [])],
  });
  const projectKey = scope.project.key;
  // Answers that start together simulate once: the others wait briefly for the first's (forecast-once.ts).
  const forecast: StoredForecast = await forecastOnce(
    {
      ...(isLease(cache) ? { lease: cache } : {}),
      load: () => loadCachedForecast(cache, projectKey, fingerprint),
      compute: () => forecastOfInputs(scope, inputs, { asOf, iterations, riskRuns: RISKS_MEASURED, issueLimit: FORECAST_ISSUE_LIMIT }),
      save: (computed) => saveCachedForecast(cache, projectKey, fingerprint, computed),
      now: () => new Date().toISOString(),
    },
    { projectKey, fingerprint },
  );
  const { target, findings } = targetOf(forecast, request.targetDate, asOf);
  const { curve: _curve, ...result } = forecast;
  return { ...result, target, findings };
}
