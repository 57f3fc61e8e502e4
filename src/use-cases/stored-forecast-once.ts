/**
 * The stored forecast of a new analysis (refresh-stored-forecast.ts), simulated only when its inputs changed: the
 * linked issues outside the scope and the risks are read as before, then the fingerprint of everything the
 * simulation reads (forecast-fingerprint.ts, with the iterations and risk runs the background allows) is compared
 * with the one the stored forecast was simulated from. The same: the stored forecast is kept (the simulation is
 * seeded, so it would give it again), saving the consumer's CPU after an edit that moved no input (a description,
 * a comment). Otherwise it is simulated and its fingerprint recorded, after the forecast is stored: a consumer
 * stopped between the two leaves the previous fingerprint, so the next one simulates again rather than keep a
 * forecast of other inputs.
 */
import { loadStoredForecast } from '../adapters/storage/stored-forecast';
import { loadStoredForecastInputs, saveStoredForecastInputs } from '../adapters/storage/stored-forecast-inputs';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import type { StoredForecast } from '../contract/forecast';
import { forecastFingerprint } from './forecast-fingerprint';
import { forecastInputsOfScope, forecastOfInputs, type ForecastRequest } from './get-forecast';
import type { RiskLevels } from './get-risks';
import type { Scope, ScopePorts } from './load-scope';
import { settingsFingerprint } from './settings-fingerprint';

export async function storedForecastOnce(
  store: AnalysisKvs,
  analysisKey: string,
  ports: ScopePorts,
  scope: Scope,
  request: Omit<ForecastRequest, 'projectKey'> & { issueLimit: number; iterations: number; riskRuns: number },
  save: (forecast: StoredForecast) => Promise<void>,
  levels?: RiskLevels,
): Promise<{ simulated: boolean }> {
  const inputs = await forecastInputsOfScope(ports, scope, request.asOf, levels);
  const fingerprint = forecastFingerprint({
    settingsHash: settingsFingerprint(scope.settings),
    asOf: request.asOf,
    // The risk runs change what is measured: they are part of the key as the iterations are.
    iterations: request.iterations * 1000 + request.riskRuns,
    items: inputs.input.items,
    outside: inputs.outside,
    unreadable: [...inputs.unreadable],
    risks: inputs.records,
    levels: [],
  });
  if ((await loadStoredForecastInputs(store, analysisKey)) === fingerprint) {
    const kept = await loadStoredForecast(store, analysisKey);
    if (kept !== null) {
      await save(kept.value);
      return { simulated: false };
    }
  }
  await save(forecastOfInputs(scope, inputs, request));
  await saveStoredForecastInputs(store, analysisKey, fingerprint);
  return { simulated: true };
}
